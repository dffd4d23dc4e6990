package vn.dvcportal.statistics.control;

import java.io.Serializable;
import java.time.Instant;

/**
 * One execution of the dossier statistics job as administrators see it.
 *
 * @param status      the batch status: STARTING, STARTED, STOPPING, STOPPED, FAILED,
 *                    COMPLETED or ABANDONED
 * @param read        rows (agencies and procedures) read by the tally step
 * @param stale       shown as running but begun before this server started: the server
 *                    stopped under it, and it can only be restarted
 * @param restartable true for the latest execution of its instance when it stopped, failed or
 *                    is stale
 */
public record StatisticsExecution(long executionId, long instanceId, String periodKey,
        String periodLabel, String status, String exitStatus, Instant created, Instant start,
        Instant end, long read, long write, long commit, boolean stale, boolean restartable)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public boolean running() {
        return !stale && ("STARTING".equals(status) || "STARTED".equals(status)
                || "STOPPING".equals(status));
    }

    public boolean stoppable() {
        return !stale && ("STARTING".equals(status) || "STARTED".equals(status));
    }
}
