package vn.dvcportal.report.control;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One execution of a report job as administrators see it.
 *
 * @param status      the batch status: STARTING, STARTED, STOPPING, STOPPED, FAILED,
 *                    COMPLETED or ABANDONED
 * @param percent     how much of the input is done, 0-100; {@code null} when unknown
 * @param restartable true for the latest execution of its instance when it stopped or failed
 */
public record ReportExecution(long executionId, long instanceId, String jobName,
        String periodKey, String periodLabel, String status, String exitStatus,
        Instant created, Instant start, Instant end, List<StepFigures> steps, Integer percent,
        boolean restartable) implements Serializable {

    public ReportExecution {
        steps = List.copyOf(steps);
    }

    public boolean running() {
        return "STARTING".equals(status) || "STARTED".equals(status)
                || "STOPPING".equals(status);
    }

    public boolean stoppable() {
        return "STARTING".equals(status) || "STARTED".equals(status);
    }

    public long read() {
        return steps.stream().mapToLong(StepFigures::read).sum();
    }

    public long write() {
        return steps.stream().mapToLong(StepFigures::write).sum();
    }

    public long filter() {
        return steps.stream().mapToLong(StepFigures::filter).sum();
    }

    public long skip() {
        return steps.stream().mapToLong(StepFigures::skip).sum();
    }

    public long commit() {
        return steps.stream().mapToLong(StepFigures::commit).sum();
    }

    public long rollback() {
        return steps.stream().mapToLong(StepFigures::rollback).sum();
    }
}
