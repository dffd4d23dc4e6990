package vn.dvcportal.division.control;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.dvcportal.division.entity.UnitEra;
import vn.dvcportal.division.entity.UnitLevel;

/**
 * The content of one unit list: every unit of one era, each parent listed before its children.
 */
public final class DivisionFile {

    private final UnitEra era;
    private final List<UnitRecord> units;
    private final Map<UnitLevel, Map<String, UnitRecord>> byLevelAndCode;

    /**
     * @throws DivisionFileException if two units share a level and code, or a parent is missing
     *                               or listed after its child
     */
    public DivisionFile(UnitEra era, List<UnitRecord> units) {
        this.era = Objects.requireNonNull(era, "era");
        this.units = List.copyOf(units);
        Map<UnitLevel, Map<String, UnitRecord>> index = new HashMap<>();
        for (UnitRecord unit : this.units) {
            if (unit.parentCode() != null && !index.getOrDefault(unit.parentLevel(), Map.of())
                    .containsKey(unit.parentCode())) {
                throw new DivisionFileException("Unit " + unit.code() + " (" + unit.name()
                        + ") names parent " + unit.parentCode()
                        + ", which is missing or listed after it");
            }
            UnitRecord previous = index.computeIfAbsent(unit.level(), l -> new HashMap<>())
                    .putIfAbsent(unit.code(), unit);
            if (previous != null) {
                throw new DivisionFileException("Code " + unit.code() + " is used by both "
                        + previous.name() + " and " + unit.name());
            }
        }
        index.replaceAll((level, byCode) -> Collections.unmodifiableMap(byCode));
        this.byLevelAndCode = Collections.unmodifiableMap(index);
    }

    public UnitEra era() {
        return era;
    }

    /** All units, each parent before its children. */
    public List<UnitRecord> units() {
        return units;
    }

    public int count(UnitLevel level) {
        return byLevelAndCode.getOrDefault(level, Map.of()).size();
    }

    public Optional<UnitRecord> find(UnitLevel level, String code) {
        return Optional.ofNullable(byLevelAndCode.getOrDefault(level, Map.of()).get(code));
    }

    /** Number of old units named in merge lists, counted once per current unit naming them. */
    public int mergeCount() {
        return units.stream().mapToInt(unit -> unit.merged().size()).sum();
    }
}
