package vn.dvcportal.division.control;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.dvcportal.division.entity.AdministrativeUnit;
import vn.dvcportal.division.entity.UnitEra;
import vn.dvcportal.division.entity.UnitLevel;
import vn.dvcportal.division.entity.UnitSuccession;

/**
 * Brings the stored units of one era, and the successions of the current era, in line with a
 * parsed list.
 *
 * <p>Units are matched by era, level and code, successions by current unit, old level and old
 * code; a match is rewritten only when something differs, so importing the same list twice
 * writes nothing the second time. Units missing from a list are kept, because old dossiers and
 * successions may still point at them. The table is read once up front as plain rows, and the
 * persistence context is flushed and cleared every {@link #DEFAULT_BATCH_SIZE} writes, so memory
 * and flush cost stay flat for the ten thousand units of the old tree.
 *
 * <p>An instance serves one import inside the caller's transaction and is then discarded.
 */
public final class DivisionWriter {

    /** Writes between two flushes; large enough for JDBC batching, small enough to stay fast. */
    public static final int DEFAULT_BATCH_SIZE = 500;

    private record Key(UnitLevel level, String code) {
    }

    private record UnitRow(long id, String name, String unitType, Long parentId) {
    }

    private record SuccessionKey(long currentId, UnitLevel oldLevel, String oldCode) {
    }

    private record SuccessionRow(long id, String oldName, boolean partial, Long oldUnitId) {
    }

    private final EntityManager em;
    private final int batchSize;
    private int pendingWrites;

    private int unitsInserted;
    private int unitsUpdated;
    private int unitsUnchanged;
    private int successionsInserted;
    private int successionsUpdated;
    private int successionsRemoved;

    public DivisionWriter(EntityManager em) {
        this(em, DEFAULT_BATCH_SIZE);
    }

