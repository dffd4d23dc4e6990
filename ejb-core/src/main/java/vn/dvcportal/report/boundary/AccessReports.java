package vn.dvcportal.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.dvcportal.identity.entity.Roles;
import vn.dvcportal.report.control.AccessReport;
import vn.dvcportal.report.control.AccessReportTables;
import vn.dvcportal.report.control.ExportFile;
import vn.dvcportal.report.control.ReportJob;
import vn.dvcportal.report.control.ReportPeriod;
import vn.dvcportal.report.control.ReportRefused;
import vn.dvcportal.report.control.ReportRuns;
import vn.dvcportal.report.control.RunSummary;
import vn.dvcportal.report.control.TableExport;
import vn.dvcportal.report.entity.AccessCount;
import vn.dvcportal.report.entity.ReportRun;
import vn.dvcportal.report.entity.RunStatus;

/**
 * The figures the access report job left, for administrators: by period, on a page or as an
 * Excel or PDF document.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM_ADMIN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AccessReports {

    /** Export formats. */
    public static final String XLSX = "xlsx";
    public static final String PDF = "pdf";

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    /** The periods with figures, newest period first. */
    public List<RunSummary> periods(int max) {
        return em.createQuery("SELECT r FROM ReportRun r WHERE r.jobName = :job"
                        + " AND r.instanceId IS NOT NULL"
                        + " ORDER BY r.periodStart DESC, r.periodKind", ReportRun.class)
                .setParameter("job", ReportJob.ACCESS.name())
                .setMaxResults(Math.max(1, Math.min(max, 1000)))
                .getResultStream()
                .map(r -> {
                    ReportPeriod p = new ReportPeriod(r.getPeriodKind(), r.getPeriodStart());
                    return new RunSummary(p.key(), p.label(),
                            r.getStatus() == RunStatus.COMPLETED, r.getFinishedAt());
                })
                .toList();
    }

    /**
     * The figures of a period; empty when no run has made any.
     *
     * @param periodKey {@code yyyy-MM-dd} or {@code yyyy-MM}
     */
    public Optional<AccessReport> report(String periodKey) {
        ReportPeriod period = period(periodKey);
        return new ReportRuns(em).find(ReportJob.ACCESS.name(), period)
                .filter(r -> r.getInstanceId() != null)
                .map(r -> AccessReport.of(period, r.getStatus() == RunStatus.COMPLETED,
                        r.getStartedAt(), r.getFinishedAt(), em.createQuery(
                                "SELECT c FROM AccessCount c WHERE c.runId = :run",
                                AccessCount.class)
                                .setParameter("run", r.getId()).getResultList()));
    }

    /**
     * The figures of a period as a document.
     *
     * @param format {@value #XLSX} or {@value #PDF}
     * @param agency the agency's name for the document's heading, or {@code null}
     */
    public ExportFile export(String periodKey, String format, String agency) {
        AccessReport report = report(periodKey).orElseThrow(() -> new ReportRefused(
                "Chưa có số liệu truy cập của kỳ này."));
        TableExport document = AccessReportTables.of(report, agency, Instant.now());
        String base = "bao-cao-truy-cap-" + report.periodKey();
        return switch (format == null ? "" : format.toLowerCase(Locale.ROOT)) {
            case XLSX -> new ExportFile(base + ".xlsx", TableExport.XLSX_TYPE, document.xlsx());
            case PDF -> new ExportFile(base + ".pdf", TableExport.PDF_TYPE, document.pdf());
            default -> throw new ReportRefused("Định dạng tệp không được hỗ trợ.");
        };
    }

    private static ReportPeriod period(String key) {
        try {
            return ReportPeriod.parse(key);
        } catch (IllegalArgumentException e) {
            throw new ReportRefused(e.getMessage());
        }
    }
}
