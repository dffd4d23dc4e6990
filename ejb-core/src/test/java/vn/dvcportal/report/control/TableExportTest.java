package vn.dvcportal.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableExportTest {

    static final String TITLE = "Báo cáo truy cập Cổng Dịch vụ công";
    static final String VIETNAMESE = "Đăng nhập thành công – qua định danh điện tử quốc gia";
    static final String TONES = "Ủy ban nhân dân tỉnh Thừa Thiên Huế: ắ ằ ẳ ẵ ặ ố ờ ữ ỹ Ỵ";

    private static TableExport sample(int pageRows) {
        List<List<Object>> pages = new ArrayList<>();
        for (int i = 0; i < pageRows; i++) {
            pages.add(List.of("/thu-tuc/1." + String.format("%06d", i), 1000L - i, 0.0125));
        }
        // The same words decomposed (NFD), as some keyboards and files deliver them.
        String decomposed = Normalizer.normalize(VIETNAMESE, Normalizer.Form.NFD);
        return new TableExport(TITLE, List.of("Kỳ báo cáo: Tháng 03/2025", TONES), List.of(
                new TableExport.Section("Tổng hợp", List.of(
                        TableExport.Column.text("Chỉ tiêu"),
                        TableExport.Column.integer("Số lượng")), List.of(
                        List.of("Lượt xem trang", 1234567L),
                        List.of(decomposed, 42))),
                new TableExport.Section("Theo trang", List.of(
                        TableExport.Column.text("Trang"),
                        TableExport.Column.integer("Lượt xem"),
                        TableExport.Column.percent("Tỷ lệ")), pages),
                new TableExport.Section("Theo ngày", List.of(
                        TableExport.Column.date("Ngày"),
                        TableExport.Column.decimal("Trang mỗi lượt")), List.of(
                        List.of(LocalDate.of(2025, 3, 14), 2.5),
                        java.util.Arrays.asList(LocalDate.of(2025, 3, 15), null)))));
    }

    @Test
    void theWorkbookHasRealNumbersAndVietnameseText() throws Exception {
        byte[] xlsx = sample(3).xlsx();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(3, book.getNumberOfSheets());
            Sheet summary = book.getSheet("Tổng hợp");
            assertEquals(TITLE, summary.getRow(0).getCell(0).getStringCellValue());
            assertEquals(TONES, summary.getRow(2).getCell(0).getStringCellValue());
            Row header = summary.getRow(4);
            assertEquals("Chỉ tiêu", header.getCell(0).getStringCellValue());
            Row first = summary.getRow(5);
            assertEquals(CellType.NUMERIC, first.getCell(1).getCellType());
            assertEquals(1234567d, first.getCell(1).getNumericCellValue());
            Row second = summary.getRow(6);
            assertEquals(VIETNAMESE, second.getCell(0).getStringCellValue(), "NFC");
            assertEquals(CellType.NUMERIC, second.getCell(1).getCellType());
            assertEquals(42d, second.getCell(1).getNumericCellValue());

            Sheet pages = book.getSheet("Theo trang");
            Row page = pages.getRow(5);
            assertEquals(CellType.STRING, page.getCell(0).getCellType());
            assertEquals(CellType.NUMERIC, page.getCell(1).getCellType());
            assertEquals(CellType.NUMERIC, page.getCell(2).getCellType());
            assertEquals(0.0125, page.getCell(2).getNumericCellValue(), 1e-9);
            assertEquals("0.0%", page.getCell(2).getCellStyle().getDataFormatString());

            Sheet days = book.getSheet("Theo ngày");
            Row day = days.getRow(5);
            assertEquals(CellType.NUMERIC, day.getCell(0).getCellType());
            assertTrue(DateUtil.isCellDateFormatted(day.getCell(0)));
            assertEquals(LocalDate.of(2025, 3, 14),
                    day.getCell(0).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(2.5, day.getCell(1).getNumericCellValue());
            assertEquals(CellType.BLANK, days.getRow(6).getCell(1).getCellType());
        }
    }

    @Test
    void thePdfCarriesTheVietnameseTextAsText() throws Exception {
        byte[] pdf = sample(3).pdf();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(document),
                    Normalizer.Form.NFC);
            assertTrue(text.contains(TITLE), text);
            assertTrue(text.contains(VIETNAMESE), text);
            assertTrue(text.contains(TONES), text);
            assertTrue(text.contains("1.234.567"), "Vietnamese grouping: " + text);
            assertTrue(text.contains("14/03/2025"), text);
            assertTrue(text.contains("Trang 1/1"), text);
            assertEquals(TITLE, document.getDocumentInformation().getTitle());
        }
    }

    @Test
    void longTablesFlowOntoMorePagesWithTheirHeader() throws Exception {
        byte[] pdf = sample(150).pdf();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 3, "pages: " + pages);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(pages - 1);
            stripper.setEndPage(pages - 1);
            String page = stripper.getText(document);
            assertTrue(page.contains("Lượt xem"), "the header again: " + page);
            String all = new PDFTextStripper().getText(document);
            assertTrue(all.contains("/thu-tuc/1.000149"), "the last row");
            assertTrue(all.contains("Trang " + pages + "/" + pages));
        }
    }

    @Test
    void sheetNamesAreValidAndUnique() {
        Set<String> taken = new HashSet<>();
        assertEquals("Theo trang", TableExport.sheetName("Theo trang", taken));
        assertEquals("Theo trang (2)", TableExport.sheetName("Theo trang", taken));
        String name = TableExport.sheetName("Số liệu: tháng 03/2025 [tạm tính] của cơ quan",
                taken);
        assertTrue(name.length() <= 31, name);
        assertTrue(name.chars().noneMatch(c -> "[]:*?/\\".indexOf(c) >= 0), name);
    }

    @Test
    void rowsMustFitTheColumns() {
        assertThrows(IllegalArgumentException.class, () -> new TableExport.Section("x",
                List.of(TableExport.Column.text("a")), List.of(List.of("1", "2"))));
    }
}
