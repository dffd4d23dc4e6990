package vn.dvcportal.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void numbersFollowTheLanguage() {
        assertEquals("2.381", Formats.number(2381, LanguagePreference.VIETNAMESE));
        assertEquals("2,381", Formats.number(2381, LanguagePreference.ENGLISH));
        assertEquals("0,5", Formats.number(new BigDecimal("0.50"), LanguagePreference.VIETNAMESE));
        assertEquals("", Formats.number(null, LanguagePreference.VIETNAMESE));
    }

    @Test
    void datesAreDayMonthYearInVietnam() {
        Instant lateEvening = Instant.parse("2026-06-09T18:30:00Z");
        assertEquals("10/06/2026", new Formats().date(lateEvening));
        assertEquals("10/06/2026 01:30:00", new Formats().dateTime(lateEvening));
        assertEquals("", new Formats().date(null));
    }

    @Test
    void sizesUseBinaryUnits() {
        assertEquals("512 B", Formats.bytes(512, LanguagePreference.VIETNAMESE));
        assertEquals("1,7 MB", Formats.bytes(1_822_254, LanguagePreference.VIETNAMESE));
        assertEquals("200.0 MB", Formats.bytes(200L * 1024 * 1024, LanguagePreference.ENGLISH));
    }

    @Test
    void languageParameterIsStrict() {
        assertEquals(LanguagePreference.ENGLISH, LanguagePreference.parse("EN"));
        assertEquals(LanguagePreference.VIETNAMESE, LanguagePreference.parse("vi"));
        assertEquals(null, LanguagePreference.parse("fr"));
        assertEquals(null, LanguagePreference.parse("<script>"));
    }
}