    public DivisionWriter(EntityManager em, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize " + batchSize);
        }
        this.em = Objects.requireNonNull(em, "em");
        this.batchSize = batchSize;
    }

    /**
     * Writes {@code file}. For the current era this also writes the successions and links them to
     * the old units already stored; for the old era it links the successions written earlier
     * that were still waiting for their old unit.
     */
    public ImportSummary write(DivisionFile file) {
        long started = System.nanoTime();
        Map<Key, UnitRow> units = loadUnits(file.era());
        for (UnitRecord unit : file.units()) {
            writeUnit(file.era(), unit, units);
        }
        if (file.era() == UnitEra.CURRENT) {
            writeSuccessions(file, units);
        } else {
            linkSuccessions(units);
        }
        flushAndClear();
        long unlinked = em.createNamedQuery(UnitSuccession.COUNT_UNLINKED, Long.class)
                .getSingleResult();
        return new ImportSummary(file.era(), unitsInserted, unitsUpdated, unitsUnchanged,
                successionsInserted, successionsUpdated, successionsRemoved, unlinked,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private Map<Key, UnitRow> loadUnits(UnitEra era) {
        List<Object[]> rows = em.createNamedQuery(AdministrativeUnit.SNAPSHOT, Object[].class)
                .setParameter("era", era)
                .getResultList();
        Map<Key, UnitRow> units = new HashMap<>(rows.size() * 2);
        for (Object[] row : rows) {
            units.put(new Key((UnitLevel) row[1], (String) row[2]),
                    new UnitRow(id(row[0]), (String) row[3], (String) row[4], idOrNull(row[5])));
        }
        return units;
    }

    private void writeUnit(UnitEra era, UnitRecord unit, Map<Key, UnitRow> units) {
        Long parentId = null;
        if (unit.parentCode() != null) {
            UnitRow parent = units.get(new Key(unit.parentLevel(), unit.parentCode()));
            if (parent == null) {
                throw new DivisionFileException("Parent " + unit.parentCode() + " of "
                        + unit.code() + " is not in the list");
            }
            parentId = parent.id();
        }
        Key key = new Key(unit.level(), unit.code());
        UnitRow stored = units.get(key);
        if (stored == null) {
            AdministrativeUnit entity = new AdministrativeUnit(era, unit.level(), unit.code(),
                    unit.name(), unit.unitType(), reference(parentId));
            em.persist(entity);
            units.put(key, new UnitRow(idOf(entity), unit.name(), unit.unitType(), parentId));
            unitsInserted++;
            wrote();
        } else if (!stored.name().equals(unit.name())
                || !stored.unitType().equals(unit.unitType())
                || !Objects.equals(stored.parentId(), parentId)) {
            AdministrativeUnit entity = em.find(AdministrativeUnit.class, stored.id());
            entity.setName(unit.name());
            entity.setUnitType(unit.unitType());
            if (!Objects.equals(stored.parentId(), parentId)) {
                entity.setParent(reference(parentId));
            }
            units.put(key, new UnitRow(stored.id(), unit.name(), unit.unitType(), parentId));
            unitsUpdated++;
            wrote();
        } else {
            unitsUnchanged++;
        }
    }

    private void writeSuccessions(DivisionFile file, Map<Key, UnitRow> currentUnits) {
        Map<Key, UnitRow> oldUnits = loadUnits(UnitEra.PRE_2025);
        Map<SuccessionKey, SuccessionRow> stored = loadSuccessions();
        Set<SuccessionKey> listed = new HashSet<>();
        Set<Long> currentIdsListed = new HashSet<>();
        for (UnitRecord unit : file.units()) {
            long currentId = currentUnits.get(new Key(unit.level(), unit.code())).id();
            currentIdsListed.add(currentId);
            for (MergedUnit merged : unit.merged()) {
                SuccessionKey key = new SuccessionKey(currentId, merged.level(), merged.code());
                listed.add(key);
                UnitRow old = oldUnits.get(new Key(merged.level(), merged.code()));
                writeSuccession(key, merged, old == null ? null : old.id(), stored.get(key));
            }
        }
        for (Map.Entry<SuccessionKey, SuccessionRow> entry : stored.entrySet()) {
            if (currentIdsListed.contains(entry.getKey().currentId())
                    && !listed.contains(entry.getKey())) {
                em.remove(em.find(UnitSuccession.class, entry.getValue().id()));
                successionsRemoved++;
                wrote();
            }
        }
    }

    private void writeSuccession(SuccessionKey key, MergedUnit merged, Long oldUnitId,
            SuccessionRow stored) {
        if (stored == null) {
            em.persist(new UnitSuccession(em.getReference(AdministrativeUnit.class,
                    key.currentId()), merged.level(), merged.code(), merged.name(),
                    merged.partial(), reference(oldUnitId)));
            successionsInserted++;
            wrote();
        } else if (!stored.oldName().equals(merged.name()) || stored.partial() != merged.partial()
                || !Objects.equals(stored.oldUnitId(), oldUnitId)) {
            UnitSuccession entity = em.find(UnitSuccession.class, stored.id());
            entity.setOldName(merged.name());
            entity.setPartial(merged.partial());
            entity.setOldUnit(reference(oldUnitId));
            successionsUpdated++;
            wrote();
        }
    }

    private Map<SuccessionKey, SuccessionRow> loadSuccessions() {
        List<Object[]> rows = em.createNamedQuery(UnitSuccession.SNAPSHOT, Object[].class)
                .setParameter("era", UnitEra.CURRENT)
                .getResultList();
        Map<SuccessionKey, SuccessionRow> successions = new HashMap<>(rows.size() * 2);
        for (Object[] row : rows) {
            successions.put(new SuccessionKey(id(row[1]), (UnitLevel) row[2], (String) row[3]),
                    new SuccessionRow(id(row[0]), (String) row[4], (Boolean) row[5],
                            idOrNull(row[6])));
        }
        return successions;
    }

    /** Links successions written before their old unit was imported. */
    private void linkSuccessions(Map<Key, UnitRow> oldUnits) {
        List<Object[]> rows = em.createNamedQuery(UnitSuccession.UNLINKED, Object[].class)
                .getResultList();
        for (Object[] row : rows) {
            UnitRow old = oldUnits.get(new Key((UnitLevel) row[1], (String) row[2]));
            if (old != null) {
                em.find(UnitSuccession.class, id(row[0])).setOldUnit(reference(old.id()));
                successionsUpdated++;
                wrote();
            }
        }
    }

    private AdministrativeUnit reference(Long id) {
        return id == null ? null : em.getReference(AdministrativeUnit.class, id);
    }

    /** The id of a just persisted unit; providers that assign it late do so on flush. */
    private long idOf(AdministrativeUnit entity) {
        if (entity.getId() == null) {
            em.flush();
        }
        return entity.getId();
    }

    private void wrote() {
        if (++pendingWrites >= batchSize) {
            flushAndClear();
        }
    }

    private void flushAndClear() {
        em.flush();
        em.clear();
        pendingWrites = 0;
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }

    private static Long idOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
