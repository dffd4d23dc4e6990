package vn.dvcportal.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.dvcportal.audit.entity.AccessLogEntry;
import vn.dvcportal.audit.entity.AuditEvent;
import vn.dvcportal.audit.entity.AuditEventType;
import vn.dvcportal.report.entity.AccessCount;
import vn.dvcportal.report.entity.AccessVisit;
import vn.dvcportal.report.entity.ReportRun;

/**
 * Access and audit log records of one fixed day, written straight through the persistence
 * unit, and the report rows the jobs make of them, read back the same way.
 *
 * <p>The day, 15 June 2021, had no traffic of its own. Its records cover every bucket of the
 * access report; the figures they must give are worked out by hand in {@link AccessReportIT}.
 */
@Stateless
@PermitAll
public class AccessLogFixture {

    static final LocalDate DAY = LocalDate.of(2021, 6, 15);
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    static final String DESKTOP = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
            + " (KHTML, like Gecko) Chrome/91.0.4472.106 Safari/537.36";
    static final String PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 14_6 like Mac OS X)"
            + " AppleWebKit/605.1.15 (KHTML, like Gecko) Version/14.1.1 Mobile/15E148"
            + " Safari/604.1";
    static final String TABLET = "Mozilla/5.0 (iPad; CPU OS 14_6 like Mac OS X)"
            + " AppleWebKit/605.1.15 (KHTML, like Gecko) Version/14.1.1 Mobile/15E148"
            + " Safari/604.1";
    static final String CRAWLER = "Mozilla/5.0 (compatible; Googlebot/2.1;"
            + " +http://www.google.com/bot.html)";

    /** One access log record: local time on {@link #DAY} unless a day offset is given. */
    record Line(int dayOffset, String time, String address, String agent, String method,
            String path, int status) {

        AccessLogEntry entry() {
            Instant at = LocalDateTime.of(DAY.plusDays(dayOffset), LocalTime.parse(time))
                    .atZone(VIETNAM).toInstant();
            return new AccessLogEntry(at, null, address, method, path, status, 5, agent);
        }
    }

    /**
     * The records, in the order they are written, which is deliberately not the order of time:
     * ids follow the writing order and the job reads by id.
     */
    static final List<Line> LINES = List.of(
            new Line(0, "09:10:00", "192.0.2.1", DESKTOP, "GET", "/thu-tuc", 200),
            new Line(0, "12:45:00", "192.0.2.3", TABLET, "GET", "/thu-tuc/", 200),
            new Line(0, "08:00:00", "192.0.2.1", DESKTOP, "GET", "/", 200),
            new Line(0, "00:25:00", "192.0.2.2", PHONE, "GET", "/khong-co", 404),
            new Line(-1, "23:59:59", "192.0.2.1", DESKTOP, "GET", "/", 200),
            new Line(0, "08:39:59", "192.0.2.1", DESKTOP, "GET", "/thu-tuc/1.001193", 200),
            new Line(0, "10:00:00", null, DESKTOP, "GET", "/", 200),
            new Line(0, "03:00:10", "192.0.2.4", CRAWLER, "GET", "/thu-tuc/1.001193", 200),
            new Line(0, "08:00:01", "192.0.2.1", DESKTOP, "GET", "/resources/css/portal.css",
                    200),
            new Line(0, "23:59:00", "192.0.2.1", DESKTOP, "GET", "/hoi-dap", 200),
            new Line(0, "00:00:00", "192.0.2.2", PHONE, "GET", "/", 200),
            new Line(0, "15:30:00", "192.0.2.5", null, "GET", "/gioi-thieu", 200),
            new Line(0, "09:10:05", "192.0.2.1", DESKTOP, "POST", "/dang-nhap", 302),
            new Line(1, "00:00:00", "192.0.2.1", DESKTOP, "GET", "/", 200),
            new Line(0, "03:00:00", "192.0.2.4", CRAWLER, "GET", "/sitemap.xml", 200),
            new Line(0, "12:00:00", "192.0.2.3", TABLET, "GET", "/thu-tuc", 200),
            new Line(0, "10:00:01", "192.0.2.9", DESKTOP, "OPTIONS", "*", 200),
            new Line(0, "00:20:00", "192.0.2.2", PHONE, "GET", "/tra-cuu-ho-so", 200),
            new Line(0, "08:10:00", "192.0.2.1", DESKTOP, "GET", "/thu-tuc", 200));

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    /** Writes the records once; later calls find them there. */
    public void seed() {
        Instant from = DAY.minusDays(1).atStartOfDay(VIETNAM).toInstant();
        Instant to = DAY.plusDays(2).atStartOfDay(VIETNAM).toInstant();
        long present = em.createQuery("SELECT COUNT(e) FROM AccessLogEntry e"
                        + " WHERE e.requestedAt >= :from AND e.requestedAt < :to", Long.class)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        if (present > 0) {
            return;
        }
        for (Line line : LINES) {
            em.persist(line.entry());
            // One at a time, so the ids follow the list.
            em.flush();
        }
        audit(0, "07:00", AuditEventType.SIGN_IN_SUCCEEDED);
        audit(0, "08:30", AuditEventType.SIGN_IN_SUCCEEDED);
        audit(0, "21:00", AuditEventType.SIGN_IN_SUCCEEDED);
        audit(0, "09:00", AuditEventType.EXTERNAL_SIGN_IN);
        audit(0, "09:05", AuditEventType.SIGN_IN_FAILED);
        audit(-1, "22:00", AuditEventType.SIGN_IN_SUCCEEDED);
    }

    private void audit(int dayOffset, String time, AuditEventType type) {
        Instant at = LocalDateTime.of(DAY.plusDays(dayOffset), LocalTime.parse(time))
                .atZone(VIETNAM).toInstant();
        em.persist(new AuditEvent(at, type, "it.report", "it.report", "192.0.2.1", null));
    }

    /** The run of a job and period, or null. */
    public ReportRun run(String job, LocalDate start) {
        return em.createQuery("SELECT r FROM ReportRun r WHERE r.jobName = :job"
                        + " AND r.periodStart = :start", ReportRun.class)
                .setParameter("job", job).setParameter("start", start)
                .getResultStream().findFirst().orElse(null);
    }

    /** Every figure of a run as "DIMENSION|bucket|MEASURE" to amount. */
    public Map<String, Long> figures(long runId) {
        Map<String, Long> figures = new TreeMap<>();
        for (AccessCount c : em.createQuery("SELECT c FROM AccessCount c WHERE c.runId = :run",
                AccessCount.class).setParameter("run", runId).getResultList()) {
            Long before = figures.put(c.getDimension() + "|" + c.getBucket() + "|"
                    + c.getMeasure(), c.getAmount());
            if (before != null) {
                throw new IllegalStateException("Two rows for one figure: " + c);
            }
        }
        return figures;
    }

    /** The visits of a run as "visitor-prefix start..end views", sorted. */
    public List<String> visits(long runId) {
        return em.createQuery("SELECT v FROM AccessVisit v WHERE v.runId = :run",
                        AccessVisit.class).setParameter("run", runId).getResultStream()
                .map(v -> v.getVisitor().substring(0, 12) + " " + v.getDevice() + " "
                        + v.getStartedAt() + ".." + v.getEndedAt() + " " + v.getPageViews())
                .sorted()
                .toList();
    }
}
