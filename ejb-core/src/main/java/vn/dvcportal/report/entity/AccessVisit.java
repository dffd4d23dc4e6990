package vn.dvcportal.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import vn.dvcportal.platform.entity.InstantConverter;

/**
 * One visit found in the access log: the page views of one visitor whose gaps are all under
 * the visit gap. While the job runs, these rows are its state: each chunk merges its page views
 * into them in the same transaction as its checkpoint, so a restart finds them exactly as the
 * checkpoint left them.
 */
@Entity
@Table(name = "REPORT_ACCESS_VISIT", indexes = {
    @Index(name = "IX_REPORT_VISIT_VISITOR", columnList = "RUN_ID, VISITOR")
})
public class AccessVisit {

    public static final String SEQUENCE = "REPORT_ACCESS_VISIT_SEQ";

    public static final int ID_ALLOCATION = 50;

    /** Days and hours of visits are those of Vietnam, whatever the server's zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Id
    @SequenceGenerator(name = "AccessVisitIds", sequenceName = SEQUENCE,
            allocationSize = ID_ALLOCATION)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "AccessVisitIds")
    @Column(name = "ID")
    private Long id;

    @Column(name = "RUN_ID", nullable = false)
    private long runId;

    @Column(name = "VISITOR", nullable = false, length = 64)
    private String visitor;

    @Enumerated(EnumType.STRING)
    @Column(name = "DEVICE", nullable = false, length = 16)
    private DeviceClass device;

    @Convert(converter = InstantConverter.class)
    @Column(name = "STARTED_AT", nullable = false)
    private Instant startedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "ENDED_AT", nullable = false)
    private Instant endedAt;

    @Column(name = "START_DAY", nullable = false)
    private LocalDate startDay;

    @Column(name = "START_HOUR", nullable = false)
    private int startHour;

    @Column(name = "PAGE_VIEWS", nullable = false)
    private int pageViews;

    /** For JPA only. */
    protected AccessVisit() {
    }

    public AccessVisit(long runId, String visitor, DeviceClass device, Instant startedAt,
            Instant endedAt, int pageViews) {
        this.runId = runId;
        this.visitor = Objects.requireNonNull(visitor, "visitor");
        this.device = Objects.requireNonNull(device, "device");
        this.endedAt = Objects.requireNonNull(endedAt, "endedAt");
        start(startedAt);
        this.pageViews = pageViews;
    }

    /** Takes the span of a merged visit. */
    public void reshape(Instant start, Instant end, int views) {
        start(start);
        this.endedAt = end;
        this.pageViews = views;
    }

    /** The start, with its day and hour in Vietnam, which the report groups by. */
    private void start(Instant at) {
        this.startedAt = Objects.requireNonNull(at, "startedAt");
        ZonedDateTime local = at.atZone(ZONE);
        this.startDay = local.toLocalDate();
        this.startHour = local.getHour();
    }

    public Long getId() {
        return id;
    }

    public long getRunId() {
        return runId;
    }

    public String getVisitor() {
        return visitor;
    }

    public DeviceClass getDevice() {
        return device;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public LocalDate getStartDay() {
        return startDay;
    }

    public int getStartHour() {
        return startHour;
    }

    public int getPageViews() {
        return pageViews;
    }

    @Override
    public String toString() {
        return "AccessVisit[" + visitor.substring(0, Math.min(8, visitor.length())) + " "
                + startedAt + ".." + endedAt + " " + pageViews + "]";
    }
}
