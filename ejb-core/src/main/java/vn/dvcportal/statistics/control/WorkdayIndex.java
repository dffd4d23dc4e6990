package vn.dvcportal.statistics.control;

import java.time.LocalDate;
import java.util.Objects;
import vn.dvcportal.calendar.control.WorkingCalendar;

/**
 * {@link WorkingCalendar#workingDaysBetween} in constant time, for counting the working days of
 * every settled dossier of a period: the working days of a span of dates are numbered once, and
 * a count is the difference of two numbers. Dates outside the span are asked of the calendar.
 */
public final class WorkdayIndex {

    private final WorkingCalendar calendar;
    private final LocalDate first;
    private final long firstEpochDay;
    /** Working days from {@code first} up to and including each day of the span. */
    private final int[] ordinals;

    /** Numbers the days from {@code first} to {@code last}, both included. */
    public WorkdayIndex(WorkingCalendar calendar, LocalDate first, LocalDate last) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.first = Objects.requireNonNull(first, "first");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("Empty span " + first + ".." + last);
        }
        this.firstEpochDay = first.toEpochDay();
        this.ordinals = new int[(int) (last.toEpochDay() - firstEpochDay + 1)];
        int count = 0;
        LocalDate day = first;
        for (int i = 0; i < ordinals.length; i++, day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                count++;
            }
            ordinals[i] = count;
        }
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    /** Same result as {@link WorkingCalendar#workingDaysBetween(LocalDate, LocalDate)}. */
    public long between(LocalDate from, LocalDate to) {
        return between(from.toEpochDay(), to.toEpochDay());
    }

    /** As {@link #between(LocalDate, LocalDate)}, for days given as epoch days. */
    public long between(long from, long to) {
        // Working days after "from" up to "to"; backwards, minus those from "to" before "from".
        long a = to >= from ? from : from - 1;
        long b = to >= from ? to : to - 1;
        int ia = (int) (a - firstEpochDay);
        int ib = (int) (b - firstEpochDay);
        if (a < firstEpochDay || ia >= ordinals.length || b < firstEpochDay
                || ib >= ordinals.length) {
            return calendar.workingDaysBetween(LocalDate.ofEpochDay(from),
                    LocalDate.ofEpochDay(to));
        }
        return ordinals[ib] - ordinals[ia];
    }

    @Override
    public String toString() {
        return "WorkdayIndex[" + first + ", " + ordinals.length + " days]";
    }
}
