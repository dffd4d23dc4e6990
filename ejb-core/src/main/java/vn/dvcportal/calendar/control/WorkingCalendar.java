package vn.dvcportal.calendar.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which days the agencies work: Monday to Friday, except holidays and compensatory days off,
 * plus the Saturdays and Sundays declared worked. Immutable, so one instance may serve every
 * request until the calendar changes.
 */
public final class WorkingCalendar {

    /** Every date of the portal is a date in Viet Nam. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /**
     * Longest run of days off the rules walk through before giving up: far above any real
     * holiday, it only stops a calendar filled with days off by mistake from hanging a request.
     */
    static final int MAX_DAYS_OFF_IN_A_ROW = 366;

    private final NavigableMap<LocalDate, CalendarDay> days;
    private final String revision;

    private WorkingCalendar(NavigableMap<LocalDate, CalendarDay> days) {
        this.days = days;
        this.revision = digest(days);
    }

    /**
     * A calendar of these days; a later entry for the same date replaces an earlier one.
     */
    public static WorkingCalendar of(Collection<CalendarDay> entries) {
        NavigableMap<LocalDate, CalendarDay> map = new TreeMap<>();
        for (CalendarDay entry : entries) {
            map.put(entry.day(), entry);
        }
        return new WorkingCalendar(map);
    }

    /** A calendar with weekends only, for when no day has been declared. */
    public static WorkingCalendar weekendsOnly() {
        return of(List.of());
    }

    public static boolean isWeekend(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
    }

    /** True when the agencies work that day. */
    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        CalendarDay entry = days.get(day);
        if (entry != null) {
            return !entry.kind().isOff();
        }
        return !isWeekend(day);
    }

    /** The first working day after this one. */
    public LocalDate next(LocalDate day) {
        return step(day, 1);
    }

    /** The last working day before this one. */
    public LocalDate previous(LocalDate day) {
        return step(day, -1);
    }

    /** The day itself when it is worked, else the next working day. */
    public LocalDate onOrAfter(LocalDate day) {
        return isWorkingDay(day) ? day : next(day);
    }

    /**
     * The date {@code count} working days after a day, the day itself not counted: the next
     * working day for 1, the day itself for 0. A negative count goes back as many working days.
     */
    public LocalDate plusWorkingDays(LocalDate day, int count) {
        Objects.requireNonNull(day, "day");
        LocalDate current = day;
        int direction = count < 0 ? -1 : 1;
        for (int left = Math.abs(count); left > 0; left--) {
            current = step(current, direction);
        }
        return current;
    }

    /**
     * How many working days lie after {@code from} up to and including {@code to}: 1 from a
     * due day's eve to the due day. When {@code to} is before {@code from} the result is
     * negative, minus the working days from {@code to} included to {@code from} excluded: a
     * due day passed by that many working days. Either way
     * {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n}.
     */
    public long workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -countWorkingDays(to, from.minusDays(1));
        }
        return countWorkingDays(from.plusDays(1), to);
    }

    private long countWorkingDays(LocalDate first, LocalDate last) {
        long count = 0;
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** The declared entry of a day, if it has one. */
    public Optional<CalendarDay> entry(LocalDate day) {
        return Optional.ofNullable(days.get(day));
    }

    /** Every declared day, in date order. */
    public List<CalendarDay> entries() {
        return List.copyOf(days.values());
    }

    /** The declared days of one year, in date order. */
    public List<CalendarDay> entries(int year) {
        return List.copyOf(days.subMap(LocalDate.of(year, 1, 1), true,
                LocalDate.of(year, 12, 31), true).values());
    }

    /**
     * True when at least one holiday or day off is declared in that year. A year without any
     * has surely not been entered yet, and its due dates skip weekends only.
     */
    public boolean covers(int year) {
        return entries(year).stream().anyMatch(d -> d.kind().isOff());
    }

    /**
     * A short fingerprint of which days are off or worked: two calendars with the same
     * revision give the same due dates. Stored beside a due date, it tells whether the
     * calendar has changed since.
     */
    public String revision() {
        return revision;
    }

    private LocalDate step(LocalDate day, int direction) {
        Objects.requireNonNull(day, "day");
        LocalDate current = day.plusDays(direction);
        for (int i = 0; !isWorkingDay(current); i++) {
            if (i >= MAX_DAYS_OFF_IN_A_ROW) {
                throw new IllegalStateException("No working day within " + MAX_DAYS_OFF_IN_A_ROW
                        + " days of " + day + "; the calendar holds too many days off");
            }
            current = current.plusDays(direction);
        }
        return current;
    }

    private static String digest(Map<LocalDate, CalendarDay> days) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (CalendarDay d : days.values()) {
                sha.update((d.day() + " " + d.kind() + "\n").getBytes(StandardCharsets.US_ASCII));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "WorkingCalendar[" + days.size() + " days, " + revision + "]";
    }
}
