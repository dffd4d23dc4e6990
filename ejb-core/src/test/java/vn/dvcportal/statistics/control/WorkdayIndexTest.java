package vn.dvcportal.statistics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dvcportal.calendar.control.CalendarSeed;
import vn.dvcportal.calendar.control.WorkingCalendar;

class WorkdayIndexTest {

    private final WorkingCalendar calendar = WorkingCalendar.of(CalendarSeed.shipped());

    @Test
    void countsAsTheCalendarDoesInsideAndOutsideItsSpan() {
        WorkdayIndex index = new WorkdayIndex(calendar, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30));
        LocalDate first = LocalDate.of(2025, 12, 1);
        for (int i = 0; i < 250; i += 3) {
            for (int j = 0; j < 250; j += 7) {
                LocalDate a = first.plusDays(i);
                LocalDate b = first.plusDays(j);
                assertEquals(calendar.workingDaysBetween(a, b), index.between(a, b), a + ".." + b);
            }
        }
    }

    @Test
    void tetIsNoWorkingTime() {
        WorkdayIndex index = new WorkdayIndex(calendar, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31));
        // Friday 13/02 to Monday 23/02/2026: the nine days of Tết off between them.
        assertEquals(1, index.between(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 23)));
        assertEquals(3, index.between(LocalDate.of(2026, 2, 12), LocalDate.of(2026, 2, 24)));
        assertEquals(-1, index.between(LocalDate.of(2026, 2, 23), LocalDate.of(2026, 2, 13)));
        assertEquals(0, index.between(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 20)));
    }
}
