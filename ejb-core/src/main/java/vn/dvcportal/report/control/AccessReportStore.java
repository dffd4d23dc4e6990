package vn.dvcportal.report.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.audit.entity.AuditEventType;
import vn.dvcportal.report.entity.AccessCount;
import vn.dvcportal.report.entity.AccessDimension;
import vn.dvcportal.report.entity.AccessMeasure;
import vn.dvcportal.report.entity.DeviceClass;
import vn.dvcportal.report.entity.ReportRun;

/**
 * The first and the last step of the access report, each in a transaction of its own: taking
 * the period over (its old figures deleted), and the figures that come from the visits and the
 * audit log once every page view is counted. Both may run again and give the same result.
 * Called by the job's batchlets only, which run under whatever identity started the job.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class AccessReportStore {

    /** The tables whose rows are the figures of an access report run. */
    public static final List<String> FIGURES = List.of("AccessCount", "AccessVisit");

    /** Ways of signing in, as the SIGN_IN buckets name them. */
    public static final String PASSWORD = "PASSWORD";
    public static final String NATIONAL = "NATIONAL";

    private static final Logger LOG = Logger.getLogger(AccessReportStore.class.getName());

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    /**
     * Takes the period over for a job instance and deletes the figures it had. The access log
     * records the instance will read are fixed now: those of the period up to the last id.
     *
     * @return the id of the period's run
     */
    public long prepare(String jobName, ReportPeriod period, long instance, long execution) {
        Object[] input = em.createQuery("SELECT MAX(e.id), COUNT(e) FROM AccessLogEntry e"
                        + " WHERE e.requestedAt >= :from AND e.requestedAt < :to", Object[].class)
                .setParameter("from", period.from())
                .setParameter("to", period.to())
                .getSingleResult();
        Long lastInput = input[0] == null ? null : ((Number) input[0]).longValue();
        long total = input[1] == null ? 0 : ((Number) input[1]).longValue();
        ReportRun run = new ReportRuns(em).takeOver(jobName, period, instance, execution,
                lastInput, total, FIGURES);
        // The counters that chunks and the skip listener add to must exist from the start.
        em.persist(new AccessCount(run.getId(), AccessDimension.TOTAL, AccessCount.ALL,
                AccessMeasure.PAGE_VIEWS, 0));
        em.persist(new AccessCount(run.getId(), AccessDimension.TOTAL, AccessCount.ALL,
                AccessMeasure.SKIPPED, 0));
        LOG.log(Level.INFO, "Access report {0}: instance {1} takes over run {2}, {3} records",
                new Object[] {period, instance, run.getId(), total});
        return run.getId();
    }

    /**
     * Writes the figures of the visits and the sign-ins, replacing any written before, and
     * marks the run complete.
     */
    public void summarise(String jobName, ReportPeriod period, long instance, long execution) {
        ReportRuns runs = new ReportRuns(em);
        ReportRun run = runs.find(jobName, period)
                .map(r -> runs.lockOwned(r.getId(), instance))
                .orElseThrow(() -> new IllegalStateException("No run of " + period));
        long id = run.getId();
        em.createQuery("DELETE FROM AccessCount c WHERE c.runId = :run"
                        + " AND c.measure IN :measures")
                .setParameter("run", id)
                .setParameter("measures", List.of(AccessMeasure.REQUESTS, AccessMeasure.VISITS,
                        AccessMeasure.VISITORS, AccessMeasure.SIGN_INS))
                .executeUpdate();

        long requests = run.getLastInputId() == null ? 0 : em.createQuery(
                        "SELECT COUNT(e) FROM AccessLogEntry e WHERE e.id <= :last"
                        + " AND e.requestedAt >= :from AND e.requestedAt < :to", Long.class)
                .setParameter("last", run.getLastInputId())
                .setParameter("from", period.from())
                .setParameter("to", period.to())
                .getSingleResult();
        put(id, AccessDimension.TOTAL, AccessCount.ALL, AccessMeasure.REQUESTS, requests);

        Object[] totals = em.createQuery("SELECT COUNT(v), COUNT(DISTINCT v.visitor)"
                + " FROM AccessVisit v WHERE v.runId = :run", Object[].class)
                .setParameter("run", id).getSingleResult();
        put(id, AccessDimension.TOTAL, AccessCount.ALL, AccessMeasure.VISITS, number(totals[0]));
        put(id, AccessDimension.TOTAL, AccessCount.ALL, AccessMeasure.VISITORS,
                number(totals[1]));

        for (Object[] row : em.createQuery("SELECT v.device, COUNT(v), COUNT(DISTINCT v.visitor)"
                + " FROM AccessVisit v WHERE v.runId = :run GROUP BY v.device", Object[].class)
                .setParameter("run", id).getResultList()) {
            String device = ((DeviceClass) row[0]).name();
            put(id, AccessDimension.DEVICE, device, AccessMeasure.VISITS, number(row[1]));
            put(id, AccessDimension.DEVICE, device, AccessMeasure.VISITORS, number(row[2]));
        }
        for (Object[] row : em.createQuery("SELECT v.startDay, COUNT(v),"
                + " COUNT(DISTINCT v.visitor) FROM AccessVisit v WHERE v.runId = :run"
                + " GROUP BY v.startDay", Object[].class)
                .setParameter("run", id).getResultList()) {
            String day = ((LocalDate) row[0]).toString();
            put(id, AccessDimension.DAY, day, AccessMeasure.VISITS, number(row[1]));
            put(id, AccessDimension.DAY, day, AccessMeasure.VISITORS, number(row[2]));
        }
        for (Object[] row : em.createQuery("SELECT v.startHour, COUNT(v) FROM AccessVisit v"
                + " WHERE v.runId = :run GROUP BY v.startHour", Object[].class)
                .setParameter("run", id).getResultList()) {
            put(id, AccessDimension.HOUR, AccessTally.hour(((Number) row[0]).intValue()),
                    AccessMeasure.VISITS, number(row[1]));
        }

        long password = signIns(AuditEventType.SIGN_IN_SUCCEEDED, period);
        long national = signIns(AuditEventType.EXTERNAL_SIGN_IN, period);
        put(id, AccessDimension.TOTAL, AccessCount.ALL, AccessMeasure.SIGN_INS,
                password + national);
        put(id, AccessDimension.SIGN_IN, PASSWORD, AccessMeasure.SIGN_INS, password);
        put(id, AccessDimension.SIGN_IN, NATIONAL, AccessMeasure.SIGN_INS, national);

        run.complete(execution, Instant.now());
        LOG.log(Level.INFO, "Access report {0} complete: {1} requests, {2} visits",
                new Object[] {period, requests, totals[0]});
    }

    private long signIns(AuditEventType type, ReportPeriod period) {
        return em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE e.type = :type"
                        + " AND e.occurredAt >= :from AND e.occurredAt < :to", Long.class)
                .setParameter("type", type)
                .setParameter("from", period.from())
                .setParameter("to", period.to())
                .getSingleResult();
    }

    private void put(long run, AccessDimension dimension, String bucket, AccessMeasure measure,
            long amount) {
        em.persist(new AccessCount(run, dimension, bucket, measure, amount));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
