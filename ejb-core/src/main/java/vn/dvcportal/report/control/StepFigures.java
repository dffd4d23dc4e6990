package vn.dvcportal.report.control;

import java.io.Serializable;
import java.time.Instant;

/**
 * What one step of a job execution did, from the job repository's metrics.
 *
 * @param skip    items skipped, in reading, processing and writing together
 * @param filter  items the processor left out (access report: requests that are no page view)
 */
public record StepFigures(String step, String status, Instant start, Instant end,
        String exitStatus, long read, long write, long filter, long skip, long commit,
        long rollback) implements Serializable {
}
