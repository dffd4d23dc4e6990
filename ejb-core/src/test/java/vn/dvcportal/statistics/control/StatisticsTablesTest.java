package vn.dvcportal.statistics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class StatisticsTablesTest {

    static final Figures ROW = FiguresTest.ROW;
    static final StatisticsReport REPORT = new StatisticsReport("2026-02", "Tháng 02/2026",
            true, Instant.parse("2026-02-28T17:00:00Z"), "Sở Tư pháp", null,
            List.of(new ProcedureLine("STP", "Sở Tư pháp", "Hộ tịch", "1.001193",
                    "Thủ tục đăng ký khai sinh", ROW)),
            List.of(new StatisticsLine("1", "Sở Tư pháp", ROW)),
            List.of(new StatisticsLine("9", "Hộ tịch", ROW)), ROW,
            List.of(new Choice("9", "Hộ tịch")));
    static final Instant NOW = Instant.parse("2026-03-01T02:30:00Z");

    @Test
    void theWorkbookHasEveryCounterAsANumber() throws Exception {
        byte[] xlsx = StatisticsTables.workbook(REPORT, NOW).xlsx();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet procedures = book.getSheet("Theo thủ tục");
            Row header = headerRow(procedures, "Cơ quan");
            Row line = procedures.getRow(header.getRowNum() + 1);
            assertEquals("Thủ tục đăng ký khai sinh", line.getCell(3).getStringCellValue());
            assertEquals("Kỳ trước chuyển qua", header.getCell(4).getStringCellValue());
            assertEquals(CellType.NUMERIC, line.getCell(4).getCellType());
            assertEquals(3, line.getCell(4).getNumericCellValue());
            assertEquals("Tổng số hồ sơ", header.getCell(8).getStringCellValue());
            assertEquals(11, line.getCell(8).getNumericCellValue());
            assertEquals(5.0 / 6, line.getCell(19).getNumericCellValue(), 1e-9);
            assertEquals(4.0, line.getCell(20).getNumericCellValue(), 1e-9);
            Sheet totals = book.getSheet("Tổng hợp");
            assertEquals("Cơ quan: Sở Tư pháp", totals.getRow(1).getCell(0).getStringCellValue());
            assertEquals("Kỳ thống kê: Tháng 02/2026",
                    totals.getRow(2).getCell(0).getStringCellValue());
            assertEquals("Số liệu tính đến 00:00 ngày 01/03/2026",
                    totals.getRow(3).getCell(0).getStringCellValue());
        }
    }

    @Test
    void thePdfFitsTheLinesAndKeepsTheVietnameseText() throws Exception {
        byte[] pdf = StatisticsTables.printable(REPORT, NOW).pdf();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getPage(0).getMediaBox().getWidth()
                    > document.getPage(0).getMediaBox().getHeight(), "landscape");
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Thống kê tình trạng giải quyết hồ sơ"), text);
            assertTrue(text.contains("Kỳ thống kê: Tháng 02/2026"), text);
            assertTrue(text.contains("Theo lĩnh vực"), text);
            assertTrue(text.contains("Hộ tịch"), text);
            assertTrue(text.contains("83,3"), text);
        }
    }

    private static Row headerRow(Sheet sheet, String first) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && first.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("No header " + first);
    }
}
