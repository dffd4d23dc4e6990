package vn.dvcportal.report.control;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import vn.dvcportal.report.entity.ReportRun;
import vn.dvcportal.report.entity.RunStatus;

/**
 * Starting, stopping, restarting and reading report jobs through the job operator, for the
 * administrators' boundary and the timers alike. Refusals carry a Vietnamese message.
 */
public final class ReportOperations {

    /** The job parameter that names the period. */
    public static final String PERIOD = "period";

    private final JobOperator operator;
    private final EntityManager em;

    public ReportOperations(JobOperator operator, EntityManager em) {
        this.operator = operator;
        this.em = em;
    }

    /**
     * Starts a job for a period.
     *
     * @param today the day it is in Vietnam; a period that has not begun is refused
     * @return the id of the new execution
     * @throws ReportRefused for an unknown job, a period the job is not made for, a period
     *                       in the future, or a run of the same period still going
     */
    public long start(String jobName, ReportPeriod period, LocalDate today) {
        ReportJob job = ReportJob.named(jobName).orElseThrow(
                () -> new ReportRefused("Không có báo cáo " + jobName + "."));
        if (!job.periods().contains(period.kind())) {
            throw new ReportRefused("Báo cáo này không lập theo kỳ đã chọn.");
        }
        if (period.isAfter(today)) {
            throw new ReportRefused("Kỳ báo cáo " + period.label() + " chưa bắt đầu.");
        }
        for (long running : running(jobName)) {
            if (period.key().equals(operator.getParameters(running).getProperty(PERIOD))) {
                throw new ReportRefused("Báo cáo kỳ " + period.label()
                        + " đang được lập (lần chạy số " + running + ").");
            }
        }
        Properties parameters = new Properties();
        parameters.setProperty(PERIOD, period.key());
        return operator.start(jobName, parameters);
    }

    /** Asks a running execution to stop after its current chunk. */
    public void stop(long executionId) {
        JobExecution execution = execution(executionId);
        BatchStatus status = execution.getBatchStatus();
        if (status != BatchStatus.STARTING && status != BatchStatus.STARTED) {
            throw new ReportRefused("Lần chạy số " + executionId + " không đang chạy.");
        }
        try {
            operator.stop(executionId);
        } catch (RuntimeException e) {
            throw new ReportRefused("Không dừng được lần chạy số " + executionId + ".");
        }
    }

    /**
     * Restarts a stopped or failed execution with its own parameters; it goes on from its
     * last checkpoint.
     *
     * @return the id of the new execution
     */
    public long restart(long executionId) {
        JobExecution execution = execution(executionId);
        BatchStatus status = execution.getBatchStatus();
        if (status != BatchStatus.STOPPED && status != BatchStatus.FAILED) {
            throw new ReportRefused("Chỉ chạy lại được lần chạy đã dừng hoặc bị lỗi.");
        }
        if (!isLatest(execution)) {
            throw new ReportRefused("Lần chạy số " + executionId
                    + " đã được chạy lại; hãy chạy lại lần mới nhất.");
        }
        String key = operator.getParameters(executionId).getProperty(PERIOD);
        ReportPeriod period = ReportPeriod.parse(key);
        long instance = operator.getJobInstance(executionId).getInstanceId();
        Optional<ReportRun> run = new ReportRuns(em).find(execution.getJobName(), period);
        if (run.isPresent() && run.get().getInstanceId() != null
                && !run.get().ownedBy(instance)) {
            throw new ReportRefused("Kỳ " + period.label() + " đã được lập lại bởi một lần chạy"
                    + " mới hơn; không chạy lại lần cũ.");
        }
        Properties parameters = new Properties();
        parameters.putAll(operator.getParameters(executionId));
        try {
            return operator.restart(executionId, parameters);
        } catch (JobSecurityException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ReportRefused("Không chạy lại được lần chạy số " + executionId + ": "
                    + e.getClass().getSimpleName());
        }
    }

    /** The newest executions of a job, newest first. */
    public List<ReportExecution> executions(String jobName, int max) {
        List<JobInstance> instances;
        try {
            instances = operator.getJobInstances(jobName, 0, max);
        } catch (NoSuchJobException e) {
            return List.of();
        }
        List<ReportExecution> result = new ArrayList<>();
        for (JobInstance instance : instances) {
            List<JobExecution> executions = operator.getJobExecutions(instance);
            long latest = executions.stream().mapToLong(JobExecution::getExecutionId).max()
                    .orElse(-1);
            for (JobExecution execution : executions) {
                result.add(view(execution, instance.getInstanceId(),
                        execution.getExecutionId() == latest));
            }
        }
        result.sort(Comparator.comparingLong(ReportExecution::executionId).reversed());
        return result.size() > max ? List.copyOf(result.subList(0, max)) : result;
    }

