package vn.dvcportal.division.control;

import java.util.Objects;
import vn.dvcportal.division.entity.UnitLevel;

/**
 * An old unit named in the merge list of a unit in force today.
 *
 * @param level   tier of the old unit, told by the length of its code
 * @param code    statistics office code of the old unit
 * @param name    name of the old unit, in NFC
 * @param partial {@code true} when only part of the old unit was merged
 */
public record MergedUnit(UnitLevel level, String code, String name, boolean partial) {

    public MergedUnit {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
