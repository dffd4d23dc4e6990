package vn.dvcportal.report.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report as tables, written to Excel (.xlsx) or PDF: a title, a few lines saying what it
 * covers, and sections of typed columns. Numbers stay numbers in the workbook (so they can be
 * summed and charted there) and are printed with Vietnamese separators in the PDF. Every text
 * is NFC-normalised, and the PDF embeds DejaVu Sans, which has every Vietnamese letter, as a
 * subset with its Unicode map, so the text of the PDF can be searched and copied.
 *
 * <p>Used by every report of the portal; one instance describes one document and may write it
 * in both formats.
 */
public final class TableExport {

    /** How a column's values are written. */
    public enum Kind {
        /** Any text; {@code toString()} of other values. */
        TEXT,
        /** A whole number. */
        INTEGER,
        /** A number with up to two decimals. */
        DECIMAL,
        /** A fraction shown as a percentage: 0.125 is 12,5 %. */
        PERCENT,
        /** A {@link LocalDate}, shown dd/MM/yyyy. */
        DATE
    }

    /** A column: its header and the kind of its values. */
    public record Column(String header, Kind kind) {

        public Column {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(kind, "kind");
        }

        public static Column text(String header) {
            return new Column(header, Kind.TEXT);
        }

        public static Column integer(String header) {
            return new Column(header, Kind.INTEGER);
        }

        public static Column decimal(String header) {
            return new Column(header, Kind.DECIMAL);
        }

        public static Column percent(String header) {
            return new Column(header, Kind.PERCENT);
        }

        public static Column date(String header) {
            return new Column(header, Kind.DATE);
        }

        boolean numeric() {
            return kind == Kind.INTEGER || kind == Kind.DECIMAL || kind == Kind.PERCENT;
        }
    }

    /**
     * One table of the document, a sheet of its own in the workbook.
     *
     * @param heading the table's title
     * @param columns its columns
     * @param rows    its rows, each with one value per column ({@code null} for none)
     */
    public record Section(String heading, List<Column> columns, List<List<Object>> rows) {

