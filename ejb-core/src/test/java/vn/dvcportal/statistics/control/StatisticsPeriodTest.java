package vn.dvcportal.statistics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvcportal.statistics.entity.PeriodKind;

class StatisticsPeriodTest {

    @Test
    void keysNameDaysMonthsQuartersAndYears() {
        assertEquals(new StatisticsPeriod(PeriodKind.DAY, LocalDate.of(2026, 2, 14)),
                StatisticsPeriod.parse("2026-02-14"));
        assertEquals(new StatisticsPeriod(PeriodKind.MONTH, LocalDate.of(2026, 2, 1)),
                StatisticsPeriod.parse("2026-02"));
        assertEquals(new StatisticsPeriod(PeriodKind.QUARTER, LocalDate.of(2026, 4, 1)),
                StatisticsPeriod.parse("2026-Q2"));
        assertEquals(new StatisticsPeriod(PeriodKind.YEAR, LocalDate.of(2026, 1, 1)),
                StatisticsPeriod.parse(" 2026 "));
        for (String key : List.of("2026-02-14", "2026-02", "2026-Q1", "2026-Q4", "2026")) {
            assertEquals(key, StatisticsPeriod.parse(key).key());
        }
    }

    @Test
    void malformedKeysAreRefusedInVietnamese() {
        for (String key : List.of("", "14/02/2026", "2026-13", "2026-Q5", "26", "2026-02-30")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> StatisticsPeriod.parse(key), key);
            assertTrue(e.getMessage().startsWith("Kỳ thống kê không hợp lệ"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class,
                () -> new StatisticsPeriod(PeriodKind.QUARTER, LocalDate.of(2026, 2, 1)));
    }

    @Test
    void boundsAreMidnightInVietnam() {
        StatisticsPeriod q1 = StatisticsPeriod.parse("2026-Q1");
        assertEquals(LocalDate.of(2026, 4, 1), q1.end());
        assertEquals(Instant.parse("2025-12-31T17:00:00Z"), q1.from());
        assertEquals(Instant.parse("2026-03-31T17:00:00Z"), q1.to());
        assertTrue(q1.isOver(Instant.parse("2026-03-31T17:00:00Z")));
        assertFalse(q1.isOver(Instant.parse("2026-03-31T16:59:59Z")));
        assertTrue(q1.isAfter(LocalDate.of(2025, 12, 31)));
        assertFalse(q1.isAfter(LocalDate.of(2026, 1, 1)));
    }

    @Test
    void labelsAreVietnamese() {
        assertEquals("Ngày 14/02/2026", StatisticsPeriod.parse("2026-02-14").label());
        assertEquals("Tháng 02/2026", StatisticsPeriod.parse("2026-02").label());
        assertEquals("Quý III/2026", StatisticsPeriod.parse("2026-Q3").label());
        assertEquals("Năm 2026", StatisticsPeriod.parse("2026").label());
        assertEquals("Quý IV", StatisticsPeriod.parse("2026-Q4").shortLabel());
    }

    @Test
    void periodsContainingADayAndBeforeIt() {
        LocalDate day = LocalDate.of(2026, 2, 18);
        assertEquals("2026-Q1", StatisticsPeriod.containing(PeriodKind.QUARTER, day).key());
        assertEquals("2026-02", StatisticsPeriod.containing(PeriodKind.MONTH, day).key());
        assertEquals("2025-Q4", StatisticsPeriod.parse("2026-Q1").previous().key());
        assertEquals("2025", StatisticsPeriod.parse("2026").previous().key());
        assertEquals("2026-01", StatisticsPeriod.parse("2026-02").previous().key());
    }

    @Test
    void seriesCoverTheMonthTheYearOrFiveYears() {
        assertEquals(28, StatisticsPeriod.parse("2026-02-14").series().size());
        List<StatisticsPeriod> months = StatisticsPeriod.parse("2026-02").series();
        assertEquals(12, months.size());
        assertEquals("2026-01", months.get(0).key());
        assertEquals("2026-12", months.get(11).key());
        assertEquals(List.of("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"),
                StatisticsPeriod.parse("2026-Q2").series().stream()
                        .map(StatisticsPeriod::key).toList());
        assertEquals(List.of("2022", "2023", "2024", "2025", "2026"),
                StatisticsPeriod.parse("2026").series().stream()
                        .map(StatisticsPeriod::key).toList());
    }
}
