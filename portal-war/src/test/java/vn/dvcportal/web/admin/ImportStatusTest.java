package vn.dvcportal.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import vn.dvcportal.catalog.control.ImportReport;
import vn.dvcportal.web.i18n.LanguagePreference;

class ImportStatusTest {

    private static final List<ImportReport.Failure> ONE_FAILURE =
            List.of(new ImportReport.Failure(7, "1.000001", "không có tên thủ tục"));

    private static ImportStatus running(int read, long expected) {
        return new ImportStatus(true, "tthc.jsonl.gz", 1_822_254, Instant.EPOCH, read, expected,
                read, 0, 0, List.of(), null);
    }

    @Test
    void percentNeverReachesHundredBeforeTheEnd() {
        assertEquals(OptionalInt.of(50), running(1191, 2381).percent());
        assertEquals(OptionalInt.of(49), running(1190, 2381).percent());
        assertEquals(OptionalInt.of(99), running(2381, 2381).percent());
        assertEquals(OptionalInt.empty(), running(100, -1).percent());
    }

    @Test
    void aFinishedImportIsComplete() {
        ImportStatus done = new ImportStatus(false, "a.jsonl", 10, Instant.EPOCH, 2381, 2381,
                2000, 300, 80, ONE_FAILURE, null);
        assertEquals(OptionalInt.of(100), done.percent());
        assertEquals(1, done.skipped());
        assertFalse(done.failed());
        assertEquals("Đã nhập xong a.jsonl: đọc 2.381 bản ghi, 2.000 mới, 300 cập nhật,"
                + " 80 không đổi, 1 bỏ qua", done.line(LanguagePreference.VIETNAMESE));
    }

    @Test
    void theLineSaysHowFarItGot() {
        assertEquals("Importing tthc.jsonl.gz: read 1,190/2,381 records (49%), 1,190 new,"
                + " 0 updated, 0 unchanged, 0 skipped",
                running(1190, 2381).line(LanguagePreference.ENGLISH));
    }

    @Test
    void aFailedImportIsExplainedWithoutTheExceptionText() {
        ImportStatus failed = new ImportStatus(false, "b.jsonl", 10, Instant.EPOCH, 5, -1, 0, 0,
                0, List.of(), "Unexpected \"token\"");
        assertTrue(failed.failed());
        assertEquals(OptionalInt.empty(), failed.percent());
        String line = failed.line(LanguagePreference.VIETNAMESE);
        assertEquals("Lượt nhập b.jsonl bị dừng: có lỗi khi đọc tệp hoặc khi lưu dữ liệu. Chi"
                + " tiết kỹ thuật đã được ghi vào nhật ký máy chủ.", line);
        assertFalse(line.contains("Unexpected"));
    }

    @Test
    void skippedRecordsAreShownWithoutExceptionText() {
        ImportStatus done = new ImportStatus(false, "c.jsonl", 10, Instant.EPOCH, 2, 2, 1, 0, 0,
                List.of(new ImportReport.Failure(2, "1.000002",
                        "không đọc được bản ghi: java.lang.IllegalStateException: boom")),
                null);
        ImportReport.Failure shown = done.shownFailures(LanguagePreference.ENGLISH).get(0);
        assertEquals(2, shown.line());
        assertEquals("1.000002", shown.code());
        assertEquals("không đọc được bản ghi (technical details in the server log)",
                shown.reason());
        assertTrue(done.failures().get(0).reason().contains("boom"), "the log still gets it");
    }
}
