package vn.dvcportal.statistics.control;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Starting, stopping, restarting and reading the dossier statistics job through the job
 * operator, for the administrators' boundary and the timers alike. Refusals carry a Vietnamese
 * message.
 *
 * <p>An execution the job repository shows as running although it began before this server
 * started was cut off when the server stopped (a crash, a kill): it is "stale", never counted
 * as running, and may be restarted from its last checkpoint. This assumes one server per
 * database, as the timers do.
 */
public final class StatisticsOperations {

    /** The job's name, that of its job XML. */
    public static final String JOB = "dossier-statistics";

    /** The job parameter that names the period. */
    public static final String PERIOD = "period";

    /** JBeret's restart mode: restart an execution shown as running if it is not in memory. */
    static final String RESTART_MODE = "jberet.restart.mode";

    private static final Set<BatchStatus> RUNNING = EnumSet.of(BatchStatus.STARTING,
            BatchStatus.STARTED, BatchStatus.STOPPING);

    private final JobOperator operator;
    private final Instant serverStart;

    public StatisticsOperations(JobOperator operator) {
        this(operator, Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()));
    }

    StatisticsOperations(JobOperator operator, Instant serverStart) {
        this.operator = operator;
        this.serverStart = serverStart;
    }

    /**
     * Starts the job for a period.
     *
     * @param today the day it is in Viet Nam; a period that has not begun is refused
     * @param extra further job parameters (chunk size for tests), or {@code null}
     * @return the id of the new execution
     */
    public long start(StatisticsPeriod period, LocalDate today, Properties extra) {
        if (period.isAfter(today)) {
            throw new StatisticsRefused("Kỳ " + period.label() + " chưa bắt đầu.");
        }
        for (long running : running()) {
            if (period.key().equals(operator.getParameters(running).getProperty(PERIOD))) {
                throw new StatisticsRefused("Số liệu " + period.label()
                        + " đang được lập (lần chạy số " + running + ").");
            }
        }
        Properties parameters = new Properties();
        if (extra != null) {
            parameters.putAll(extra);
        }
        parameters.setProperty(PERIOD, period.key());
        return operator.start(JOB, parameters);
    }

    /** Asks a running execution to stop after its current chunk. */
    public void stop(long executionId) {
        JobExecution execution = execution(executionId);
        if (stale(execution) || (execution.getBatchStatus() != BatchStatus.STARTING
                && execution.getBatchStatus() != BatchStatus.STARTED)) {
            throw new StatisticsRefused("Lần chạy số " + executionId + " không đang chạy.");
        }
        try {
            operator.stop(executionId);
        } catch (RuntimeException e) {
            throw new StatisticsRefused("Không dừng được lần chạy số " + executionId + ".");
        }
    }

    /**
     * Restarts a stopped, failed or stale execution with its own parameters; it goes on from
     * its last checkpoint.
     *
     * @return the id of the new execution
     */
    public long restart(long executionId) {
        JobExecution execution = execution(executionId);
        BatchStatus status = execution.getBatchStatus();
        if (status != BatchStatus.STOPPED && status != BatchStatus.FAILED && !stale(execution)) {
            throw new StatisticsRefused("Chỉ chạy lại được lần chạy đã dừng, bị lỗi hoặc bị"
                    + " ngắt khi máy chủ dừng.");
        }
        if (!isLatest(execution)) {
            throw new StatisticsRefused("Lần chạy số " + executionId
                    + " đã được chạy lại; hãy chạy lại lần mới nhất.");
        }
        Properties parameters = new Properties();
        parameters.putAll(operator.getParameters(executionId));
        parameters.setProperty(RESTART_MODE, "detect");
        try {
            return operator.restart(executionId, parameters);
        } catch (JobSecurityException e) {
            throw e;
        } catch (JobRestartException e) {
            throw new StatisticsRefused("Lần chạy số " + executionId + " vẫn đang chạy.");
        } catch (RuntimeException e) {
            throw new StatisticsRefused("Không chạy lại được lần chạy số " + executionId + ": "
                    + e.getClass().getSimpleName());
        }
    }

    /** Executions shown as running that were cut off when the server last stopped. */
    public List<Long> staleExecutions() {
        List<Long> stale = new ArrayList<>();
        for (long id : runningInRepository()) {
            JobExecution e = operator.getJobExecution(id);
            if (e != null && stale(e) && isLatest(e)) {
                stale.add(id);
            }
        }
        return stale;
    }

    /** The newest executions, newest first. */
    public List<StatisticsExecution> executions(int max) {
        List<JobInstance> instances;
        try {
            instances = operator.getJobInstances(JOB, 0, max);
        } catch (NoSuchJobException e) {
            return List.of();
        }
        List<StatisticsExecution> result = new ArrayList<>();
        for (JobInstance instance : instances) {
            List<JobExecution> executions = operator.getJobExecutions(instance);
            long latest = executions.stream().mapToLong(JobExecution::getExecutionId).max()
                    .orElse(-1);
            for (JobExecution execution : executions) {
                result.add(view(execution, instance.getInstanceId(),
                        execution.getExecutionId() == latest));
            }
        }
        result.sort(Comparator.comparingLong(StatisticsExecution::executionId).reversed());
        return result.size() > max ? List.copyOf(result.subList(0, max)) : result;
    }

    /** One execution. */
    public StatisticsExecution describe(long executionId) {
        JobExecution execution = execution(executionId);
        return view(execution, operator.getJobInstance(executionId).getInstanceId(),
                isLatest(execution));
    }

    /** True for an execution shown as running that began before this server did. */
    boolean stale(JobExecution execution) {
        return RUNNING.contains(execution.getBatchStatus())
                && execution.getCreateTime() != null
                && execution.getCreateTime().toInstant().isBefore(serverStart);
    }

    private List<Long> runningInRepository() {
        try {
            return operator.getRunningExecutions(JOB);
        } catch (NoSuchJobException e) {
            return List.of();
        }
    }

    private List<Long> running() {
        List<Long> running = new ArrayList<>();
        for (long id : runningInRepository()) {
            JobExecution e = operator.getJobExecution(id);
            if (e != null && !stale(e)) {
                running.add(id);
            }
        }
        return running;
    }

    private JobExecution execution(long executionId) {
        try {
            JobExecution execution = operator.getJobExecution(executionId);
            if (execution != null && JOB.equals(execution.getJobName())) {
                return execution;
            }
        } catch (NoSuchJobExecutionException e) {
            // Answered below like an execution of another job.
        }
        throw new StatisticsRefused("Không có lần chạy số " + executionId + ".");
    }

    private boolean isLatest(JobExecution execution) {
        JobInstance instance = operator.getJobInstance(execution.getExecutionId());
        return operator.getJobExecutions(instance).stream()
                .mapToLong(JobExecution::getExecutionId).max()
                .orElse(-1) == execution.getExecutionId();
    }

    private StatisticsExecution view(JobExecution execution, long instance, boolean latest) {
        long id = execution.getExecutionId();
        String key = operator.getParameters(id).getProperty(PERIOD);
        String label = key;
        try {
            label = StatisticsPeriod.parse(key).label();
        } catch (IllegalArgumentException e) {
            // An execution started by hand with a bad period; shown as it was given.
        }
        long read = 0;
        long write = 0;
        long commit = 0;
        for (StepExecution step : operator.getStepExecutions(id)) {
            for (Metric m : step.getMetrics() == null ? new Metric[0] : step.getMetrics()) {
                switch (m.getType()) {
                    case READ_COUNT -> read += m.getValue();
                    case WRITE_COUNT -> write += m.getValue();
                    case COMMIT_COUNT -> commit += m.getValue();
                    default -> {
                        // Not shown.
                    }
                }
            }
        }
        BatchStatus status = execution.getBatchStatus();
        boolean stale = stale(execution);
        return new StatisticsExecution(id, instance, key, label, status.name(),
                execution.getExitStatus(), instant(execution.getCreateTime()),
                instant(execution.getStartTime()), instant(execution.getEndTime()), read, write,
                commit, stale, latest && (stale || status == BatchStatus.STOPPED
                        || status == BatchStatus.FAILED));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
