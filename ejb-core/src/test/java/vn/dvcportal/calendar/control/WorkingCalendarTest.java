package vn.dvcportal.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvcportal.calendar.entity.DayKind;

class WorkingCalendarTest {

    /** The shipped calendar, 2025–2027. */
    static final WorkingCalendar SHIPPED = WorkingCalendar.of(CalendarSeed.shipped());

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void weekdaysAreWorkedAndWeekendsAreNotWithoutDeclaredDays() {
        WorkingCalendar plain = WorkingCalendar.weekendsOnly();
        assertTrue(plain.isWorkingDay(d(2028, 3, 6)));   // Monday
        assertTrue(plain.isWorkingDay(d(2028, 3, 10)));  // Friday
        assertFalse(plain.isWorkingDay(d(2028, 3, 11))); // Saturday
        assertFalse(plain.isWorkingDay(d(2028, 3, 12))); // Sunday
    }

    @Test
    void declaredDaysOverrideTheWeek() {
        assertFalse(SHIPPED.isWorkingDay(d(2026, 2, 16)), "Tết, a Monday");
        assertFalse(SHIPPED.isWorkingDay(d(2026, 4, 27)), "compensatory day, a Monday");
        assertTrue(SHIPPED.isWorkingDay(d(2025, 4, 26)), "Saturday worked in 2025");
        assertFalse(SHIPPED.isWorkingDay(d(2025, 5, 2)), "Friday swapped with it");
        assertFalse(SHIPPED.isWorkingDay(d(2026, 4, 26)), "holiday on a Sunday");
        assertTrue(SHIPPED.isWorkingDay(d(2026, 2, 23)), "first day after Tết");
    }

    @Test
    void nextAndPreviousJumpOverTet() {
        assertEquals(d(2026, 2, 23), SHIPPED.next(d(2026, 2, 13)));
        assertEquals(d(2026, 2, 13), SHIPPED.previous(d(2026, 2, 23)));
        assertEquals(d(2026, 2, 23), SHIPPED.onOrAfter(d(2026, 2, 18)));
        assertEquals(d(2026, 2, 12), SHIPPED.onOrAfter(d(2026, 2, 12)));
        assertEquals(d(2025, 4, 26), SHIPPED.next(d(2025, 4, 25)), "the Saturday worked");
    }

    @Test
    void plusWorkingDaysDoesNotCountTheStart() {
        LocalDate thursday = d(2026, 3, 12);
        assertEquals(thursday, SHIPPED.plusWorkingDays(thursday, 0));
        assertEquals(d(2026, 3, 13), SHIPPED.plusWorkingDays(thursday, 1));
        assertEquals(d(2026, 3, 16), SHIPPED.plusWorkingDays(thursday, 2));
        assertEquals(d(2026, 3, 11), SHIPPED.plusWorkingDays(thursday, -1));
        // 0 keeps even a day off: the rule only asks it of a working start.
        assertEquals(d(2026, 3, 14), SHIPPED.plusWorkingDays(d(2026, 3, 14), 0));
    }

    @Test
    void workingDaysBetweenUndoesPlusWorkingDays() {
        // A Saturday, a day of Tết and an ordinary Tuesday.
        for (LocalDate start : List.of(d(2025, 12, 20), d(2026, 2, 16), d(2026, 3, 10))) {
            for (int n = -40; n <= 400; n += 3) {
                LocalDate end = SHIPPED.plusWorkingDays(start, n);
                assertEquals(n, SHIPPED.workingDaysBetween(start, end), start + " " + n);
            }
            assertEquals(0, SHIPPED.workingDaysBetween(start, start));
        }
        // Due on Friday, seen on Saturday: one working day late.
        assertEquals(-1, SHIPPED.workingDaysBetween(d(2026, 3, 14), d(2026, 3, 13)));
        // Friday before Tết to the Monday after: only the Monday counts.
        assertEquals(1, SHIPPED.workingDaysBetween(d(2026, 2, 13), d(2026, 2, 23)));
        assertEquals(-1, SHIPPED.workingDaysBetween(d(2026, 2, 23), d(2026, 2, 13)));
    }

