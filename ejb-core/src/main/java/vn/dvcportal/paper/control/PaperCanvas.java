package vn.dvcportal.paper.control;

import com.google.zxing.common.BitMatrix;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays text, tables and a QR code out on pages, top to bottom, starting a new page whenever the
 * current one is full. Just enough of a layout engine for the one-stop desk papers.
 *
 * <p>Text is measured with the embedded font itself, so a line never runs past the margin
 * whatever the letters; a word wider than a whole line is cut between letters rather than
 * clipped. The DejaVu faces are embedded as subsets with a Unicode map, which keeps every
 * Vietnamese letter searchable and copyable in the PDF. A character the font lacks prints as
 * "?" instead of failing the whole paper.
 *
 * <p>Not thread-safe; one instance makes one PDF and is then closed.
 */
final class PaperCanvas implements Closeable {

    enum Face {
        REGULAR("DejaVuSerif.ttf"),
        BOLD("DejaVuSerif-Bold.ttf"),
        ITALIC("DejaVuSerif-Italic.ttf"),
        BOLD_ITALIC("DejaVuSerif-BoldItalic.ttf");

        private final String file;

        Face(String file) {
            this.file = file;
        }
    }

    enum Align { LEFT, CENTER, RIGHT }

    /**
     * A run of text in one face or, when {@code dotWidth} is above zero, a dotted line to be
     * filled in by hand, at most that many points long and never past the end of the line.
     */
    record Span(String text, Face face, float dotWidth) {

        static Span of(String text) {
            return new Span(text, Face.REGULAR, 0);
        }

        static Span bold(String text) {
            return new Span(text, Face.BOLD, 0);
        }

        static Span italic(String text) {
            return new Span(text, Face.ITALIC, 0);
        }

        /** Dots to the end of the line. */
        static Span dots() {
            return new Span("", Face.REGULAR, Float.MAX_VALUE);
        }

        /** Dots for a value inside a sentence. */
        static Span dots(float width) {
            return new Span("", Face.REGULAR, width);
        }
    }

    /**
     * A paragraph. {@code firstIndent} and {@code restIndent} shift the first and the following
     * lines from the left edge; {@code ruleWidth} draws a centred line under the paragraph, of
     * that width or, when negative, as wide as its widest line.
     */
    record Para(List<Span> spans, float size, Align align, float firstIndent, float restIndent,
            float spaceBefore, float ruleWidth, boolean balance) {

        Para {
            spans = List.copyOf(spans);
        }

        static Para of(float size, Align align, Span... spans) {
            return new Para(List.of(spans), size, align, 0, 0, 0, 0, false);
        }

        Para indent(float first, float rest) {
            return new Para(spans, size, align, first, rest, spaceBefore, ruleWidth, balance);
        }

        Para before(float space) {
            return new Para(spans, size, align, firstIndent, restIndent, space, ruleWidth,
                    balance);
        }

        Para rule(float width) {
            return new Para(spans, size, align, firstIndent, restIndent, spaceBefore, width,
                    balance);
        }

        /** Lines of even length rather than a full line and a short one (for headings). */
        Para balanced() {
            return new Para(spans, size, align, firstIndent, restIndent, spaceBefore, ruleWidth,
                    true);
        }
    }

    /** One column of a {@link #block}; {@code x} counts from the left margin. */
    record Column(float x, float width, List<Para> paras) {
    }

    /** One column of a {@link #table}; widths are relative and scaled to the text width. */
    record TableColumn(String title, float width, Align align) {
    }

    private static final String FONT_DIR = "/net/sf/jasperreports/fonts/dejavu/";
    private static final Map<Face, byte[]> FONT_FILES = new ConcurrentHashMap<>();
    private static final Pattern WORD = Pattern.compile("\\S+\\s*|\\s+");
    private static final float LEADING = 1.3f;
    /** From the top of a line to the baseline, in font sizes: the letters sit mid-line. */
    private static final float BASELINE = 0.92f;
    private static final float MIN_DOTS = 40f;
    private static final float CELL_PAD = 2.5f;
    private static final float LINE = 0.5f;

