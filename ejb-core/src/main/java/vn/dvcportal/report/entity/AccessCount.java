package vn.dvcportal.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * One figure of an access report: the amount of one measure (page views, visits...) in one
 * bucket of one dimension (a page, a day, an hour, a device class; "*" for the totals) in the
 * period of a {@link ReportRun}. One row per figure keeps the table open to new measures and
 * lets each chunk of the job add to exactly the figures it touched.
 */
@Entity
@Table(name = "REPORT_ACCESS_COUNT", indexes = {
    @Index(name = "IX_REPORT_COUNT_RUN", columnList = "RUN_ID, DIMENSION")
})
public class AccessCount {

    public static final String SEQUENCE = "REPORT_ACCESS_COUNT_SEQ";

    public static final int ID_ALLOCATION = 50;

    /** Longest bucket kept, in characters; the access log keeps paths up to this length. */
    public static final int BUCKET_LENGTH = 1000;

    /** The bucket of the period's totals. */
    public static final String ALL = "*";

    @Id
    @SequenceGenerator(name = "AccessCountIds", sequenceName = SEQUENCE,
            allocationSize = ID_ALLOCATION)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "AccessCountIds")
    @Column(name = "ID")
    private Long id;

    @Column(name = "RUN_ID", nullable = false)
    private long runId;

    @Enumerated(EnumType.STRING)
    @Column(name = "DIMENSION", nullable = false, length = 16)
    private AccessDimension dimension;

    @Column(name = "BUCKET", nullable = false, length = 4000)
    private String bucket;

    @Enumerated(EnumType.STRING)
    @Column(name = "MEASURE", nullable = false, length = 16)
    private AccessMeasure measure;

    @Column(name = "AMOUNT", nullable = false)
    private long amount;

    /** For JPA only. */
    protected AccessCount() {
    }

    public AccessCount(long runId, AccessDimension dimension, String bucket,
            AccessMeasure measure, long amount) {
        this.runId = runId;
        this.dimension = Objects.requireNonNull(dimension, "dimension");
        this.bucket = Objects.requireNonNull(bucket, "bucket");
        this.measure = Objects.requireNonNull(measure, "measure");
        this.amount = amount;
    }

    public void add(long more) {
        this.amount += more;
    }

    public Long getId() {
        return id;
    }

    public long getRunId() {
        return runId;
    }

    public AccessDimension getDimension() {
        return dimension;
    }

    public String getBucket() {
        return bucket;
    }

    public AccessMeasure getMeasure() {
        return measure;
    }

    public long getAmount() {
        return amount;
    }

    @Override
    public String toString() {
        return "AccessCount[" + dimension + " " + bucket + " " + measure + "=" + amount + "]";
    }
}
