package vn.dvcportal.division.entity;

import jakarta.persistence.Cacheable;
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
import java.util.Objects;

/**
 * A province, district or commune of one era. The parent of a commune is its district before
 * the reform and its province after it; provinces have no parent.
 *
 * <p>The schema is owned by the Liquibase changelog {@code db/changelog/002-division.xml}; the
 * names below must match it exactly. Units are cached because every address form reads them and
 * they change only when an official list is imported.
 */
@Entity
@Cacheable
@Table(name = "ADMIN_UNIT",
        uniqueConstraints = @UniqueConstraint(name = "UQ_ADMIN_UNIT_KEY",
                columnNames = {"ERA", "UNIT_LEVEL", "CODE"}),
        indexes = @Index(name = "IX_ADMIN_UNIT_PARENT", columnList = "PARENT_ID"))
@NamedQueries({
    @NamedQuery(name = AdministrativeUnit.BY_ERA_AND_LEVEL,
            query = "SELECT u FROM AdministrativeUnit u"
                    + " WHERE u.era = :era AND u.level = :level ORDER BY u.code"),
    @NamedQuery(name = AdministrativeUnit.BY_KEY,
            query = "SELECT u FROM AdministrativeUnit u"
                    + " WHERE u.era = :era AND u.level = :level AND u.code = :code"),
    @NamedQuery(name = AdministrativeUnit.CHILDREN,
            query = "SELECT u FROM AdministrativeUnit u"
                    + " WHERE u.parent.id = :parentId ORDER BY u.code"),
    @NamedQuery(name = AdministrativeUnit.COUNT_BY_ERA_AND_LEVEL,
            query = "SELECT COUNT(u) FROM AdministrativeUnit u"
                    + " WHERE u.era = :era AND u.level = :level"),
    @NamedQuery(name = AdministrativeUnit.SNAPSHOT,
            query = "SELECT u.id, u.level, u.code, u.name, u.unitType, p.id"
                    + " FROM AdministrativeUnit u LEFT JOIN u.parent p WHERE u.era = :era")
})
public class AdministrativeUnit {

    /** Units of one era and level ordered by code; parameters {@code era}, {@code level}. */
    public static final String BY_ERA_AND_LEVEL = "AdministrativeUnit.byEraAndLevel";

    /** The unit with a given key; parameters {@code era}, {@code level}, {@code code}. */
    public static final String BY_KEY = "AdministrativeUnit.byKey";

    /** Direct children ordered by code; parameter {@code parentId}. */
    public static final String CHILDREN = "AdministrativeUnit.children";

    /** Number of units of one era and level; parameters {@code era}, {@code level}. */
    public static final String COUNT_BY_ERA_AND_LEVEL = "AdministrativeUnit.countByEraAndLevel";

    /**
     * Rows {@code [id, level, code, name, unitType, parentId]} of every unit of an era; lets an
     * import compare a whole file against the table without keeping thousands of entities
     * managed. Parameter {@code era}.
     */
    public static final String SNAPSHOT = "AdministrativeUnit.snapshot";

    /** Database sequence that feeds {@link #getId()}. */
    public static final String SEQUENCE = "ADMIN_UNIT_SEQ";

    /** Must equal the sequence's INCREMENT BY, or ids from two nodes would overlap. */
    public static final int ID_ALLOCATION = 50;

    @Id
    @SequenceGenerator(name = "AdminUnitIds", sequenceName = SEQUENCE,
            allocationSize = ID_ALLOCATION)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "AdminUnitIds")
    @Column(name = "ID")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "ERA", nullable = false, length = 10)
    private UnitEra era;

    // LEVEL is a reserved word in Oracle.
    @Enumerated(EnumType.STRING)
    @Column(name = "UNIT_LEVEL", nullable = false, length = 10)
    private UnitLevel level;

    @Column(name = "CODE", nullable = false, length = 10)
    private String code;

    @Column(name = "NAME", nullable = false, length = 255)
    private String name;

    @Column(name = "UNIT_TYPE", nullable = false, length = 100)
    private String unitType;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "PARENT_ID", foreignKey = @ForeignKey(name = "FK_ADMIN_UNIT_PARENT"))
    private AdministrativeUnit parent;

    /** For JPA only. */
    protected AdministrativeUnit() {
    }

    public AdministrativeUnit(UnitEra era, UnitLevel level, String code, String name,
            String unitType, AdministrativeUnit parent) {
        this.era = Objects.requireNonNull(era, "era");
        this.level = Objects.requireNonNull(level, "level");
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.unitType = Objects.requireNonNull(unitType, "unitType");
        this.parent = parent;
    }

    public Long getId() {
        return id;
    }

    public UnitEra getEra() {
        return era;
    }

    public UnitLevel getLevel() {
        return level;
    }

    /** Statistics office code: 2 digits for a province, 3 for a district, 5 for a commune. */
    public String getCode() {
        return code;
    }

    /** Full name including the type prefix, e.g. "Phường Ba Đình", in NFC. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /** Kind of unit, e.g. "Tỉnh", "Thành phố Trung ương", "Quận", "Phường", "Xã". */
    public String getUnitType() {
        return unitType;
    }

    public void setUnitType(String unitType) {
        this.unitType = Objects.requireNonNull(unitType, "unitType");
    }

    public AdministrativeUnit getParent() {
        return parent;
    }

    public void setParent(AdministrativeUnit parent) {
        this.parent = parent;
    }

    @Override
    public String toString() {
        return "AdministrativeUnit[" + id + ", " + era + ", " + level + ", " + code + ", " + name
                + "]";
    }
}
