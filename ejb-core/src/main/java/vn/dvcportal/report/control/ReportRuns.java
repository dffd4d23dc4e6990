package vn.dvcportal.report.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.dvcportal.report.entity.ReportRun;

/**
 * The {@link ReportRun} rows of the report jobs: which job instance owns a period's figures.
 * Used by every job's steps inside their transactions.
 */
public final class ReportRuns {

    private final EntityManager em;

    public ReportRuns(EntityManager em) {
        this.em = em;
    }

    public Optional<ReportRun> find(String jobName, ReportPeriod period) {
        return em.createQuery("SELECT r FROM ReportRun r WHERE r.jobName = :job"
                        + " AND r.periodKind = :kind AND r.periodStart = :start", ReportRun.class)
                .setParameter("job", jobName)
                .setParameter("kind", period.kind())
                .setParameter("start", period.start())
                .getResultStream().findFirst();
    }

    /**
     * Makes a job instance the owner of a period: the row is created or locked, the figures of
     * whoever owned it before are deleted, and the progress starts from nothing.
     *
     * @param figureEntities entity names of the job's figure tables, each with a
     *                       {@code runId} attribute
     */
    public ReportRun takeOver(String jobName, ReportPeriod period, long instance,
            long execution, Long lastInput, long total, List<String> figureEntities) {
        ReportRun run = find(jobName, period).orElse(null);
        if (run == null) {
            run = new ReportRun(jobName, period.kind(), period.start(), period.end());
            em.persist(run);
            em.flush();
        }
        run = em.find(ReportRun.class, run.getId(), LockModeType.PESSIMISTIC_WRITE);
        for (String entity : figureEntities) {
            em.createQuery("DELETE FROM " + entity + " f WHERE f.runId = :run")
                    .setParameter("run", run.getId())
                    .executeUpdate();
        }
        run.takeOver(instance, execution, lastInput, total, Instant.now());
        return run;
    }

    /**
     * The run a job instance owns, locked until the transaction ends, so that two runs of one
     * period never write at the same time.
     *
     * @throws RunTakenOver when another instance has taken the period over
     */
    public ReportRun lockOwned(long runId, long instance) {
        ReportRun run = em.find(ReportRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null || !run.ownedBy(instance)) {
            throw new RunTakenOver(runId, instance);
        }
        return run;
    }

    /** A job instance finds that its period's figures are no longer its own. */
    public static final class RunTakenOver extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        RunTakenOver(long runId, long instance) {
            super("Report run " + runId + " is no longer owned by job instance " + instance
                    + ": a newer run of the same period replaced its figures");
        }
    }
}
