package vn.dvcportal.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScheduleSettingTest {

    private static final LocalTime FALLBACK = LocalTime.of(1, 30);

    @Test
    void readsTimesOfDay() {
        assertEquals(Optional.of(LocalTime.of(23, 5)), ScheduleSetting.parse("23:05", FALLBACK));
        assertEquals(Optional.of(LocalTime.of(3, 0)), ScheduleSetting.parse(" 3:00 ", FALLBACK));
    }

    @Test
    void offMeansNoTimer() {
        assertEquals(Optional.empty(), ScheduleSetting.parse("off", FALLBACK));
        assertEquals(Optional.empty(), ScheduleSetting.parse("OFF", FALLBACK));
    }

    @Test
    void nothingOrNonsenseMeansTheDefault() {
        assertEquals(Optional.of(FALLBACK), ScheduleSetting.parse(null, FALLBACK));
        assertEquals(Optional.of(FALLBACK), ScheduleSetting.parse(" ", FALLBACK));
        assertEquals(Optional.of(FALLBACK), ScheduleSetting.parse("25:00", FALLBACK));
        assertTrue(ScheduleSetting.isMalformed("25:00"));
        assertTrue(ScheduleSetting.isMalformed("nightly"));
        assertFalse(ScheduleSetting.isMalformed("02:00"));
        assertFalse(ScheduleSetting.isMalformed("off"));
        assertFalse(ScheduleSetting.isMalformed(null));
    }
}
