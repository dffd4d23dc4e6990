package vn.dvcportal.division.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dvcportal.division.control.DivisionFile;
import vn.dvcportal.division.control.DivisionFileParser;
import vn.dvcportal.division.control.DivisionWriter;
import vn.dvcportal.division.control.ImportSummary;
import vn.dvcportal.division.entity.AdministrativeUnit;
import vn.dvcportal.division.entity.UnitEra;
import vn.dvcportal.division.entity.UnitLevel;
import vn.dvcportal.division.entity.UnitSuccession;

/**
 * Administrative units of both eras: loading the official lists and looking units up.
 *
 * <p>Entities are returned detached. A unit's parent is loaded lazily, except for the current
 * units returned by {@link #successorsOf(UnitLevel, String)}, whose province comes with them.
 */
@Stateless
@PermitAll
public class AdministrativeUnits {

    public static final String ADMIN_ROLE = "admin";

    private static final Logger LOG = Logger.getLogger(AdministrativeUnits.class.getName());

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    /**
     * Loads or refreshes the units in force since 1 July 2025 and the successions to the old
     * units merged into them, from {@code dvhcvn_2025-07-01_new_to_old_merges.json}.
     * Run {@link #importPre2025(Path)} first, or again afterwards, so that successions are
     * linked to the old units; until then they carry the old code and name only.
     *
     * @throws vn.dvcportal.division.control.DivisionFileException if the file cannot be read or
     *                                                             is malformed; nothing is kept
     */
    @RolesAllowed(ADMIN_ROLE)
    public ImportSummary importCurrent(Path mergesJson) {
        long started = System.nanoTime();
        DivisionFile file = new DivisionFileParser().parseCurrent(mergesJson);
        return logged(new DivisionWriter(em).write(file), started, mergesJson);
    }

    /**
     * Loads or refreshes the three-level tree in force before the reform, from
     * {@code dvhcvn_2025-03-01_pre_reform_3level.json}, and links any successions imported
     * earlier that were waiting for these units.
     *
     * @throws vn.dvcportal.division.control.DivisionFileException if the file cannot be read or
     *                                                             is malformed; nothing is kept
     */
    @RolesAllowed(ADMIN_ROLE)
    public ImportSummary importPre2025(Path threeLevelJson) {
        long started = System.nanoTime();
        DivisionFile file = new DivisionFileParser().parsePre2025(threeLevelJson);
        return logged(new DivisionWriter(em).write(file), started, threeLevelJson);
    }

    /** Provinces and centrally-run cities of an era, ordered by code. */
    public List<AdministrativeUnit> provinces(UnitEra era) {
        return em.createNamedQuery(AdministrativeUnit.BY_ERA_AND_LEVEL, AdministrativeUnit.class)
                .setParameter("era", Objects.requireNonNull(era, "era"))
                .setParameter("level", UnitLevel.PROVINCE)
                .getResultList();
    }

    /** The units directly below a unit, ordered by code; empty for a commune or unknown id. */
    public List<AdministrativeUnit> children(long parentId) {
        return em.createNamedQuery(AdministrativeUnit.CHILDREN, AdministrativeUnit.class)
                .setParameter("parentId", parentId)
                .getResultList();
    }

    /** The unit with this code at this level of this era. */
    public Optional<AdministrativeUnit> find(UnitEra era, UnitLevel level, String code) {
        Objects.requireNonNull(era, "era");
        Objects.requireNonNull(level, "level");
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(AdministrativeUnit.BY_KEY, AdministrativeUnit.class)
                .setParameter("era", era)
                .setParameter("level", level)
                .setParameter("code", code.strip())
                .getResultStream()
                .findFirst();
    }

    /**
     * How an address in an old commune reads today: the current commune or communes that took
     * over its territory. Several are returned when the old commune was split, each then marked
     * {@linkplain UnitSuccession#isPartial() partial}; empty for an unknown code.
     */
    public List<UnitSuccession> successorsOf(String oldCommuneCode) {
        return successorsOf(UnitLevel.COMMUNE, oldCommuneCode);
    }

    /**
     * As {@link #successorsOf(String)} for an old unit of any level. Besides provinces, this
     * serves the island districts that had no communes and were turned whole into special
     * zones, such as Côn Đảo.
     */
    public List<UnitSuccession> successorsOf(UnitLevel oldLevel, String oldCode) {
        Objects.requireNonNull(oldLevel, "oldLevel");
        if (oldCode == null || oldCode.isBlank()) {
            return List.of();
        }
        return em.createNamedQuery(UnitSuccession.SUCCESSORS_OF, UnitSuccession.class)
                .setParameter("oldLevel", oldLevel)
                .setParameter("oldCode", oldCode.strip())
                .getResultList();
    }

    /** Number of units stored at this level of this era. */
    public long count(UnitEra era, UnitLevel level) {
        return em.createNamedQuery(AdministrativeUnit.COUNT_BY_ERA_AND_LEVEL, Long.class)
                .setParameter("era", Objects.requireNonNull(era, "era"))
                .setParameter("level", Objects.requireNonNull(level, "level"))
                .getSingleResult();
    }

    private static ImportSummary logged(ImportSummary written, long started, Path source) {
        ImportSummary summary = written.withElapsed(Duration.ofNanos(System.nanoTime() - started));
        LOG.log(Level.INFO, "Imported {0} units of era {1} from {2} in {3} ms: {4} new, "
                + "{5} changed; successions {6} new, {7} changed, {8} removed",
                new Object[] {summary.unitsRead(), summary.era(), source,
                    summary.elapsed().toMillis(), summary.unitsInserted(),
                    summary.unitsUpdated(), summary.successionsInserted(),
                    summary.successionsUpdated(), summary.successionsRemoved()});
        if (summary.successionsWithoutOldUnit() > 0) {
            LOG.log(Level.WARNING, "{0} successions name an old unit that is not stored; "
                    + "import the pre-2025 list to link them",
                    summary.successionsWithoutOldUnit());
        }
        return summary;
    }
}
