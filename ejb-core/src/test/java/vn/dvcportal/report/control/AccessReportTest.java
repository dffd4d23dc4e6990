package vn.dvcportal.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.dvcportal.report.entity.AccessCount;
import vn.dvcportal.report.entity.AccessDimension;
import vn.dvcportal.report.entity.AccessMeasure;
import vn.dvcportal.report.entity.DeviceClass;

class AccessReportTest {

    private static AccessCount count(AccessDimension d, String bucket, AccessMeasure m,
            long amount) {
        return new AccessCount(1, d, bucket, m, amount);
    }

    private static final List<AccessCount> COUNTS = List.of(
            count(AccessDimension.TOTAL, "*", AccessMeasure.REQUESTS, 17),
            count(AccessDimension.TOTAL, "*", AccessMeasure.PAGE_VIEWS, 10),
            count(AccessDimension.TOTAL, "*", AccessMeasure.VISITS, 4),
            count(AccessDimension.TOTAL, "*", AccessMeasure.VISITORS, 3),
            count(AccessDimension.TOTAL, "*", AccessMeasure.SIGN_INS, 2),
            count(AccessDimension.TOTAL, "*", AccessMeasure.SKIPPED, 1),
            count(AccessDimension.SIGN_IN, "PASSWORD", AccessMeasure.SIGN_INS, 2),
            count(AccessDimension.PAGE, "/thu-tuc", AccessMeasure.PAGE_VIEWS, 3),
            count(AccessDimension.PAGE, "/", AccessMeasure.PAGE_VIEWS, 7),
            count(AccessDimension.DAY, "2025-03-14", AccessMeasure.PAGE_VIEWS, 10),
            count(AccessDimension.DAY, "2025-03-14", AccessMeasure.VISITS, 4),
            count(AccessDimension.DAY, "2025-03-14", AccessMeasure.VISITORS, 3),
            count(AccessDimension.HOUR, "08", AccessMeasure.PAGE_VIEWS, 10),
            count(AccessDimension.HOUR, "08", AccessMeasure.VISITS, 4),
            count(AccessDimension.DEVICE, "MOBILE", AccessMeasure.PAGE_VIEWS, 10),
            count(AccessDimension.DEVICE, "MOBILE", AccessMeasure.VISITS, 4),
            count(AccessDimension.DEVICE, "MOBILE", AccessMeasure.VISITORS, 3));

    private static AccessReport report() {
        return AccessReport.of(ReportPeriod.parse("2025-03-14"), true,
                Instant.parse("2025-03-14T18:30:00Z"), Instant.parse("2025-03-14T18:31:00Z"),
                COUNTS);
    }

    @Test
    void theCountersBecomeTheReport() {
        AccessReport r = report();
        assertEquals(new AccessReport.Totals(17, 10, 4, 3, 2, 2, 0, 1), r.totals());
        assertEquals(2.5, r.totals().viewsPerVisit());
        assertEquals(List.of(new AccessReport.PageLine("/", 7, 0.7),
                new AccessReport.PageLine("/thu-tuc", 3, 0.3)), r.pages());
        assertEquals(List.of(new AccessReport.DayLine(LocalDate.of(2025, 3, 14), 10, 4, 3)),
                r.days());
        assertEquals(24, r.hours().size(), "every hour, the empty ones too");
        assertEquals(new AccessReport.HourLine(8, 10, 4), r.hours().get(8));
        assertEquals("08:00–08:59", r.hours().get(8).label());
        assertEquals(DeviceClass.values().length, r.devices().size());
        assertEquals(new AccessReport.DeviceLine(DeviceClass.MOBILE, 10, 4, 3),
                r.devices().get(DeviceClass.MOBILE.ordinal()));
        assertEquals("Ngày 14/03/2025", r.periodLabel());
    }

    @Test
    void theDocumentsSayItInVietnamese() throws Exception {
        TableExport document = AccessReportTables.of(report(), "Sở Thông tin và Truyền thông",
                Instant.parse("2025-03-15T01:00:00Z"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(document.xlsx()))) {
            assertEquals(5, book.getNumberOfSheets());
            var devices = book.getSheet("Theo thiết bị");
            int header = 0;
            while (!"Thiết bị".equals(devices.getRow(header).getCell(0).getStringCellValue())) {
                header++;
            }
            var mobile = devices.getRow(header + 1 + DeviceClass.MOBILE.ordinal());
            assertEquals("Điện thoại di động", mobile.getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, mobile.getCell(3).getCellType());
            assertEquals(3d, mobile.getCell(3).getNumericCellValue());
        }
        try (PDDocument pdf = Loader.loadPDF(document.pdf())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Sở Thông tin và Truyền thông"), text);
            assertTrue(text.contains("Lập lúc 08:00 ngày 15/03/2025"), text);
            assertTrue(text.contains("Máy tính bảng"), text);
            assertTrue(text.contains("qua định danh điện tử quốc gia"), text);
        }
    }
}