        public Section {
            Objects.requireNonNull(heading, "heading");
            columns = List.copyOf(columns);
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("A table needs a column");
            }
            List<List<Object>> copied = new ArrayList<>(rows.size());
            for (List<Object> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("Row of " + row.size() + " values for "
                            + columns.size() + " columns in " + heading);
                }
                copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
            }
            rows = Collections.unmodifiableList(copied);
        }
    }

    /** Media type of {@link #xlsx()}. */
    public static final String XLSX_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Media type of {@link #pdf()}. */
    public static final String PDF_TYPE = "application/pdf";

    static final String FONT_DIR = "/net/sf/jasperreports/fonts/dejavu/";
    static final String REGULAR_FONT = "DejaVuSansCondensed.ttf";
    static final String BOLD_FONT = "DejaVuSansCondensed-Bold.ttf";

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final String title;
    private final List<String> notes;
    private final List<Section> sections;

    /**
     * @param title    the document's title, first line of every sheet and of the PDF
     * @param notes    lines under the title: the period, when it was made...
     * @param sections the tables
     */
    public TableExport(String title, List<String> notes, List<Section> sections) {
        this.title = Objects.requireNonNull(title, "title");
        this.notes = List.copyOf(notes);
        this.sections = List.copyOf(sections);
    }

    // ---------------------------------------------------------------- Excel

    /** The document as an Excel workbook, one sheet per section. */
    public byte[] xlsx() {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            Set<String> names = new HashSet<>();
            for (Section section : sections) {
                writeSheet(book.createSheet(sheetName(section.heading(), names)), section,
                        styles);
            }
            book.getProperties().getCoreProperties().setTitle(nfc(title));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The workbook could not be written", e);
        }
    }

    private void writeSheet(Sheet sheet, Section section, Styles styles) {
        int r = 0;
        cell(sheet.createRow(r++), 0, nfc(title), styles.title);
        for (String note : notes) {
            cell(sheet.createRow(r++), 0, nfc(note), null);
        }
        cell(sheet.createRow(r++), 0, nfc(section.heading()), styles.heading);
        int headerRow = r;
        Row header = sheet.createRow(r++);
        List<Column> columns = section.columns();
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            cell(header, c, nfc(columns.get(c).header()), styles.header);
            widths[c] = columns.get(c).header().length();
        }
        for (List<Object> values : section.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                Object value = values.get(c);
                Cell cell = row.createCell(c);
                Column column = columns.get(c);
                if (value == null) {
                    cell.setBlank();
                } else if (column.numeric() && value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                    cell.setCellStyle(styles.number(column.kind()));
                } else if (column.kind() == Kind.DATE && value instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(styles.date);
                } else {
                    cell.setCellValue(nfc(value.toString()));
                }
                widths[c] = Math.max(widths[c], shown(column, value).length());
            }
        }
        for (int c = 0; c < widths.length; c++) {
            // Excel measures widths in 1/256 of a character; long paths are capped.
            sheet.setColumnWidth(c, Math.min(80, Math.max(8, widths[c] + 2)) * 256);
        }
        sheet.createFreezePane(0, headerRow + 1);
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique. */
    static String sheetName(String heading, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(nfc(heading), '-');
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    /** The cell styles of one workbook, made once: a workbook holds at most 64,000. */
    private static final class Styles {

        final CellStyle title;
        final CellStyle heading;
        final CellStyle header;
        final CellStyle integer;
        final CellStyle decimal;
        final CellStyle percent;
        final CellStyle date;

        Styles(XSSFWorkbook book) {
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = book.createCellStyle();
            title.setFont(big);
            Font bold = book.createFont();
            bold.setBold(true);
            heading = book.createCellStyle();
            heading.setFont(bold);
            header = book.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            integer = book.createCellStyle();
            integer.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            decimal = book.createCellStyle();
            decimal.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
            date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
        }

        CellStyle number(Kind kind) {
            return switch (kind) {
                case DECIMAL -> decimal;
                case PERCENT -> percent;
                default -> integer;
            };
        }
    }

    // ---------------------------------------------------------------- PDF

    private static final float MARGIN = 40;
    private static final float TITLE_SIZE = 14;
    private static final float HEADING_SIZE = 11;
    private static final float TEXT_SIZE = 9;
    private static final float LEADING = 1.3f;
    private static final float PADDING = 3;
    private static final float NUMBER_WIDTH = 70;

    /** The document as PDF: A4, landscape when a section has more than five columns. */
    public byte[] pdf() {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont regular = load(document, REGULAR_FONT);
            PDFont bold = load(document, BOLD_FONT);
            boolean wide = sections.stream().anyMatch(s -> s.columns().size() > 5);
            PDRectangle size = wide ? new PDRectangle(PDRectangle.A4.getHeight(),
                    PDRectangle.A4.getWidth()) : PDRectangle.A4;
            try (PdfWriter writer = new PdfWriter(document, size, regular, bold)) {
                writer.paragraph(title, bold, TITLE_SIZE);
                for (String note : notes) {
                    writer.paragraph(note, regular, TEXT_SIZE);
                }
                for (Section section : sections) {
                    writer.space(TEXT_SIZE);
                    writer.paragraph(section.heading(), bold, HEADING_SIZE);
                    writer.table(section);
                }
            }
            numberPages(document, regular);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(nfc(title));
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be written", e);
        }
    }

    private static PDFont load(PDDocument document, String file) throws IOException {
        try (InputStream in = TableExport.class.getResourceAsStream(FONT_DIR + file)) {
            if (in == null) {
                throw new IOException("Font " + file + " is missing from the class path");
            }
            return PDType0Font.load(document, in, true);
        }
    }

    private static void numberPages(PDDocument document, PDFont font) throws IOException {
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream stream = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String text = "Trang " + (i + 1) + "/" + count;
                float width = font.getStringWidth(text) / 1000 * 8;
                stream.beginText();
                stream.setFont(font, 8);
                stream.newLineAtOffset(page.getMediaBox().getWidth() - MARGIN - width,
                        MARGIN / 2);
                stream.showText(text);
                stream.endText();
            }
        }
    }

    /** Writes top to bottom, starting a new page whenever the current one is full. */
    private static final class PdfWriter implements AutoCloseable {

        private final PDDocument document;
        private final PDRectangle size;
        private final PDFont regular;
        private final PDFont bold;
        private final Map<PDFont, Map<Integer, Boolean>> glyphs = new HashMap<>();
        private PDPageContentStream stream;
        private float y;

        PdfWriter(PDDocument document, PDRectangle size, PDFont regular, PDFont bold)
                throws IOException {
            this.document = document;
            this.size = size;
            this.regular = regular;
            this.bold = bold;
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(size);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = size.getHeight() - MARGIN;
        }

        private float width() {
            return size.getWidth() - 2 * MARGIN;
        }

        private void ensure(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        void space(float height) {
            y -= height;
        }

        void paragraph(String text, PDFont font, float fontSize) throws IOException {
            for (String line : wrap(safe(text, font), font, fontSize, width())) {
                ensure(fontSize * LEADING);
                y -= fontSize * LEADING;
                show(line, font, fontSize, MARGIN, y + fontSize * 0.25f);
            }
        }

        void table(Section section) throws IOException {
            List<Column> columns = section.columns();
            float[] widths = columnWidths(columns);
            List<List<String>> header = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                header.add(wrap(safe(columns.get(c).header(), bold), bold, TEXT_SIZE,
                        widths[c] - 2 * PADDING));
            }
            float headerHeight = height(header);
            ensure(headerHeight + TEXT_SIZE * LEADING + 2 * PADDING);
            row(header, columns, widths, bold, true);
            for (List<Object> values : section.rows()) {
                List<List<String>> cells = new ArrayList<>();
                for (int c = 0; c < columns.size(); c++) {
                    cells.add(wrap(safe(shown(columns.get(c), values.get(c)), regular),
                            regular, TEXT_SIZE, widths[c] - 2 * PADDING));
                }
                if (y - height(cells) < MARGIN) {
                    newPage();
                    row(header, columns, widths, bold, true);
                }
                row(cells, columns, widths, regular, false);
            }
        }

        private float[] columnWidths(List<Column> columns) {
            long texts = columns.stream().filter(c -> !c.numeric()).count();
            float numbers = (columns.size() - texts) * NUMBER_WIDTH;
            float[] widths = new float[columns.size()];
            float textWidth = texts == 0 ? 0 : Math.max(60, (width() - numbers) / texts);
            float scale = Math.min(1, width() / (numbers + textWidth * texts));
            for (int c = 0; c < columns.size(); c++) {
                widths[c] = (columns.get(c).numeric() ? NUMBER_WIDTH : textWidth) * scale;
            }
            return widths;
        }

        private static float height(List<List<String>> cells) {
            int lines = cells.stream().mapToInt(List::size).max().orElse(1);
            return Math.max(1, lines) * TEXT_SIZE * LEADING + 2 * PADDING;
        }

        private void row(List<List<String>> cells, List<Column> columns, float[] widths,
                PDFont font, boolean header) throws IOException {
            float height = height(cells);
            float x = MARGIN;
            if (header) {
                stream.setNonStrokingColor(0.88f, 0.88f, 0.88f);
                stream.addRect(MARGIN, y - height, sum(widths), height);
                stream.fill();
                stream.setNonStrokingColor(0f, 0f, 0f);
            }
            stream.setLineWidth(0.5f);
            for (int c = 0; c < cells.size(); c++) {
                stream.addRect(x, y - height, widths[c], height);
                stream.stroke();
                float lineY = y - PADDING - TEXT_SIZE;
                for (String line : cells.get(c)) {
                    float lineWidth = font.getStringWidth(line) / 1000 * TEXT_SIZE;
                    float lineX = columns.get(c).numeric() && !header
                            ? x + widths[c] - PADDING - lineWidth : x + PADDING;
                    show(line, font, TEXT_SIZE, lineX, lineY);
                    lineY -= TEXT_SIZE * LEADING;
                }
                x += widths[c];
            }
            y -= height;
        }

        private static float sum(float[] widths) {
            float total = 0;
            for (float w : widths) {
                total += w;
            }
            return total;
        }

        private void show(String text, PDFont font, float fontSize, float x, float atY)
                throws IOException {
            if (text.isEmpty()) {
                return;
            }
            stream.beginText();
            stream.setFont(font, fontSize);
            stream.newLineAtOffset(x, atY);
            stream.showText(text);
            stream.endText();
        }

        /** The text in NFC, with any character the font lacks printed as "?". */
        private String safe(String text, PDFont font) {
            String normal = nfc(text);
            Map<Integer, Boolean> known = glyphs.computeIfAbsent(font, f -> new HashMap<>());
            StringBuilder out = new StringBuilder(normal.length());
            normal.codePoints().forEach(cp -> {
                if (Character.isISOControl(cp)) {
                    out.append(' ');
                } else if (known.computeIfAbsent(cp, c -> encodes(font, c))) {
                    out.appendCodePoint(cp);
                } else {
                    out.append('?');
                }
            });
            return out.toString();
        }

        private static boolean encodes(PDFont font, int codePoint) {
            try {
                font.encode(new String(Character.toChars(codePoint)));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }

        @Override
        public void close() throws IOException {
            stream.close();
        }
    }

    /**
     * Lines of at most {@code width} points: broken between words, and inside a word only when
     * the word alone is wider than a line (a long address, say).
     */
    static List<String> wrap(String text, PDFont font, float fontSize, float width)
            throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (measure(candidate, font, fontSize) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (measure(rest, font, fontSize) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && measure(rest.substring(0, cut), font, fontSize) > width) {
                    cut--;
                }
                if (Character.isHighSurrogate(rest.charAt(cut - 1))) {
                    // Never split a letter outside the basic plane; keep its pair whole.
                    cut = cut > 1 ? cut - 1 : cut + 1;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float measure(String text, PDFont font, float fontSize) throws IOException {
        return font.getStringWidth(text) / 1000 * fontSize;
    }

    /** A value as the PDF prints it. */
    static String shown(Column column, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number n && column.numeric()) {
            NumberFormat format = column.kind() == Kind.PERCENT
                    ? NumberFormat.getPercentInstance(VIETNAMESE)
                    : NumberFormat.getNumberInstance(VIETNAMESE);
            format.setMaximumFractionDigits(column.kind() == Kind.INTEGER ? 0
                    : column.kind() == Kind.PERCENT ? 1 : 2);
            return format.format(n);
        }
        if (value instanceof LocalDate d) {
            return DATE.format(d);
        }
        return nfc(value.toString());
    }

    static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    public String title() {
        return title;
    }

    public List<String> notes() {
        return notes;
    }

    public List<Section> sections() {
        return sections;
    }
}
