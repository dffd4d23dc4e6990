package vn.dvcportal.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import vn.dvcportal.platform.entity.InstantConverter;

/**
 * The figures of one report job for one period. There is one row per job and period: a new run
 * of the period takes it over ({@link #takeOver}) and its old figures are deleted, so the
 * figures of a period are always those of one job instance. Writers lock the row for each chunk
 * and check that their instance still owns it, which keeps two runs from mixing their figures.
 */
@Entity
@Table(name = "REPORT_RUN", uniqueConstraints = @UniqueConstraint(name = "UQ_REPORT_RUN_PERIOD",
        columnNames = {"JOB_NAME", "PERIOD_KIND", "PERIOD_START"}))
public class ReportRun {

    public static final String SEQUENCE = "REPORT_RUN_SEQ";

    /** Must equal the sequence's INCREMENT BY. */
    public static final int ID_ALLOCATION = 50;

    @Id
    @SequenceGenerator(name = "ReportRunIds", sequenceName = SEQUENCE,
            allocationSize = ID_ALLOCATION)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ReportRunIds")
    @Column(name = "ID")
    private Long id;

    @Column(name = "JOB_NAME", nullable = false, length = 64)
    private String jobName;

    @Enumerated(EnumType.STRING)
    @Column(name = "PERIOD_KIND", nullable = false, length = 8)
    private PeriodKind periodKind;

    @Column(name = "PERIOD_START", nullable = false)
    private LocalDate periodStart;

    @Column(name = "PERIOD_END", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "INSTANCE_ID")
    private Long instanceId;

    @Column(name = "EXECUTION_ID")
    private Long executionId;

    @Column(name = "LAST_INPUT_ID")
    private Long lastInputId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    private RunStatus status;

    @Column(name = "TOTAL_ROWS", nullable = false)
    private long totalRows;

    @Column(name = "ROWS_DONE", nullable = false)
    private long rowsDone;

    @Convert(converter = InstantConverter.class)
    @Column(name = "STARTED_AT", nullable = false)
    private Instant startedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "FINISHED_AT")
    private Instant finishedAt;

    /** For JPA only. */
    protected ReportRun() {
    }

    public ReportRun(String jobName, PeriodKind kind, LocalDate start, LocalDate end) {
        this.jobName = Objects.requireNonNull(jobName, "jobName");
        this.periodKind = Objects.requireNonNull(kind, "kind");
        this.periodStart = Objects.requireNonNull(start, "start");
        this.periodEnd = Objects.requireNonNull(end, "end");
        this.status = RunStatus.RUNNING;
        this.startedAt = Instant.now();
    }

    /**
     * Makes a job instance the owner of the period, with nothing done yet.
     *
     * @param lastInput id of the last input record there is now; the instance reads no later
     *                  one, so that a restart reads exactly what the first execution would have
     * @param total     how many input records the period has up to that one
     */
    public void takeOver(long instance, long execution, Long lastInput, long total, Instant now) {
        this.instanceId = instance;
        this.executionId = execution;
        this.lastInputId = lastInput;
        this.totalRows = total;
        this.rowsDone = 0;
        this.status = RunStatus.RUNNING;
        this.startedAt = now;
        this.finishedAt = null;
    }

    /** True when this job instance owns the period's figures. */
    public boolean ownedBy(long instance) {
        return instanceId != null && instanceId == instance;
    }

    public void progress(long execution, long done) {
        this.executionId = execution;
        this.rowsDone = done;
    }

    public void complete(long execution, Instant now) {
        this.executionId = execution;
        this.rowsDone = Math.max(rowsDone, totalRows);
        this.status = RunStatus.COMPLETED;
        this.finishedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getJobName() {
        return jobName;
    }

    public PeriodKind getPeriodKind() {
        return periodKind;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public Long getInstanceId() {
        return instanceId;
    }

    public Long getExecutionId() {
        return executionId;
    }

    /** Last input record the owner reads, {@code null} when the period had none. */
    public Long getLastInputId() {
        return lastInputId;
    }

    public RunStatus getStatus() {
        return status;
    }

    public long getTotalRows() {
        return totalRows;
    }

    public long getRowsDone() {
        return rowsDone;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    @Override
    public String toString() {
        return "ReportRun[" + id + ", " + jobName + " " + periodKind + " " + periodStart + " "
                + status + "]";
    }
}
