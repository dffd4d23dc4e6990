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
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A unit of the organisation tree: an agency at the root (a department of a province, a
 * ministry's office) and its departments below it. What an official may see and do is bounded
 * by the agency at the root of their unit.
 */
@Entity
@Table(name = "ORG_UNIT",
        uniqueConstraints = @UniqueConstraint(name = "UQ_ORG_UNIT_CODE", columnNames = "CODE"),
        indexes = {
            @Index(name = "IX_ORG_UNIT_PARENT", columnList = "PARENT_ID"),
            @Index(name = "IX_ORG_UNIT_CATALOG_AGENCY", columnList = "CATALOG_AGENCY_ID")
        })
@NamedQueries({
    @NamedQuery(name = OrgUnit.ALL,
            query = "SELECT u FROM OrgUnit u ORDER BY u.code"),
    @NamedQuery(name = OrgUnit.BY_CODE,
            query = "SELECT u FROM OrgUnit u WHERE u.code = :code"),
    @NamedQuery(name = OrgUnit.AGENCIES,
            query = "SELECT u FROM OrgUnit u WHERE u.parent IS NULL ORDER BY u.name"),
    @NamedQuery(name = OrgUnit.CHILDREN,
            query = "SELECT u FROM OrgUnit u WHERE u.parent.id = :parentId ORDER BY u.name")
})
public class OrgUnit {

    /** Every unit, ordered by code. */
    public static final String ALL = "OrgUnit.all";

    /** The unit with a code; parameter {@code code}. */
    public static final String BY_CODE = "OrgUnit.byCode";

    /** Units at the root of the tree, ordered by name. */
    public static final String AGENCIES = "OrgUnit.agencies";

    /** Direct children ordered by name; parameter {@code parentId}. */
    public static final String CHILDREN = "OrgUnit.children";

    public static final String SEQUENCE = "ORG_UNIT_SEQ";

    /** Must equal the sequence's INCREMENT BY, or ids from two nodes would overlap. */
    public static final int ID_ALLOCATION = 50;

    @Id
    @SequenceGenerator(name = "OrgUnitIds", sequenceName = SEQUENCE,
            allocationSize = ID_ALLOCATION)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "OrgUnitIds")
    @Column(name = "ID")
    private Long id;

    @Column(name = "CODE", nullable = false, length = 30)
    private String code;

    @Column(name = "NAME", nullable = false, length = 600)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "PARENT_ID", foreignKey = @ForeignKey(name = "FK_ORG_UNIT_PARENT"))
    private OrgUnit parent;

    /** The catalogue's agency this unit is, when it is one; it names procedures' agencies. */
    @Column(name = "CATALOG_AGENCY_ID")
    private Long catalogAgencyId;

    @Version
    @Column(name = "VERSION", nullable = false)
    private int version;

    /** For JPA only. */
    protected OrgUnit() {
    }

    public OrgUnit(String code, String name, OrgUnit parent, Long catalogAgencyId) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.parent = parent;
        this.catalogAgencyId = catalogAgencyId;
    }

    public Long getId() {
        return id;
    }

    /** A short code unique in the whole tree, e.g. "STP" or "STP-HCTP". */
    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /** The unit above; {@code null} for an agency. */
    public OrgUnit getParent() {
        return parent;
    }

    public Long getCatalogAgencyId() {
        return catalogAgencyId;
    }

    public void setCatalogAgencyId(Long catalogAgencyId) {
        this.catalogAgencyId = catalogAgencyId;
    }

    public boolean isAgency() {
        return parent == null;
    }

    /** The agency at the root of this unit's branch; the unit itself for an agency. */
    public OrgUnit agency() {
        OrgUnit unit = this;
        // Bounded, so that a cycle written into the table by hand cannot hang a request.
        for (int depth = 0; unit.parent != null && depth < 32; depth++) {
            unit = unit.parent;
        }
        return unit;
    }

    @Override
    public String toString() {
        return "OrgUnit[" + id + ", " + code + "]";
    }
}
