package vn.dvcportal.dossier.control;

import java.time.Instant;
import java.time.LocalDate;
import vn.dvcportal.calendar.control.WorkingCalendar;
import vn.dvcportal.dossier.entity.DossierStep;

/**
 * Whether a dossier is late or nearly so. Only while the agency's clock runs: a dossier waiting
 * for the applicant, or closed, is neither.
 */
public final class DueFlags {

    private DueFlags() {
    }

    public static boolean overdue(DossierStep step, Instant dueAt, Instant now) {
        return DossierStep.CLOCK_RUNNING.contains(step) && dueAt != null && dueAt.isBefore(now);
    }

    /** Due within one working day: today or on the next working day, and not yet late. */
    public static boolean nearDue(DossierStep step, Instant dueAt, Instant now,
            WorkingCalendar calendar) {
        return DossierStep.CLOCK_RUNNING.contains(step) && dueAt != null
                && !dueAt.isBefore(now) && dueAt.isBefore(nearDueLimit(now, calendar));
    }

    /** The first instant not counted as near: the end of the next working day. */
    public static Instant nearDueLimit(Instant now, WorkingCalendar calendar) {
        LocalDate today = now.atZone(WorkingCalendar.ZONE).toLocalDate();
        return calendar.next(today).plusDays(1).atStartOfDay(WorkingCalendar.ZONE).toInstant();
    }
}
