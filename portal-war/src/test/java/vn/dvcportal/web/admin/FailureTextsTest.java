package vn.dvcportal.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.dvcportal.web.i18n.LanguagePreference;

class FailureTextsTest {

    @Test
    void aPlainReasonIsShownAsItIs() {
        String reason = "thiếu tên thủ tục (ten_thu_tuc)";
        assertFalse(FailureTexts.hasDetail(reason));
        assertEquals(reason, FailureTexts.reason(reason, LanguagePreference.VIETNAMESE));
        assertEquals("", FailureTexts.reason(null, LanguagePreference.VIETNAMESE));
    }

    @Test
    void theExceptionTextAfterTheColonIsLeftForTheLog() {
        String reason = "dòng không phải là một đối tượng JSON hợp lệ: Invalid token=CURLYCLOSE"
                + " at (line no=1, column no=10, offset=9). Expected tokens are: [STRING]";
        assertTrue(FailureTexts.hasDetail(reason));
        String shown = FailureTexts.reason(reason, LanguagePreference.VIETNAMESE);
        assertEquals("dòng không phải là một đối tượng JSON hợp lệ"
                + " (chi tiết kỹ thuật trong nhật ký máy chủ)", shown);
        assertEquals("Thủ tục 1.000002: không đọc được bản ghi"
                + " (chi tiết kỹ thuật trong nhật ký máy chủ)", FailureTexts.reason(
                        "Thủ tục 1.000002: không đọc được bản ghi: java.lang."
                        + "NullPointerException: Cannot invoke \"String.strip()\"",
                        LanguagePreference.VIETNAMESE));
    }

    @Test
    void theCodeInFrontOfAReasonIsNotMistakenForADetail() {
        String reason = "Thủ tục 1.999998: thiếu tên thủ tục (ten_thu_tuc)";
        assertFalse(FailureTexts.hasDetail(reason));
        assertEquals(reason, FailureTexts.reason(reason, LanguagePreference.VIETNAMESE));
    }

    @Test
    void aReasonInEnglishOnlyIsReplacedWhole() {
        assertEquals("không đọc được bản ghi (chi tiết kỹ thuật trong nhật ký máy chủ)",
                FailureTexts.reason("java.lang.IllegalStateException: boom",
                        LanguagePreference.VIETNAMESE));
        assertEquals("the record could not be read (technical details in the server log)",
                FailureTexts.reason("Unexpected end of input", LanguagePreference.ENGLISH));
    }

    @Test
    void aStoppedImportIsExplainedWithoutTheException() {
        assertNull(FailureTexts.error(null, LanguagePreference.VIETNAMESE));
        assertEquals("tệp nén .gz bị hỏng hoặc không trọn vẹn",
                FailureTexts.error("Unexpected end of ZLIB input stream",
                        LanguagePreference.VIETNAMESE));
        assertEquals("tệp nén .gz bị hỏng hoặc không trọn vẹn",
                FailureTexts.error("Not in GZIP format", LanguagePreference.VIETNAMESE));
        assertEquals("tệp nén .gz bị hỏng hoặc không trọn vẹn",
                FailureTexts.error("invalid block type", LanguagePreference.VIETNAMESE));
        String other = FailureTexts.error("org.h2.jdbc.JdbcSQLNonTransientException: Table"
                + " not found", LanguagePreference.VIETNAMESE);
        assertEquals("có lỗi khi đọc tệp hoặc khi lưu dữ liệu", other);
    }
}
