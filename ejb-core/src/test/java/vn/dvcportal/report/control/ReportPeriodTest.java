package vn.dvcportal.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dvcportal.report.entity.PeriodKind;

class ReportPeriodTest {

    @Test
    void aDayRunsFromMidnightToMidnightInVietnam() {
        ReportPeriod day = ReportPeriod.parse("2025-03-14");
        assertEquals(PeriodKind.DAY, day.kind());
        assertEquals(Instant.parse("2025-03-13T17:00:00Z"), day.from());
        assertEquals(Instant.parse("2025-03-14T17:00:00Z"), day.to());
        assertEquals("2025-03-14", day.key());
        assertEquals("Ngày 14/03/2025", day.label());
    }

    @Test
    void aMonthIsACalendarMonth() {
        ReportPeriod february = ReportPeriod.parse("2024-02");
        assertEquals(LocalDate.of(2024, 2, 1), february.start());
        assertEquals(LocalDate.of(2024, 3, 1), february.end());
        assertEquals("2024-02", february.key());
        assertEquals("Tháng 02/2024", february.label());
    }

    @Test
    void theTimersReportOnThePreviousDayAndMonth() {
        LocalDate first = LocalDate.of(2025, 1, 1);
        assertEquals("2024-12-31", ReportPeriod.previousDay(first).key());
        assertEquals("2024-12", ReportPeriod.previousMonth(first).key());
        assertEquals("2025-02", ReportPeriod.previousMonth(LocalDate.of(2025, 3, 31)).key());
    }

    @Test
    void aPeriodNotBegunIsInTheFuture() {
        LocalDate today = LocalDate.of(2025, 3, 14);
        assertFalse(ReportPeriod.parse("2025-03-14").isAfter(today));
        assertFalse(ReportPeriod.parse("2025-03").isAfter(today));
        assertTrue(ReportPeriod.parse("2025-03-15").isAfter(today));
        assertTrue(ReportPeriod.parse("2025-04").isAfter(today));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2025", "2025-13", "2025-02-30", "14/03/2025", "2025-3-1",
        "abcdefghij"})
    void otherKeysAreRefusedInVietnamese(String key) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportPeriod.parse(key));
        assertTrue(e.getMessage().startsWith("Kỳ báo cáo không hợp lệ"), e.getMessage());
    }
}
