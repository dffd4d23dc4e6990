package vn.dvcportal.web.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.dvcportal.catalog.entity.ProcessingTimeUnit;
import vn.dvcportal.web.i18n.LanguagePreference;

class ProcessingTimeFormatTest {

    @Test
    void valueAndUnitInVietnamese() {
        assertEquals("15 ngày làm việc", ProcessingTimeFormat.format(new BigDecimal("15"),
                ProcessingTimeUnit.WORKING_DAY, "15 Ngày làm việc", LanguagePreference.VIETNAMESE));
        assertEquals("0,5 ngày", ProcessingTimeFormat.format(new BigDecimal("0.5"),
                ProcessingTimeUnit.DAY, null, LanguagePreference.VIETNAMESE));
    }

    @Test
    void englishCountsOneAndMany() {
        assertEquals("1 working day", ProcessingTimeFormat.format(BigDecimal.ONE,
                ProcessingTimeUnit.WORKING_DAY, null, LanguagePreference.ENGLISH));
        assertEquals("2 hours", ProcessingTimeFormat.format(new BigDecimal("2.00"),
                ProcessingTimeUnit.HOUR, null, LanguagePreference.ENGLISH));
    }

    @Test
    void unreadableTimesShowThePublishedWording() {
        assertEquals("Trong ngày", ProcessingTimeFormat.format(null, null, " Trong ngày ",
                LanguagePreference.VIETNAMESE));
        assertNull(ProcessingTimeFormat.format(null, ProcessingTimeUnit.DAY, " ",
                LanguagePreference.VIETNAMESE));
    }
}
