package vn.dvcportal.calendar.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * When a dossier's result is due, and how that was reckoned. Kept with the dossier as it was
 * computed, so a later change of the calendar never moves a due date already announced and
 * the basis still explains it.
 *
 * @param due         17:00 of the due day, Viet Nam time
 * @param start       the day counting starts from: the receipt day, or the next working day
 *                    when the dossier came after the cut-off or on a day off
 * @param workingDays working days after the start up to the due day
 * @param skipped     the days off the calendar kept from counting, from the receipt day to the
 *                    due day, in order
 * @param basis       one line in Vietnamese that explains the due date to the applicant
 */
public record DueDate(Instant due, LocalDate start, int workingDays, List<LocalDate> skipped,
        String basis) {

    public DueDate {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(start, "start");
        skipped = List.copyOf(skipped);
        Objects.requireNonNull(basis, "basis");
    }

    /** The due day in Viet Nam. */
    public LocalDate dueDay() {
        return due.atZone(WorkingCalendar.ZONE).toLocalDate();
    }
}