    private final PDDocument doc = new PDDocument();
    private final PDRectangle size;
    private final float top;
    private final float right;
    private final float bottom;
    private final float left;
    private final Map<Face, PDFont> fonts = new EnumMap<>(Face.class);
    private final Map<PDFont, Map<Integer, Boolean>> glyphs = new HashMap<>();
    private final List<TrueTypeFont> parsed = new ArrayList<>();
    private PDPageContentStream content;
    private float y;

    /** Margins in points, in CSS order. */
    PaperCanvas(PDRectangle size, float top, float right, float bottom, float left) {
        this.size = size;
        this.top = top;
        this.right = right;
        this.bottom = bottom;
        this.left = left;
        newPage();
    }

    /** Width between the left and right margins. */
    float width() {
        return size.getWidth() - left - right;
    }

    /** Starts a new page; what follows is drawn at its top. */
    void newPage() {
        closeContent();
        PDPage page = new PDPage(size);
        doc.addPage(page);
        try {
            content = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = size.getHeight() - top;
    }

    /** Moves down; at the foot of a page the space is dropped rather than carried over. */
    void gap(float height) {
        y -= height;
        if (y < bottom) {
            newPage();
        }
    }

    /** Starts a new page unless {@code height} points are still free on this one. */
    void ensure(float height) {
        if (y - height < bottom && y < size.getHeight() - top) {
            newPage();
        }
    }

    /** The largest font size up to {@code preferred} at which {@code text} fits on one line. */
    float fit(Face face, String text, float preferred, float lineWidth) {
        PDFont font = font(face);
        float atOne = measure(font, safe(font, clean(text)));
        return atOne * preferred <= lineWidth ? preferred : lineWidth / atOne * 0.99f;
    }

    /** Height a paragraph takes across the full width, for keeping things together. */
    float height(Para para) {
        return para.spaceBefore() + lines(para, width()).size() * para.size() * LEADING;
    }

    /** Draws a paragraph across the full width, line by line, onto as many pages as it needs. */
    void paragraph(Para para) {
        if (para.spaceBefore() > 0) {
            gap(para.spaceBefore());
        }
        float leading = para.size() * LEADING;
        List<Line> lines = lines(para, width());
        for (Line line : lines) {
            ensure(leading);
            draw(line, para, left, width(), y);
            y -= leading;
        }
        if (para.ruleWidth() != 0) {
            y -= rule(para, lines, left, width(), y);
        }
    }

    /**
     * Draws columns side by side, kept together on one page (a header or a signature block),
     * and moves below the longest one.
     */
    void block(List<Column> columns) {
        float height = 0;
        List<List<List<Line>>> laid = new ArrayList<>();
        for (Column column : columns) {
            List<List<Line>> paras = new ArrayList<>();
            float h = 0;
            for (Para para : column.paras()) {
                List<Line> lines = lines(para, column.width());
                paras.add(lines);
                h += para.spaceBefore() + lines.size() * para.size() * LEADING
                        + (para.ruleWidth() != 0 ? ruleSpace(para) : 0);
            }
            laid.add(paras);
            height = Math.max(height, h);
        }
        if (height > size.getHeight() - top - bottom) {
            // Taller than a page (an absurdly long name): one column after the other, flowing
            // over pages, rather than text drawn below the paper's edge.
            for (Column column : columns) {
                column.paras().forEach(this::paragraph);
            }
            return;
        }
        ensure(height);
        float blockTop = y;
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            float cy = blockTop;
            for (int p = 0; p < column.paras().size(); p++) {
                Para para = column.paras().get(p);
                List<Line> lines = laid.get(c).get(p);
                cy -= para.spaceBefore();
                for (Line line : lines) {
                    draw(line, para, left + column.x(), column.width(), cy);
                    cy -= para.size() * LEADING;
                }
                if (para.ruleWidth() != 0) {
                    cy -= rule(para, lines, left + column.x(), column.width(), cy);
                }
            }
        }
        y = blockTop - height;
    }

