package vn.dvcportal.identity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Where an official works and what they may do there: their unit, the agency at its root and
 * their roles. An official has one posting. The system administrator's posting may name no
 * agency at all, since that role spans every agency.
 */
@Entity
@Table(name = "OFFICIAL_POSTING",
        uniqueConstraints = @UniqueConstraint(name = "UQ_OFFICIAL_POSTING_ACCOUNT",
                columnNames = "ACCOUNT_ID"),
        indexes = {
            @Index(name = "IX_OFFICIAL_POSTING_AGENCY", columnList = "AGENCY_ID"),
            @Index(name = "IX_OFFICIAL_POSTING_UNIT", columnList = "UNIT_ID")
        })
@NamedQueries({
    @NamedQuery(name = OfficialPosting.OF_ACCOUNT,
            query = "SELECT p FROM OfficialPosting p WHERE p.account.id = :accountId"),
    @NamedQuery(name = OfficialPosting.IN_AGENCY,
            query = "SELECT p FROM OfficialPosting p JOIN FETCH p.account a"
                    + " WHERE p.agency.id = :agencyId ORDER BY a.loginName"),
    @NamedQuery(name = OfficialPosting.ALL,
            query = "SELECT p FROM OfficialPosting p JOIN FETCH p.account a"
                    + " ORDER BY a.loginName")
})
public class OfficialPosting {

    /** The posting of an account; parameter {@code accountId}. */
    public static final String OF_ACCOUNT = "OfficialPosting.ofAccount";

    /** Postings in an agency with their accounts, by login name; parameter {@code agencyId}. */
    public static final String IN_AGENCY = "OfficialPosting.inAgency";

    /** Every posting with its account, by login name. */
    public static final String ALL = "OfficialPosting.all";

    public static final String SEQUENCE = "OFFICIAL_POSTING_SEQ";

    /** Must equal the sequence's INCREMENT BY, or ids from two nodes would overlap. */
    public static final int ID_ALLOCATION = 50;

    @Id
    @SequenceGenerator(name = "OfficialPostingIds", sequenceName = SEQUENCE,
            allocationSize = ID_ALLOCATION)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "OfficialPostingIds")
    @Column(name = "ID")
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ACCOUNT_ID", nullable = false,
            foreignKey = @ForeignKey(name = "FK_OFFICIAL_POSTING_ACCOUNT"))
    private Account account;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "AGENCY_ID", foreignKey = @ForeignKey(name = "FK_OFFICIAL_POSTING_AGENCY"))
    private OrgUnit agency;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "UNIT_ID", foreignKey = @ForeignKey(name = "FK_OFFICIAL_POSTING_UNIT"))
    private OrgUnit unit;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "OFFICIAL_ROLE", joinColumns = @JoinColumn(name = "POSTING_ID"),
            foreignKey = @ForeignKey(name = "FK_OFFICIAL_ROLE_POSTING"))
    @Column(name = "ROLE_NAME", nullable = false, length = 30)
    private Set<String> roles = new HashSet<>();

    @Version
    @Column(name = "VERSION", nullable = false)
    private int version;

    /** For JPA only. */
    protected OfficialPosting() {
    }

    /**
     * Posts an official in a unit, the agency being the unit's root; without a unit, the
     * official belongs to no agency.
     */
    public OfficialPosting(Account account, OrgUnit unit, Set<String> roles) {
        this.account = Objects.requireNonNull(account, "account");
        place(unit);
        this.roles.addAll(roles);
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    /** The agency at the root of the unit; {@code null} for an official of no agency. */
    public OrgUnit getAgency() {
        return agency;
    }

    /** The department (or the agency itself) the official works in. */
    public OrgUnit getUnit() {
        return unit;
    }

    public void moveTo(OrgUnit unit) {
        place(unit);
    }

    /** The posting roles, without {@link Roles#OFFICIAL} which every official has. */
    public Set<String> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public void setRoles(Set<String> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    private void place(OrgUnit unit) {
        this.unit = unit;
        this.agency = unit == null ? null : unit.agency();
    }

    @Override
    public String toString() {
        return "OfficialPosting[" + id + ", " + account + ", " + roles + "]";
    }
}
