package vn.dvcportal.report.control;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.dvcportal.report.entity.PeriodKind;

/**
 * A report job the portal knows: its name (that of its job XML), the periods it is made for,
 * and whether the nightly and the monthly timers start it. A new report is one more constant
 * here, its job XML beside the others and its own tables pointing to
 * {@link vn.dvcportal.report.entity.ReportRun}.
 *
 * @param name      job name, as in {@code META-INF/batch-jobs/<name>.xml}
 * @param labelKey  bundle key of its name for pages
 * @param periods   the kinds of period it may be started for
 * @param nightly   started every night for the day before
 * @param monthly   started on the first of every month for the month before
 */
public record ReportJob(String name, String labelKey, Set<PeriodKind> periods, boolean nightly,
        boolean monthly) {

    /** Visits, visitors, page views and sign-ins, from the access and audit logs. */
    public static final ReportJob ACCESS = new ReportJob("access-report", "report.job.access",
            EnumSet.of(PeriodKind.DAY, PeriodKind.MONTH), true, true);

    /** Every report job, in the order pages list them. */
    public static final List<ReportJob> ALL = List.of(ACCESS);

    public ReportJob {
        periods = Set.copyOf(periods);
    }

    public static Optional<ReportJob> named(String name) {
        return ALL.stream().filter(j -> j.name().equals(name)).findFirst();
    }
}