    /**
     * Draws a ruled table across the full width. A row that does not fit at the foot of a page
     * moves to the next one; a row taller than a whole page is split between lines. The header
     * row is repeated at the top of every page the table reaches.
     */
    void table(List<TableColumn> columns, List<List<List<Span>>> rows, float fontSize) {
        float total = 0;
        for (TableColumn column : columns) {
            total += column.width();
        }
        int n = columns.size();
        float[] xs = new float[n + 1];
        xs[0] = left;
        for (int i = 0; i < n; i++) {
            xs[i + 1] = xs[i] + columns.get(i).width() / total * width();
        }
        float leading = fontSize * LEADING;
        List<List<Line>> header = new ArrayList<>();
        List<Para> headerParas = new ArrayList<>();
        int headerLines = 1;
        for (int i = 0; i < n; i++) {
            Para para = Para.of(fontSize, Align.CENTER, Span.bold(columns.get(i).title()));
            headerParas.add(para);
            header.add(lines(para, xs[i + 1] - xs[i] - 2 * CELL_PAD));
            headerLines = Math.max(headerLines, header.get(i).size());
        }
        float headerHeight = headerLines * leading + 2 * CELL_PAD;
        float pageRoom = size.getHeight() - top - bottom - headerHeight - 2 * CELL_PAD;
        int freshFit = Math.max(1, (int) Math.floor(pageRoom / leading));

        ensure(headerHeight + leading + 2 * CELL_PAD);
        drawHeader(header, headerParas, xs, headerHeight, leading);
        int rowsOnPage = 0;
        for (List<List<Span>> row : rows) {
            List<Para> paras = new ArrayList<>();
            List<List<Line>> cells = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                List<Span> spans = i < row.size() ? row.get(i) : List.of();
                Para para = new Para(spans, fontSize, columns.get(i).align(), 0, 0, 0, 0, false);
                paras.add(para);
                cells.add(lines(para, xs[i + 1] - xs[i] - 2 * CELL_PAD));
            }
            int[] next = new int[n];
            boolean drawn = false;
            while (true) {
                int remaining = 0;
                for (int i = 0; i < n; i++) {
                    remaining = Math.max(remaining, cells.get(i).size() - next[i]);
                }
                if (remaining == 0 && drawn) {
                    break;
                }
                int need = Math.max(remaining, 1);
                int fit = (int) Math.floor((y - bottom - 2 * CELL_PAD) / leading);
                if (rowsOnPage == 0 && fit < 1) {
                    fit = 1; // a header filling a whole page: overflow rather than loop
                }
                if (need > fit && (fit < 1 || (rowsOnPage > 0 && need <= freshFit))) {
                    newPage();
                    drawHeader(header, headerParas, xs, headerHeight, leading);
                    rowsOnPage = 0;
                    continue;
                }
                int take = Math.min(need, fit);
                float h = take * leading + 2 * CELL_PAD;
                for (int i = 0; i < n; i++) {
                    List<Line> lines = cells.get(i);
                    float cy = y - CELL_PAD;
                    int end = Math.min(lines.size(), next[i] + take);
                    for (int l = next[i]; l < end; l++) {
                        draw(lines.get(l), paras.get(i), xs[i] + CELL_PAD,
                                xs[i + 1] - xs[i] - 2 * CELL_PAD, cy);
                        cy -= leading;
                    }
                    next[i] = end;
                }
                strokeRow(xs, h, false);
                y -= h;
                rowsOnPage++;
                drawn = true;
            }
        }
    }

    /**
     * Draws a QR symbol, one filled square per dark module, {@code side} points wide with its
     * top-left corner at {@code x} from the left margin and {@code yTop} below the top margin.
     * The caller keeps the quiet zone around it free.
     */
    void qr(BitMatrix modules, float x, float yTop, float side) {
        float unit = side / modules.getWidth();
        float x0 = left + x;
        float y0 = size.getHeight() - top - yTop;
        try {
            content.setNonStrokingColor(0f);
            for (int row = 0; row < modules.getHeight(); row++) {
                int col = 0;
                while (col < modules.getWidth()) {
                    if (!modules.get(col, row)) {
                        col++;
                        continue;
                    }
                    int start = col;
                    while (col < modules.getWidth() && modules.get(col, row)) {
                        col++;
                    }
                    // One path for the whole symbol: filled at once it shows no seams.
                    content.addRect(x0 + start * unit, y0 - (row + 1) * unit,
                            (col - start) * unit, unit);
                }
            }
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Finishes the document and returns it as PDF. When it has more than one page every page
     * gets {@code footer} and its number, so that loose sheets can be put back in order.
     */
    byte[] finish(String title, String footer) {
        closeContent();
        try {
            int count = doc.getNumberOfPages();
            if (count > 1) {
                PDFont font = font(Face.ITALIC);
                float fontSize = 8;
                for (int i = 0; i < count; i++) {
                    String text = safe(font, clean(footer + " - Trang " + (i + 1) + "/" + count));
                    float w = font.getStringWidth(text) / 1000 * fontSize;
                    try (PDPageContentStream foot = new PDPageContentStream(doc, doc.getPage(i),
                            PDPageContentStream.AppendMode.APPEND, true, true)) {
                        foot.beginText();
                        foot.setFont(font, fontSize);
                        foot.newLineAtOffset(left + (width() - w) / 2, bottom / 2);
                        foot.showText(text);
                        foot.endText();
                    }
                }
            }
            doc.getDocumentInformation().setTitle(clean(title));
            doc.getDocumentInformation().setCreator("Cổng Dịch vụ công");
            doc.getDocumentCatalog().setLanguage("vi-VN");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            closeContent();
        } finally {
            try {
                doc.close();
                for (TrueTypeFont ttf : parsed) {
                    ttf.close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    // ---------------------------------------------------------------- layout

    private record Piece(String text, PDFont font, float width) {
    }

    private record Line(List<Piece> pieces, float width, float indent) {
    }

    private enum Kind { WORD, BREAK, DOTS }

    private record Token(String text, Face face, Kind kind, float dots) {
    }

    /** Breaks a paragraph into lines no wider than {@code width}; none for an empty one. */
    private List<Line> lines(Para para, float width) {
        List<Line> lines = fill(para, width);
        if (!para.balance() || lines.size() < 2) {
            return lines;
        }
        // The narrowest width that still needs no more lines, to a point.
        float wide = width;
        float narrow = width / 2;
        List<Line> best = lines;
        while (wide - narrow > 1) {
            float middle = (wide + narrow) / 2;
            List<Line> tried = fill(para, middle);
            if (tried.size() <= lines.size()) {
                wide = middle;
                best = tried;
            } else {
                narrow = middle;
            }
        }
        return best;
    }

    private List<Line> fill(Para para, float width) {
        LineBuilder builder = new LineBuilder(para, width);
        for (Token token : tokens(para.spans())) {
            builder.add(token);
        }
        return builder.finish();
    }

    private static List<Token> tokens(List<Span> spans) {
        List<Token> tokens = new ArrayList<>();
        for (Span span : spans) {
            if (span.dotWidth() > 0) {
                tokens.add(new Token("", span.face(), Kind.DOTS, span.dotWidth()));
                continue;
            }
            String[] parts = clean(span.text()).split("\n", -1);
            for (int p = 0; p < parts.length; p++) {
                if (p > 0) {
                    tokens.add(new Token("", span.face(), Kind.BREAK, 0));
                }
                Matcher m = WORD.matcher(parts[p]);
                while (m.find()) {
                    tokens.add(new Token(m.group(), span.face(), Kind.WORD, 0));
                }
            }
        }
        return tokens;
    }

    /** Greedy line filling: as many words as fit, then the next line. */
    private final class LineBuilder {

        private final Para para;
        private final float width;
        private final List<Line> lines = new ArrayList<>();
        private List<Piece> current = new ArrayList<>();
        private float used;

        LineBuilder(Para para, float width) {
            this.para = para;
            this.width = width;
        }

        private float w(PDFont font, String text) {
            return measure(font, text) * para.size();
        }

        private float indent() {
            return lines.isEmpty() ? para.firstIndent() : para.restIndent();
        }

        private float room() {
            return Math.max(width - indent(), para.size());
        }

        void add(Token token) {
            switch (token.kind()) {
                case BREAK -> push();
                case DOTS -> addDots(token);
                case WORD -> addWord(token);
                default -> throw new IllegalStateException(token.kind().name());
            }
        }

        private void addDots(Token token) {
            PDFont font = font(token.face());
            float wanted = Math.min(token.dots(), room());
            if (room() - used < Math.min(wanted, MIN_DOTS) && !current.isEmpty()) {
                push();
            }
            float dot = w(font, ".");
            float length = Math.min(wanted, room() - used - 1);
            int count = Math.max(3, (int) Math.floor(length / dot));
            String dots = ".".repeat(count);
            current.add(new Piece(dots, font, count * dot));
            used += count * dot;
        }

        private void addWord(Token token) {
            PDFont font = font(token.face());
            String text = safe(font, token.text());
            String word = text.stripTrailing();
            if (word.isEmpty() && current.isEmpty()) {
                return; // no blank at the start of a line
            }
            float wordWidth = w(font, word);
            if (used + wordWidth <= room() + 0.01f) {
                current.add(new Piece(text, font, w(font, text)));
                used += w(font, text);
                return;
            }
            if (!current.isEmpty()) {
                push();
            }
            if (word.isEmpty()) {
                return;
            }
            String rest = text;
            while (w(font, rest.stripTrailing()) > room()) {
                String head = longestFitting(font, rest, room());
                current.add(new Piece(head, font, w(font, head)));
                push();
                rest = rest.substring(head.length());
            }
            current.add(new Piece(rest, font, w(font, rest)));
            used += w(font, rest);
        }

        /** The longest run of whole letters (one at least) that fits in {@code room}. */
        private String longestFitting(PDFont font, String text, float room) {
            BreakIterator letters = BreakIterator.getCharacterInstance(Locale.forLanguageTag("vi"));
            letters.setText(text);
            int end = letters.next();
            int fits = end;
            while (end != BreakIterator.DONE && w(font, text.substring(0, end)) <= room) {
                fits = end;
                end = letters.next();
            }
            return text.substring(0, fits);
        }

        private void push() {
            if (!current.isEmpty()) {
                Piece last = current.get(current.size() - 1);
                String trimmed = last.text().stripTrailing();
                current.set(current.size() - 1,
                        new Piece(trimmed, last.font(), w(last.font(), trimmed)));
            }
            float w = 0;
            for (Piece piece : current) {
                w += piece.width();
            }
            lines.add(new Line(current, w, indent()));
            current = new ArrayList<>();
            used = 0;
        }

        List<Line> finish() {
            if (!current.isEmpty()) {
                push();
            }
            return lines;
        }
    }

    // ---------------------------------------------------------------- drawing

    private void draw(Line line, Para para, float x, float columnWidth, float lineTop) {
        if (line.pieces().isEmpty()) {
            return;
        }
        float room = columnWidth - line.indent();
        float offset = switch (para.align()) {
            case LEFT -> 0;
            case CENTER -> (room - line.width()) / 2;
            case RIGHT -> room - line.width();
        };
        try {
            content.setNonStrokingColor(0f);
            content.beginText();
            content.newLineAtOffset(x + line.indent() + Math.max(0, offset),
                    lineTop - BASELINE * para.size());
            PDFont currentFont = null;
            for (Piece piece : line.pieces()) {
                if (piece.text().isEmpty()) {
                    continue;
                }
                if (piece.font() != currentFont) {
                    content.setFont(piece.font(), para.size());
                    currentFont = piece.font();
                }
                content.showText(piece.text());
            }
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float ruleSpace(Para para) {
        return para.size() * 0.4f;
    }

    /** Draws the rule under a paragraph ending at {@code lineTop}; returns the space used. */
    private float rule(Para para, List<Line> lines, float x, float columnWidth, float lineTop) {
        float w = para.ruleWidth();
        if (w < 0) {
            w = 0;
            for (Line line : lines) {
                w = Math.max(w, line.width());
            }
        }
        // Just under the descenders of the last line, which ended at lineTop.
        float ry = lineTop + para.size() * (LEADING - BASELINE - 0.3f);
        float x0 = x + (columnWidth - w) / 2;
        try {
            content.setLineWidth(LINE);
            content.setStrokingColor(0f);
            content.moveTo(x0, ry);
            content.lineTo(x0 + w, ry);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ruleSpace(para);
    }

    private void drawHeader(List<List<Line>> header, List<Para> paras, float[] xs, float height,
            float leading) {
        strokeRow(xs, height, true);
        for (int i = 0; i < header.size(); i++) {
            float cy = y - CELL_PAD;
            for (Line line : header.get(i)) {
                draw(line, paras.get(i), xs[i] + CELL_PAD, xs[i + 1] - xs[i] - 2 * CELL_PAD, cy);
                cy -= leading;
            }
        }
        y -= height;
    }

    private void strokeRow(float[] xs, float height, boolean shaded) {
        try {
            content.setLineWidth(LINE);
            content.setStrokingColor(0f);
            if (shaded) {
                content.setNonStrokingColor(0.9f);
                content.addRect(xs[0], y - height, xs[xs.length - 1] - xs[0], height);
                content.fill();
                content.setNonStrokingColor(0f);
            }
            for (int i = 0; i + 1 < xs.length; i++) {
                content.addRect(xs[i], y - height, xs[i + 1] - xs[i], height);
            }
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeContent() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                content = null;
            }
        }
    }

    // ---------------------------------------------------------------- fonts and text

    /**
     * Text as it is printed: NFC, line breaks as {@code \n}, tabs as spaces, other control
     * characters dropped. {@code null} prints as nothing.
     */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
        StringBuilder out = new StringBuilder(nfc.length());
        nfc.codePoints().filter(cp -> cp == '\n' || !Character.isISOControl(cp))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Width of {@code text} at a font size of 1 point. */
    private static float measure(PDFont font, String text) {
        try {
            return font.getStringWidth(text) / 1000;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} with every character the font cannot show replaced by "?". */
    private String safe(PDFont font, String text) {
        Map<Integer, Boolean> known = glyphs.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean shown = known.computeIfAbsent(cp, c -> {
                try {
                    font.encode(new String(Character.toChars(c)));
                    return true;
                } catch (IllegalArgumentException | IOException e) {
                    return false;
                }
            });
            if (shown) {
                out.appendCodePoint(cp);
            } else {
                out.append(Character.isWhitespace(cp) ? ' ' : '?');
            }
        });
        return out.toString();
    }

    private PDFont font(Face face) {
        PDFont font = fonts.get(face);
        if (font != null) {
            return font;
        }
        try {
            byte[] file = FONT_FILES.computeIfAbsent(face, PaperCanvas::readFont);
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(file));
            parsed.add(ttf);
            // PDFBox would otherwise apply the font's Latin ligatures, and a ligature glyph
            // has no Unicode value: its letters would vanish from the text layer.
            ttf.setEnableGsub(false);
            font = PDType0Font.load(doc, ttf, true);
            fonts.put(face, font);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readFont(Face face) {
        try (InputStream in = PaperCanvas.class.getResourceAsStream(FONT_DIR + face.file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + FONT_DIR + face.file
                        + " not on the class path (jasperreports-fonts)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
