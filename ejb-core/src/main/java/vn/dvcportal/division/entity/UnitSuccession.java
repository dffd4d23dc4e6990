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
 * One old unit merged, wholly or in part, into a unit in force today.
 *
 * <p>The old unit is identified by its level and code, and its name is stored as well, so the
 * record stays meaningful when the old unit is not (yet) in the table; {@link #getOldUnit()} is
 * filled in whenever it is. A partly merged old unit was split, so one old code can have several
 * successors. Cached like the units, for the same reason.
 */
@Entity
@Cacheable
@Table(name = "ADMIN_UNIT_SUCCESSION",
        uniqueConstraints = @UniqueConstraint(name = "UQ_ADMIN_UNIT_SUCC_KEY",
                columnNames = {"CURRENT_UNIT_ID", "OLD_UNIT_LEVEL", "OLD_CODE"}),
        indexes = {
            @Index(name = "IX_ADMIN_UNIT_SUCC_OLD_CODE", columnList = "OLD_UNIT_LEVEL, OLD_CODE"),
            @Index(name = "IX_ADMIN_UNIT_SUCC_OLD_UNIT", columnList = "OLD_UNIT_ID")
        })
@NamedQueries({
    @NamedQuery(name = UnitSuccession.SUCCESSORS_OF,
            query = "SELECT s FROM UnitSuccession s JOIN FETCH s.currentUnit c"
                    + " LEFT JOIN FETCH c.parent"
                    + " WHERE s.oldLevel = :oldLevel AND s.oldCode = :oldCode ORDER BY c.code"),
    @NamedQuery(name = UnitSuccession.SNAPSHOT,
            query = "SELECT s.id, c.id, s.oldLevel, s.oldCode, s.oldName, s.partial, o.id"
                    + " FROM UnitSuccession s JOIN s.currentUnit c LEFT JOIN s.oldUnit o"
                    + " WHERE c.era = :era"),
    @NamedQuery(name = UnitSuccession.UNLINKED,
            query = "SELECT s.id, s.oldLevel, s.oldCode FROM UnitSuccession s"
                    + " WHERE s.oldUnit IS NULL"),
    @NamedQuery(name = UnitSuccession.COUNT_UNLINKED,
            query = "SELECT COUNT(s) FROM UnitSuccession s WHERE s.oldUnit IS NULL")
})
public class UnitSuccession {

    /**
     * Successions of one old unit, with the current unit and its parent fetched, ordered by the
     * current unit's code. Parameters {@code oldLevel}, {@code oldCode}.
     */
    public static final String SUCCESSORS_OF = "UnitSuccession.successorsOf";

    /**
     * Rows {@code [id, currentUnitId, oldLevel, oldCode, oldName, partial, oldUnitId]} of the
     * successions whose current unit belongs to an era. Parameter {@code era}.
     */
    public static final String SNAPSHOT = "UnitSuccession.snapshot";

    /** Rows {@code [id, oldLevel, oldCode]} of successions not linked to an old unit. */
    public static final String UNLINKED = "UnitSuccession.unlinked";

    /** Number of successions not linked to an old unit. */
    public static final String COUNT_UNLINKED = "UnitSuccession.countUnlinked";

    /** Database sequence that feeds {@link #getId()}. */
    public static final String SEQUENCE = "ADMIN_UNIT_SUCC_SEQ";

    /** Must equal the sequence's INCREMENT BY, or ids from two nodes would overlap. */
    public static final int ID_ALLOCATION = 50;

    @Id
    @SequenceGenerator(name = "AdminUnitSuccIds", sequenceName = SEQUENCE,
            allocationSize = ID_ALLOCATION)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "AdminUnitSuccIds")
    @Column(name = "ID")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "CURRENT_UNIT_ID", nullable = false,
            foreignKey = @ForeignKey(name = "FK_ADMIN_UNIT_SUCC_CURRENT"))
    private AdministrativeUnit currentUnit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "OLD_UNIT_ID", foreignKey = @ForeignKey(name = "FK_ADMIN_UNIT_SUCC_OLD"))
    private AdministrativeUnit oldUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "OLD_UNIT_LEVEL", nullable = false, length = 10)
    private UnitLevel oldLevel;

    @Column(name = "OLD_CODE", nullable = false, length = 10)
    private String oldCode;

    @Column(name = "OLD_NAME", nullable = false, length = 255)
    private String oldName;

    @Column(name = "PARTIAL_MERGE", nullable = false)
    private boolean partial;

    /** For JPA only. */
    protected UnitSuccession() {
    }

    public UnitSuccession(AdministrativeUnit currentUnit, UnitLevel oldLevel, String oldCode,
            String oldName, boolean partial, AdministrativeUnit oldUnit) {
        this.currentUnit = Objects.requireNonNull(currentUnit, "currentUnit");
        this.oldLevel = Objects.requireNonNull(oldLevel, "oldLevel");
        this.oldCode = Objects.requireNonNull(oldCode, "oldCode");
        this.oldName = Objects.requireNonNull(oldName, "oldName");
        this.partial = partial;
        this.oldUnit = oldUnit;
    }

    public Long getId() {
        return id;
    }

    /** The unit in force today that took over the old unit's territory. */
    public AdministrativeUnit getCurrentUnit() {
        return currentUnit;
    }

    /** The old unit of the {@link UnitEra#PRE_2025} tree, or {@code null} if not imported. */
    public AdministrativeUnit getOldUnit() {
        return oldUnit;
    }

    public void setOldUnit(AdministrativeUnit oldUnit) {
        this.oldUnit = oldUnit;
    }

    /** Tier of the old unit; usually a commune, a whole district for some island districts. */
    public UnitLevel getOldLevel() {
        return oldLevel;
    }

    public String getOldCode() {
        return oldCode;
    }

    /** Name of the old unit as given in the merge list, in NFC. */
    public String getOldName() {
        return oldName;
    }

    public void setOldName(String oldName) {
        this.oldName = Objects.requireNonNull(oldName, "oldName");
    }

    /**
     * {@code true} when only part of the old unit went into the current one, so an old address
     * there may now lie in any of the old unit's successors.
     */
    public boolean isPartial() {
        return partial;
    }

    public void setPartial(boolean partial) {
        this.partial = partial;
    }

    @Override
    public String toString() {
        return "UnitSuccession[" + id + ", " + oldLevel + " " + oldCode + " " + oldName
                + (partial ? " (partial)" : "") + "]";
    }
}