    @Test
    void workingDaysOfAYear() {
        // 2026: 261 weekdays, less 11 weekday holidays and days off.
        assertEquals(250, SHIPPED.workingDaysBetween(d(2025, 12, 31), d(2026, 12, 31)));
        // 2025: 261 weekdays, less 12 weekday holidays and days off, plus one Saturday worked.
        assertEquals(250, SHIPPED.workingDaysBetween(d(2024, 12, 31), d(2025, 12, 31)));
    }

    @Test
    void entriesAndCoverage() {
        List<CalendarDay> days2026 = SHIPPED.entries(2026);
        assertEquals(d(2026, 1, 1), days2026.get(0).day());
        assertTrue(days2026.stream().allMatch(e -> e.day().getYear() == 2026));
        assertTrue(SHIPPED.covers(2025));
        assertTrue(SHIPPED.covers(2027));
        assertFalse(SHIPPED.covers(2028));
        assertEquals("Tết Nguyên đán", SHIPPED.entry(d(2026, 2, 17)).orElseThrow().name());
        assertTrue(SHIPPED.entry(d(2026, 2, 14)).isEmpty(), "a plain Saturday");
    }

    @Test
    void aLaterEntryForTheSameDayWins() {
        WorkingCalendar calendar = WorkingCalendar.of(List.of(
                new CalendarDay(d(2026, 3, 9), DayKind.HOLIDAY, "Nhầm"),
                new CalendarDay(d(2026, 3, 9), DayKind.HOLIDAY, "Đúng")));
        assertEquals(1, calendar.entries().size());
        assertEquals("Đúng", calendar.entry(d(2026, 3, 9)).orElseThrow().name());
    }

    @Test
    void revisionFollowsTheDaysNotTheirNamesOrOrder() {
        List<CalendarDay> days = new ArrayList<>(CalendarSeed.shipped());
        String revision = SHIPPED.revision();
        assertEquals(12, revision.length());

        List<CalendarDay> reversed = new ArrayList<>(days);
        Collections.reverse(reversed);
        assertEquals(revision, WorkingCalendar.of(reversed).revision());

        List<CalendarDay> renamed = new ArrayList<>(days);
        CalendarDay first = renamed.get(0);
        renamed.set(0, new CalendarDay(first.day(), first.kind(), "Tên khác"));
        assertEquals(revision, WorkingCalendar.of(renamed).revision());

        List<CalendarDay> more = new ArrayList<>(days);
        more.add(new CalendarDay(d(2027, 11, 24), DayKind.HOLIDAY, "Ngày Văn hóa Việt Nam"));
        assertNotEquals(revision, WorkingCalendar.of(more).revision());
        assertNotEquals(revision, WorkingCalendar.weekendsOnly().revision());
    }

    @Test
    void aCalendarWithoutWorkingDaysStopsInsteadOfLooping() {
        List<CalendarDay> allOff = new ArrayList<>();
        for (LocalDate day = d(2030, 1, 1); day.getYear() < 2032; day = day.plusDays(1)) {
            if (!WorkingCalendar.isWeekend(day)) {
                allOff.add(new CalendarDay(day, DayKind.HOLIDAY, "Nhập nhầm"));
            }
        }
        WorkingCalendar broken = WorkingCalendar.of(allOff);
        assertThrows(IllegalStateException.class, () -> broken.next(d(2030, 1, 1)));
        // A long run that still ends is walked through.
        WorkingCalendar longRun = WorkingCalendar.of(allOff.subList(0, 200));
        LocalDate after = longRun.next(d(2029, 12, 31));
        assertTrue(after.isAfter(allOff.get(199).day()));
        assertTrue(longRun.isWorkingDay(after));
    }
}
