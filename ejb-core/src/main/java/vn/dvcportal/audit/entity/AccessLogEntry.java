package vn.dvcportal.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One served HTTP request. The table grows with every request, so it holds only what the
 * access reports need and is indexed by time alone.
 */
@Entity
@Table(name = "ACCESS_LOG", indexes = {
    @Index(name = "IX_ACCESS_LOG_AT", columnList = "REQUESTED_AT")
})
public class AccessLogEntry {

    /** Database sequence that feeds {@link #getId()}. */
    public static final String SEQUENCE = "ACCESS_LOG_SEQ";

    /** Must equal the sequence's INCREMENT BY, or ids from two nodes would overlap. */
    public static final int ID_ALLOCATION = 50;

    /** Longest user name kept, in characters. */
    public static final int USER_LENGTH = 100;

    /** Longest client address kept, in characters. */
    public static final int ADDRESS_LENGTH = 64;

    /** Longest method kept, in characters. */
    public static final int METHOD_LENGTH = 16;

    /** Longest path kept, in characters. */
    public static final int PATH_LENGTH = 1000;

    /** Longest user agent kept, in characters. */
    public static final int USER_AGENT_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "AccessLogIds", sequenceName = SEQUENCE,
            allocationSize = ID_ALLOCATION)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "AccessLogIds")
    @Column(name = "ID")
    private Long id;

    @Column(name = "REQUESTED_AT", nullable = false)
    private Instant requestedAt;

    @Column(name = "USER_NAME", length = 400)
    private String userName;

    @Column(name = "CLIENT_ADDRESS", length = 256)
    private String clientAddress;

    @Column(name = "HTTP_METHOD", nullable = false, length = 64)
    private String method;

    @Column(name = "REQUEST_PATH", nullable = false, length = 4000)
    private String path;

    @Column(name = "STATUS_CODE", nullable = false)
    private int status;

    @Column(name = "DURATION_MS", nullable = false)
    private long durationMillis;

    @Column(name = "USER_AGENT", length = 2000)
    private String userAgent;

    /** For JPA only. */
    protected AccessLogEntry() {
    }

    /** The texts are stored as given; callers shorten them to the lengths above. */
    public AccessLogEntry(Instant requestedAt, String userName, String clientAddress,
            String method, String path, int status, long durationMillis, String userAgent) {
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
        this.userName = userName;
        this.clientAddress = clientAddress;
        this.method = Objects.requireNonNull(method, "method");
        this.path = Objects.requireNonNull(path, "path");
        this.status = status;
        this.durationMillis = durationMillis;
        this.userAgent = userAgent;
    }

    public Long getId() {
        return id;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    /** Login name of the signed-in user, {@code null} for an anonymous request. */
    public String getUserName() {
        return userName;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getMethod() {
        return method;
    }

    /** The request path without its query string. */
    public String getPath() {
        return path;
    }

    public int getStatus() {
        return status;
    }

    public long getDurationMillis() {
        return durationMillis;
    }

    public String getUserAgent() {
        return userAgent;
    }

    @Override
    public String toString() {
        return "AccessLogEntry[" + id + ", " + requestedAt + " " + method + " " + path + " "
                + status + "]";
    }
}
