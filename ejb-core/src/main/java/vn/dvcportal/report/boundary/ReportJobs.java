package vn.dvcportal.report.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.identity.entity.Roles;
import vn.dvcportal.report.control.ReportExecution;
import vn.dvcportal.report.control.ReportJob;
import vn.dvcportal.report.control.ReportOperations;
import vn.dvcportal.report.control.ReportPeriod;
import vn.dvcportal.report.control.ReportRefused;

/**
 * The report jobs for administrators: start one for a day or a month, stop it, restart it
 * from its last checkpoint, and read the history of their executions with their progress and
 * the counts of each step. Jobs run in the background; every method returns at once.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM_ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReportJobs {

    /** Most executions {@link #executions} returns. */
    public static final int MAX_EXECUTIONS = 200;

    private static final Logger LOG = Logger.getLogger(ReportJobs.class.getName());

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    /** The report jobs there are, in the order pages list them. */
    public List<ReportJob> jobs() {
        return ReportJob.ALL;
    }

    /**
     * Starts a job for a period.
     *
     * @param periodKey {@code yyyy-MM-dd} or {@code yyyy-MM}
     * @return the execution id
     * @throws ReportRefused when the job, the period or the moment does not allow it
     */
    public long start(String jobName, String periodKey) {
        ReportPeriod period;
        try {
            period = ReportPeriod.parse(periodKey);
        } catch (IllegalArgumentException e) {
            throw new ReportRefused(e.getMessage());
        }
        long id = operations().start(jobName, period, LocalDate.now(ReportPeriod.ZONE));
        LOG.log(Level.INFO, "Report {0} for {1} started as execution {2}",
                new Object[] {jobName, period, id});
        return id;
    }

    /** Asks a running execution to stop at its next checkpoint. */
    public void stop(long executionId) {
        operations().stop(executionId);
        LOG.log(Level.INFO, "Report execution {0} asked to stop", executionId);
    }

    /** Restarts a stopped or failed execution from its last checkpoint; the new id. */
    public long restart(long executionId) {
        long id = operations().restart(executionId);
        LOG.log(Level.INFO, "Report execution {0} restarted as {1}",
                new Object[] {executionId, id});
        return id;
    }

    /** The newest executions of a job, newest first, at most {@code max}. */
    public List<ReportExecution> executions(String jobName, int max) {
        if (ReportJob.named(jobName).isEmpty()) {
            throw new ReportRefused("Không có báo cáo " + jobName + ".");
        }
        return operations().executions(jobName, Math.max(1, Math.min(max, MAX_EXECUTIONS)));
    }

    /** One execution. */
    public ReportExecution execution(long executionId) {
        return operations().describe(executionId);
    }

    private ReportOperations operations() {
        return new ReportOperations(BatchRuntime.getJobOperator(), em);
    }
}
