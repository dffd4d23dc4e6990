package vn.dvcportal.statistics.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.dvcportal.calendar.control.WorkingCalendar;
import vn.dvcportal.statistics.entity.StatisticsRun;

/**
 * The first and the last step of the dossier statistics job, each in a transaction of its own:
 * taking a period over (its old figures deleted), and checking and completing it. Called by
 * the job's batchlets only, which run under whatever identity started the job.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class StatisticsRuns {

    private static final Logger LOG = Logger.getLogger(StatisticsRuns.class.getName());

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/DvcDS")
    DataSource database;

    /**
     * Makes a job instance the owner of a period: the run row is created or locked, the
     * figures it had are deleted, and the moment the figures describe is fixed, so a restart
     * counts up to the same moment.
     *
     * @param calendar revision of the working calendar the job counts with
     * @return the id of the period's run
     */
    public long takeOver(StatisticsPeriod period, long instance, long execution,
            String calendar) {
        Instant now = Instant.now();
        StatisticsRun run = find(em, period).orElse(null);
        if (run == null) {
            run = new StatisticsRun(period.kind(), period.start(), period.end(), now);
            em.persist(run);
            em.flush();
        }
        run = em.find(StatisticsRun.class, run.getId(), LockModeType.PESSIMISTIC_WRITE);
        int deleted = em.createQuery("DELETE FROM DossierStatistic s WHERE s.runId = :run")
                .setParameter("run", run.getId())
                .executeUpdate();
        Instant asOf = period.isOver(now) ? period.to() : now;
        run.takeOver(instance, execution, asOf, calendar, now);
        LOG.log(Level.INFO, "Dossier statistics {0}: instance {1} takes over run {2} as of {3},"
                + " {4} old rows deleted", new Object[] {period, instance, run.getId(), asOf,
                    deleted});
        return run.getId();
    }

    /**
     * Checks the figures of the period once every row is written, and marks them complete.
     *
     * @throws IllegalStateException when a row does not add up or the rows do not hold the
     *                               dossiers the chunks counted
     */
    public void complete(StatisticsPeriod period, long instance, long execution) {
        StatisticsRun run = find(em, period)
                .map(r -> lockOwned(em, r.getId(), instance))
                .orElseThrow(() -> new IllegalStateException("No run of " + period));
        long unbalanced = em.createQuery("SELECT COUNT(s) FROM DossierStatistic s"
                        + " WHERE s.runId = :run AND s.carriedOver + s.receivedOnline"
                        + " + s.receivedDesk + s.receivedPost <> s.settledEarly"
                        + " + s.settledOnTime + s.settledLate + s.pendingOnTime"
                        + " + s.pendingOverdue + s.pausedSupplement + s.pausedPayment"
                        + " + s.withdrawn + s.returned + s.refused", Long.class)
                .setParameter("run", run.getId())
                .getSingleResult();
        if (unbalanced > 0) {
            throw new IllegalStateException("Dossier statistics " + period + ": " + unbalanced
                    + " rows where carried over + received differs from settled + in progress"
                    + " + paused + withdrawn/returned + refused");
        }
        Object[] sums = em.createQuery("SELECT COUNT(s), COALESCE(SUM(s.carriedOver"
                        + " + s.receivedOnline + s.receivedDesk + s.receivedPost), 0)"
                        + " FROM DossierStatistic s WHERE s.runId = :run", Object[].class)
                .setParameter("run", run.getId())
                .getSingleResult();
        long rows = ((Number) sums[0]).longValue();
        long dossiers = ((Number) sums[1]).longValue();
        if (rows != run.getRowsDone() || dossiers != run.getDossiersDone()) {
            throw new IllegalStateException("Dossier statistics " + period + ": the rows hold "
                    + rows + " rows and " + dossiers + " dossiers, the chunks wrote "
                    + run.getRowsDone() + " and " + run.getDossiersDone());
        }
        run.complete(execution, Instant.now());
        LOG.log(Level.INFO, "Dossier statistics {0} complete: {1} rows, {2} dossiers",
                new Object[] {period, rows, dossiers});
    }

    /**
     * Makes REPORT_WORKDAY number the working days of this calendar, in a transaction of its
     * own. Two runs may do it at once; one of them then fails on the key and tries again.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void numberWorkdays(WorkingCalendar calendar) {
        try (Connection c = database.getConnection()) {
            if (WorkdayTable.ensure(c, calendar)) {
                LOG.log(Level.INFO, "Working days numbered for calendar {0}",
                        calendar.revision());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The working days could not be numbered", e);
        }
    }

    /** The run of a period, if it was ever made. */
    public static Optional<StatisticsRun> find(EntityManager em, StatisticsPeriod period) {
        return em.createQuery("SELECT r FROM StatisticsRun r WHERE r.periodKind = :kind"
                        + " AND r.periodStart = :start", StatisticsRun.class)
                .setParameter("kind", period.kind())
                .setParameter("start", period.start())
                .getResultStream().findFirst();
    }

    /**
     * The run a job instance owns, locked until the transaction ends, so two runs of one
     * period never write at the same time.
     *
     * @throws RunTakenOver when another instance has taken the period over
     */
    public static StatisticsRun lockOwned(EntityManager em, long runId, long instance) {
        StatisticsRun run = em.find(StatisticsRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null || !run.ownedBy(instance)) {
            throw new RunTakenOver(runId, instance);
        }
        return run;
    }

    /** A job instance finds that its period's figures are no longer its own. */
    public static final class RunTakenOver extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        RunTakenOver(long runId, long instance) {
            super("Dossier statistics run " + runId + " is no longer owned by job instance "
                    + instance + ": a newer run of the same period replaced its figures");
        }
    }
}