    /** One execution. */
    public ReportExecution describe(long executionId) {
        JobExecution execution = execution(executionId);
        return view(execution, operator.getJobInstance(executionId).getInstanceId(),
                isLatest(execution));
    }

    private List<Long> running(String jobName) {
        try {
            return operator.getRunningExecutions(jobName);
        } catch (NoSuchJobException e) {
            return List.of();
        }
    }

    private JobExecution execution(long executionId) {
        try {
            JobExecution execution = operator.getJobExecution(executionId);
            if (execution != null && ReportJob.named(execution.getJobName()).isPresent()) {
                return execution;
            }
        } catch (NoSuchJobExecutionException e) {
            // Answered below like an execution of another job.
        }
        throw new ReportRefused("Không có lần chạy số " + executionId + ".");
    }

    private boolean isLatest(JobExecution execution) {
        JobInstance instance = operator.getJobInstance(execution.getExecutionId());
        return operator.getJobExecutions(instance).stream()
                .mapToLong(JobExecution::getExecutionId).max()
                .orElse(-1) == execution.getExecutionId();
    }

    private ReportExecution view(JobExecution execution, long instance, boolean latest) {
        long id = execution.getExecutionId();
        String key = operator.getParameters(id).getProperty(PERIOD);
        ReportPeriod period = null;
        try {
            period = ReportPeriod.parse(key);
        } catch (IllegalArgumentException e) {
            // An execution started by hand with a bad period; shown as it was given.
        }
        List<StepFigures> steps = new ArrayList<>();
        for (StepExecution step : operator.getStepExecutions(id)) {
            steps.add(figures(step));
        }
        BatchStatus status = execution.getBatchStatus();
        return new ReportExecution(id, instance, execution.getJobName(), key,
                period == null ? key : period.label(), status.name(),
                execution.getExitStatus(), instant(execution.getCreateTime()),
                instant(execution.getStartTime()), instant(execution.getEndTime()), steps,
                percent(execution, instance, period),
                latest && (status == BatchStatus.STOPPED || status == BatchStatus.FAILED));
    }

    /** Progress from the run the instance owns; full once complete. */
    private Integer percent(JobExecution execution, long instance, ReportPeriod period) {
        if (execution.getBatchStatus() == BatchStatus.COMPLETED) {
            return 100;
        }
        if (period == null) {
            return null;
        }
        Optional<ReportRun> run = new ReportRuns(em).find(execution.getJobName(), period)
                .filter(r -> r.ownedBy(instance));
        if (run.isEmpty()) {
            return execution.getBatchStatus() == BatchStatus.STARTING ? 0 : null;
        }
        ReportRun r = run.get();
        if (r.getStatus() == RunStatus.COMPLETED) {
            return 100;
        }
        if (r.getTotalRows() == 0) {
            return 0;
        }
        // Never 100 before the last step is done.
        return (int) Math.min(99, r.getRowsDone() * 100 / r.getTotalRows());
    }

    static StepFigures figures(StepExecution step) {
        long read = 0;
        long write = 0;
        long filter = 0;
        long skip = 0;
        long commit = 0;
        long rollback = 0;
        for (Metric m : step.getMetrics() == null ? new Metric[0] : step.getMetrics()) {
            switch (m.getType()) {
                case READ_COUNT -> read = m.getValue();
                case WRITE_COUNT -> write = m.getValue();
                case FILTER_COUNT -> filter = m.getValue();
                case READ_SKIP_COUNT, PROCESS_SKIP_COUNT, WRITE_SKIP_COUNT -> skip += m.getValue();
                case COMMIT_COUNT -> commit = m.getValue();
                case ROLLBACK_COUNT -> rollback = m.getValue();
                default -> {
                    // No other metric is defined.
                }
            }
        }
        return new StepFigures(step.getStepName(), step.getBatchStatus().name(),
                instant(step.getStartTime()), instant(step.getEndTime()), step.getExitStatus(),
                read, write, filter, skip, commit, rollback);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
