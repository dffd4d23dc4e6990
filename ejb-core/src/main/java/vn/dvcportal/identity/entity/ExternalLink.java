package vn.dvcportal.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.Objects;

/**
 * An identity at an external provider (the national identity provider, by OpenID Connect)
 * known to be the same person as a local account. Once linked, the provider's stable subject
 * identifier finds the account even if the claims it sends change.
 */
@Entity
@Table(name = "EXTERNAL_LINK",
        uniqueConstraints = @UniqueConstraint(name = "UQ_EXTERNAL_LINK_KEY",
                columnNames = {"ISSUER", "SUBJECT"}),
        indexes = @Index(name = "IX_EXTERNAL_LINK_ACCOUNT", columnList = "ACCOUNT_ID"))
@NamedQueries({
    @NamedQuery(name = ExternalLink.BY_KEY,
            query = "SELECT l FROM ExternalLink l JOIN FETCH l.account"
                    + " WHERE l.issuer = :issuer AND l.subject = :subject")
})
public class ExternalLink {

    /** The link of one external identity; parameters {@code issuer}, {@code subject}. */
    public static final String BY_KEY = "ExternalLink.byKey";

    public static final String SEQUENCE = "EXTERNAL_LINK_SEQ";

    /** Must equal the sequence's INCREMENT BY, or ids from two nodes would overlap. */
    public static final int ID_ALLOCATION = 50;

    @Id
    @SequenceGenerator(name = "ExternalLinkIds", sequenceName = SEQUENCE,
            allocationSize = ID_ALLOCATION)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ExternalLinkIds")
    @Column(name = "ID")
    private Long id;

    @Column(name = "ISSUER", nullable = false, length = 500)
    private String issuer;

    @Column(name = "SUBJECT", nullable = false, length = 255)
    private String subject;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ACCOUNT_ID", nullable = false,
            foreignKey = @ForeignKey(name = "FK_EXTERNAL_LINK_ACCOUNT"))
    private Account account;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    /** For JPA only. */
    protected ExternalLink() {
    }

    public ExternalLink(String issuer, String subject, Account account, Instant createdAt) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.account = Objects.requireNonNull(account, "account");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public Long getId() {
        return id;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getSubject() {
        return subject;
    }

    public Account getAccount() {
        return account;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
