package vn.dvcportal.calendar.control;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import vn.dvcportal.calendar.entity.DayKind;

/**
 * A declared day as the administration page shows it; serializable, as the page keeps it in
 * its state between requests.
 *
 * @param updatedBy login name of whoever set the day last
 */
public record CalendarDayView(LocalDate day, DayOfWeek weekday, DayKind kind, String name,
        Instant updatedAt, String updatedBy) implements Serializable {

    /** True for a Saturday or Sunday. */
    public boolean weekend() {
        return WorkingCalendar.isWeekend(day);
    }
}
