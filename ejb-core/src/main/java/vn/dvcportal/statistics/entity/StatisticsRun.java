package vn.dvcportal.statistics.entity;

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
 * The dossier statistics of one period. There is one row per period: a new run takes it over
 * ({@link #takeOver}) and the old figures are deleted, so the figures of a period are always
 * those of one job instance. The writer locks the row for each chunk and checks that its
 * instance still owns it, which keeps two runs from mixing their figures.
 */
@Entity
@Table(name = "REPORT_DOSSIER_RUN", uniqueConstraints = @UniqueConstraint(
        name = "UQ_REPORT_DOSSIER_RUN", columnNames = {"PERIOD_KIND", "PERIOD_START"}))
public class StatisticsRun {

    public static final String SEQUENCE = "REPORT_DOSSIER_RUN_SEQ";

    /** Must equal the sequence's INCREMENT BY. */
    public static final int ID_ALLOCATION = 50;

    @Id
    @SequenceGenerator(name = "StatisticsRunIds", sequenceName = SEQUENCE,
            allocationSize = ID_ALLOCATION)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "StatisticsRunIds")
    @Column(name = "ID")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "PERIOD_KIND", nullable = false, length = 8)
    private PeriodKind periodKind;

    @Column(name = "PERIOD_START", nullable = false)
    private LocalDate periodStart;

    @Column(name = "PERIOD_END", nullable = false)
    private LocalDate periodEnd;

    @Convert(converter = InstantConverter.class)
    @Column(name = "AS_OF")
    private Instant asOf;

    @Column(name = "CALENDAR_REV", length = 40)
    private String calendarRevision;

    @Column(name = "INSTANCE_ID")
    private Long instanceId;

    @Column(name = "EXECUTION_ID")
    private Long executionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    private RunState status;

    @Column(name = "ROWS_DONE", nullable = false)
    private long rowsDone;

    @Column(name = "DOSSIERS_DONE", nullable = false)
    private long dossiersDone;

    @Convert(converter = InstantConverter.class)
    @Column(name = "STARTED_AT", nullable = false)
    private Instant startedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "FINISHED_AT")
    private Instant finishedAt;

    /** For JPA only. */
    protected StatisticsRun() {
    }

    public StatisticsRun(PeriodKind kind, LocalDate start, LocalDate end, Instant now) {
        this.periodKind = Objects.requireNonNull(kind, "kind");
        this.periodStart = Objects.requireNonNull(start, "start");
        this.periodEnd = Objects.requireNonNull(end, "end");
        this.status = RunState.RUNNING;
        this.startedAt = Objects.requireNonNull(now, "now");
    }

    /**
     * Makes a job instance the owner of the period, with nothing done yet.
     *
     * @param asOf     the moment the figures describe; a restart counts up to the same one
     * @param calendar revision of the working calendar used
     */
    public void takeOver(long instance, long execution, Instant asOf, String calendar,
            Instant now) {
        this.instanceId = instance;
        this.executionId = execution;
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.calendarRevision = calendar;
        this.rowsDone = 0;
        this.dossiersDone = 0;
        this.status = RunState.RUNNING;
        this.startedAt = now;
        this.finishedAt = null;
    }

    /** True when this job instance owns the period's figures. */
    public boolean ownedBy(long instance) {
        return instanceId != null && instanceId == instance;
    }

    /** Adds what one chunk wrote. */
    public void progress(long execution, long rows, long dossiers) {
        this.executionId = execution;
        this.rowsDone += rows;
        this.dossiersDone += dossiers;
    }

    public void complete(long execution, Instant now) {
        this.executionId = execution;
        this.status = RunState.COMPLETED;
        this.finishedAt = now;
    }

    public Long getId() {
        return id;
    }

    public PeriodKind getPeriodKind() {
        return periodKind;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    /** The day after the period. */
    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public Instant getAsOf() {
        return asOf;
    }

    public String getCalendarRevision() {
        return calendarRevision;
    }

    public Long getInstanceId() {
        return instanceId;
    }

    public Long getExecutionId() {
        return executionId;
    }

    public RunState getStatus() {
        return status;
    }

    public long getRowsDone() {
        return rowsDone;
    }

    public long getDossiersDone() {
        return dossiersDone;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    @Override
    public String toString() {
        return "StatisticsRun[" + id + ", " + periodKind + " " + periodStart + " " + status + "]";
    }
}
