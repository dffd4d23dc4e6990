package vn.dvcportal.division.control;

import java.util.List;
import java.util.Objects;
import vn.dvcportal.division.entity.UnitLevel;

/**
 * One unit as read from a file.
 *
 * @param level      tier of the unit
 * @param code       statistics office code
 * @param name       full name with its type prefix, in NFC
 * @param unitType   kind of unit, e.g. "Phường"
 * @param parentCode code of the parent unit, {@code null} for a province
 * @param merged     old units merged into this one; empty for units of the old tree
 */
public record UnitRecord(UnitLevel level, String code, String name, String unitType,
        String parentCode, List<MergedUnit> merged) {

    public UnitRecord {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unitType, "unitType");
        merged = List.copyOf(merged);
    }

    /** Tier of the parent, which its code's length tells; {@code null} for a province. */
    public UnitLevel parentLevel() {
        if (parentCode == null) {
            return null;
        }
        return UnitLevel.ofCode(parentCode).orElseThrow(() -> new IllegalStateException(
                "Parent code " + parentCode + " of " + code + " has no known length"));
    }
}
