package vn.dvcportal.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * Whoever signs in: a citizen, a business or an official. The login name is the personal
 * identification number of a citizen, the tax code of a business and a user name chosen by an
 * administrator for an official; e-mail addresses are stored in lower case and, like login
 * names, belong to one account only.
 *
 * <p>The profile fields of the other kinds stay empty: a citizen has no business profile, an
 * official usually has no address. The display name is a person's full name or a business's
 * registered name.
 */
@Entity
@Table(name = "ACCOUNT", uniqueConstraints = {
    @UniqueConstraint(name = "UQ_ACCOUNT_LOGIN_NAME", columnNames = "LOGIN_NAME"),
    @UniqueConstraint(name = "UQ_ACCOUNT_EMAIL", columnNames = "EMAIL"),
    @UniqueConstraint(name = "UQ_ACCOUNT_PERSONAL_ID", columnNames = "PERSONAL_ID"),
    @UniqueConstraint(name = "UQ_ACCOUNT_TAX_CODE", columnNames = "TAX_CODE")
})
@NamedQueries({
    @NamedQuery(name = Account.BY_LOGIN_NAME,
            query = "SELECT a FROM Account a WHERE a.loginName = :loginName"),
    @NamedQuery(name = Account.BY_EMAIL,
            query = "SELECT a FROM Account a WHERE a.email = :email"),
    @NamedQuery(name = Account.BY_PERSONAL_ID,
            query = "SELECT a FROM Account a WHERE a.citizen.personalId = :personalId"),
    @NamedQuery(name = Account.BY_TAX_CODE,
            query = "SELECT a FROM Account a WHERE a.business.taxCode = :taxCode")
})
public class Account {

    /** The account with a login name; parameter {@code loginName}. */
    public static final String BY_LOGIN_NAME = "Account.byLoginName";

    /** The account with an e-mail address, in lower case; parameter {@code email}. */
    public static final String BY_EMAIL = "Account.byEmail";

    /** The citizen with a personal identification number; parameter {@code personalId}. */
    public static final String BY_PERSONAL_ID = "Account.byPersonalId";

    /** The business with a tax code in its written form; parameter {@code taxCode}. */
    public static final String BY_TAX_CODE = "Account.byTaxCode";

    public static final String SEQUENCE = "ACCOUNT_SEQ";

    /** Must equal the sequence's INCREMENT BY, or ids from two nodes would overlap. */
    public static final int ID_ALLOCATION = 50;

    @Id
    @SequenceGenerator(name = "AccountIds", sequenceName = SEQUENCE,
            allocationSize = ID_ALLOCATION)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "AccountIds")
    @Column(name = "ID")
    private Long id;

    @Column(name = "LOGIN_NAME", nullable = false, length = 100)
    private String loginName;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 10)
    private AccountKind kind;

    @Column(name = "DISPLAY_NAME", nullable = false, length = 600)
    private String displayName;

    @Column(name = "EMAIL", length = 254)
    private String email;

    @Column(name = "EMAIL_VERIFIED", nullable = false)
    private boolean emailVerified;

    @Column(name = "PHONE", length = 20)
    private String phone;

    /** Empty until an official sets a password through the link mailed to them. */
    @Column(name = "PASSWORD_HASH", length = 200)
    private String passwordHash;

    @Column(name = "FAILED_SIGN_INS", nullable = false)
    private int failedSignIns;

    @Column(name = "LOCKED_UNTIL")
    private Instant lockedUntil;

    @Column(name = "SESSION_EPOCH", nullable = false)
    private int sessionEpoch;

    @Column(name = "ENABLED", nullable = false)
    private boolean enabled = true;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Embedded
    private CitizenProfile citizen;

    @Embedded
    private BusinessProfile business;

    @Embedded
    private Address address;

    @Version
    @Column(name = "VERSION", nullable = false)
    private int version;

    /** For JPA only. */
    protected Account() {
    }

    private Account(AccountKind kind, String loginName, String displayName, String email,
            String phone, String passwordHash, Instant createdAt) {
        this.kind = kind;
        this.loginName = Objects.requireNonNull(loginName, "loginName");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.email = email;
        this.phone = phone;
        this.passwordHash = passwordHash;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A citizen's account, signing in with the personal identification number. */
    public static Account citizen(CitizenProfile profile, String fullName, String email,
            String phone, Address address, String passwordHash, Instant createdAt) {
        Account a = new Account(AccountKind.CITIZEN, profile.getPersonalId(), fullName,
                Objects.requireNonNull(email, "email"), phone, passwordHash, createdAt);
        a.citizen = profile;
        a.address = address;
        return a;
    }

    /** A business's account, signing in with its tax code. */
    public static Account business(BusinessProfile profile, String name, String email,
            String phone, Address address, String passwordHash, Instant createdAt) {
        Account a = new Account(AccountKind.BUSINESS, profile.getTaxCode(), name,
                Objects.requireNonNull(email, "email"), phone, passwordHash, createdAt);
        a.business = profile;
        a.address = address;
        return a;
    }

    /**
     * An official's account. An administrator vouches for the address, so it counts as
     * verified.
     */
    public static Account official(String loginName, String fullName, String email,
            String phone, String passwordHash, Instant createdAt) {
        Account a = new Account(AccountKind.OFFICIAL, loginName, fullName, email, phone,
                passwordHash, createdAt);
        a.emailVerified = true;
        return a;
    }

    public Long getId() {
        return id;
    }

    public String getLoginName() {
        return loginName;
    }

    public AccountKind getKind() {
        return kind;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = Objects.requireNonNull(displayName, "displayName");
    }

    /** Lower case; {@code null} only for an official who has none, such as the first admin. */
    public String getEmail() {
        return email;
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }

    public void markEmailVerified() {
        this.emailVerified = true;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    /** {@code pbkdf2-sha256$iterations$salt$hash}, or {@code null} while none was set. */
    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** Consecutive failed sign-ins since the last success or the end of the last lock. */
    public int getFailedSignIns() {
        return failedSignIns;
    }

    public void setFailedSignIns(int failedSignIns) {
        this.failedSignIns = failedSignIns;
    }

    /** Until when sign-in is refused; {@code null} or past when not locked. */
    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public void setLockedUntil(Instant lockedUntil) {
        this.lockedUntil = lockedUntil;
    }

    /**
     * Sessions started under an older epoch are no longer valid: raised by signing out
     * everywhere, a new password, new roles or disabling.
     */
    public int getSessionEpoch() {
        return sessionEpoch;
    }

    public void endAllSessions() {
        sessionEpoch++;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The citizen's profile; {@code null} for other kinds. */
    public CitizenProfile getCitizen() {
        return citizen;
    }

    public void setCitizen(CitizenProfile citizen) {
        this.citizen = citizen;
    }

    /** The business's profile; {@code null} for other kinds. */
    public BusinessProfile getBusiness() {
        return business;
    }

    public void setBusiness(BusinessProfile business) {
        this.business = business;
    }

    /** Where a citizen lives or a business has its seat; {@code null} for most officials. */
    public Address getAddress() {
        return address;
    }

    public void setAddress(Address address) {
        this.address = address;
    }

    @Override
    public String toString() {
        return "Account[" + id + ", " + kind + ", " + loginName + "]";
    }
}
