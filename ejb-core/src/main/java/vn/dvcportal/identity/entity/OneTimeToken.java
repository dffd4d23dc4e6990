package vn.dvcportal.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * A link mailed to an account's owner: to verify the address, or to set a new password. Only
 * the SHA-256 of the token is stored, so that reading the table does not give anyone a working
 * link. A token works once, before it expires.
 */
@Entity
@Table(name = "ONE_TIME_TOKEN",
        uniqueConstraints = @UniqueConstraint(name = "UQ_ONE_TIME_TOKEN_HASH",
                columnNames = "TOKEN_HASH"),
        indexes = @Index(name = "IX_ONE_TIME_TOKEN_ACCOUNT", columnList = "ACCOUNT_ID"))
@NamedQueries({
    @NamedQuery(name = OneTimeToken.BY_HASH,
            query = "SELECT t FROM OneTimeToken t"
                    + " WHERE t.tokenHash = :tokenHash AND t.purpose = :purpose"),
    @NamedQuery(name = OneTimeToken.OPEN_OF_ACCOUNT,
            query = "SELECT t FROM OneTimeToken t WHERE t.account.id = :accountId"
                    + " AND t.purpose = :purpose AND t.usedAt IS NULL"
                    + " ORDER BY t.createdAt DESC")
})
public class OneTimeToken {

    /** The token with a hash and purpose; parameters {@code tokenHash}, {@code purpose}. */
    public static final String BY_HASH = "OneTimeToken.byHash";

    /**
     * Unused tokens of an account for a purpose, newest first; parameters {@code accountId},
     * {@code purpose}.
     */
    public static final String OPEN_OF_ACCOUNT = "OneTimeToken.openOfAccount";

    public static final String SEQUENCE = "ONE_TIME_TOKEN_SEQ";

    /** Must equal the sequence's INCREMENT BY, or ids from two nodes would overlap. */
    public static final int ID_ALLOCATION = 50;

    @Id
    @SequenceGenerator(name = "OneTimeTokenIds", sequenceName = SEQUENCE,
            allocationSize = ID_ALLOCATION)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "OneTimeTokenIds")
    @Column(name = "ID")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "PURPOSE", nullable = false, length = 20)
    private TokenPurpose purpose;

    /** Lower-case hexadecimal SHA-256 of the token as mailed. */
    @Column(name = "TOKEN_HASH", nullable = false, length = 64)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ACCOUNT_ID", nullable = false,
            foreignKey = @ForeignKey(name = "FK_ONE_TIME_TOKEN_ACCOUNT"))
    private Account account;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "EXPIRES_AT", nullable = false)
    private Instant expiresAt;

    @Column(name = "USED_AT")
    private Instant usedAt;

    /** For JPA only. */
    protected OneTimeToken() {
    }

    public OneTimeToken(TokenPurpose purpose, String tokenHash, Account account,
            Instant createdAt, Instant expiresAt) {
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.account = Objects.requireNonNull(account, "account");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public Long getId() {
        return id;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Account getAccount() {
        return account;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

    /** Whether the token still works at that moment: unused and not expired. */
    public boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void markUsed(Instant now) {
        this.usedAt = Objects.requireNonNull(now, "now");
    }
}
