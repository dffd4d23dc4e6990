package vn.dvcportal.statistics.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.identity.entity.Roles;
import vn.dvcportal.statistics.control.StatisticsExecution;
import vn.dvcportal.statistics.control.StatisticsOperations;
import vn.dvcportal.statistics.control.StatisticsPeriod;
import vn.dvcportal.statistics.control.StatisticsRefused;

/**
 * The dossier statistics job for the system administrator: start it for a period, stop it,
 * restart it from its last checkpoint (also after the server stopped under it), and read the
 * history of its executions. Jobs run in the background; every method returns at once.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM_ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StatisticsJobs {

    /** Most executions {@link #executions} returns. */
    public static final int MAX_EXECUTIONS = 200;

    private static final Logger LOG = Logger.getLogger(StatisticsJobs.class.getName());

    /**
     * Starts the job for a period.
     *
     * @param periodKey {@code yyyy-MM-dd}, {@code yyyy-MM}, {@code yyyy-Qn} or {@code yyyy}
     * @return the execution id
     * @throws StatisticsRefused for a malformed or future period, or one being made
     */
    public long start(String periodKey) {
        StatisticsPeriod period;
        try {
            period = StatisticsPeriod.parse(periodKey);
        } catch (IllegalArgumentException e) {
            throw new StatisticsRefused(e.getMessage());
        }
        long id = operations().start(period, LocalDate.now(StatisticsPeriod.ZONE), null);
        LOG.log(Level.INFO, "Dossier statistics for {0} started as execution {1}",
                new Object[] {period, id});
        return id;
    }

    /** Asks a running execution to stop at its next checkpoint. */
    public void stop(long executionId) {
        operations().stop(executionId);
        LOG.log(Level.INFO, "Dossier statistics execution {0} asked to stop", executionId);
    }

    /** Restarts a stopped, failed or cut-off execution from its last checkpoint; the new id. */
    public long restart(long executionId) {
        long id = operations().restart(executionId);
        LOG.log(Level.INFO, "Dossier statistics execution {0} restarted as {1}",
                new Object[] {executionId, id});
        return id;
    }

    /** The newest executions, newest first, at most {@code max}. */
    public List<StatisticsExecution> executions(int max) {
        return operations().executions(Math.max(1, Math.min(max, MAX_EXECUTIONS)));
    }

    /** One execution. */
    public StatisticsExecution execution(long executionId) {
        return operations().describe(executionId);
    }

    private static StatisticsOperations operations() {
        return new StatisticsOperations(BatchRuntime.getJobOperator());
    }
}
