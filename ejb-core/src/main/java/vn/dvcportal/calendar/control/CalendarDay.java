package vn.dvcportal.calendar.control;

import java.time.LocalDate;
import java.util.Objects;
import vn.dvcportal.calendar.entity.DayKind;

/**
 * A day that departs from the ordinary week, as the rules see it.
 *
 * @param day  the date
 * @param kind holiday, compensatory day off or weekend day worked
 * @param name what the day is, e.g. "Tết Nguyên đán"
 */
public record CalendarDay(LocalDate day, DayKind kind, String name) {

    public CalendarDay {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name;
    }
}
