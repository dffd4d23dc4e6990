package vn.dvcportal.audit.entity;

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
import java.time.Instant;
import java.util.Objects;

/**
 * A security event: who did what to which account, from where. Written once and never changed,
 * so it carries no version and is not cached.
 */
@Entity
@Table(name = "AUDIT_EVENT", indexes = {
    @Index(name = "IX_AUDIT_EVENT_AT", columnList = "OCCURRED_AT"),
    @Index(name = "IX_AUDIT_EVENT_ACTOR_AT", columnList = "ACTOR, OCCURRED_AT"),
    @Index(name = "IX_AUDIT_EVENT_TYPE_AT", columnList = "EVENT_TYPE, OCCURRED_AT")
})
public class AuditEvent {

    /** Database sequence that feeds {@link #getId()}. */
    public static final String SEQUENCE = "AUDIT_EVENT_SEQ";

    /** Must equal the sequence's INCREMENT BY, or ids from two nodes would overlap. */
    public static final int ID_ALLOCATION = 50;

    /** Longest actor or subject kept, in characters. */
    public static final int NAME_LENGTH = 100;

    /** Longest client address kept, in characters. */
    public static final int ADDRESS_LENGTH = 64;

    /** Longest detail kept, in characters. */
    public static final int DETAIL_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "AuditEventIds", sequenceName = SEQUENCE,
            allocationSize = ID_ALLOCATION)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "AuditEventIds")
    @Column(name = "ID")
    private Long id;

    @Column(name = "OCCURRED_AT", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "EVENT_TYPE", nullable = false, length = 40)
    private AuditEventType type;

    @Column(name = "ACTOR", length = 400)
    private String actor;

    @Column(name = "SUBJECT", length = 400)
    private String subject;

    @Column(name = "CLIENT_ADDRESS", length = 256)
    private String clientAddress;

    @Column(name = "DETAIL", length = 4000)
    private String detail;

    /** For JPA only. */
    protected AuditEvent() {
    }

    /**
     * The texts are stored as given; callers shorten them to the lengths above, which the
     * columns hold even when every character takes four bytes.
     */
    public AuditEvent(Instant occurredAt, AuditEventType type, String actor, String subject,
            String clientAddress, String detail) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.type = Objects.requireNonNull(type, "type");
        this.actor = actor;
        this.subject = subject;
        this.clientAddress = clientAddress;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public AuditEventType getType() {
        return type;
    }

    /** Login name of whoever acted, {@code null} when nobody was signed in. */
    public String getActor() {
        return actor;
    }

    /** Login name of the account acted upon, when it differs from the actor's or is known. */
    public String getSubject() {
        return subject;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getDetail() {
        return detail;
    }

    @Override
    public String toString() {
        return "AuditEvent[" + id + ", " + occurredAt + " " + type + " " + actor + "]";
    }
}
