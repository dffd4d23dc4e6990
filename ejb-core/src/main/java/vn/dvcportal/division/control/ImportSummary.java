package vn.dvcportal.division.control;

import java.time.Duration;
import vn.dvcportal.division.entity.UnitEra;

/**
 * What one import changed.
 *
 * @param era                       era of the imported list
 * @param unitsInserted             units that were new
 * @param unitsUpdated              units whose name, type or parent changed
 * @param unitsUnchanged            units already stored exactly as listed
 * @param successionsInserted       successions that were new
 * @param successionsUpdated        successions changed, including those now linked to an old
 *                                  unit imported after them
 * @param successionsRemoved        successions no longer in the merge list of their unit
 * @param successionsWithoutOldUnit successions, of all imports so far, whose old unit is not
 *                                  stored; non-zero until the old list has been imported
 * @param elapsed                   time spent reading and writing
 */
public record ImportSummary(UnitEra era, int unitsInserted, int unitsUpdated,
        int unitsUnchanged, int successionsInserted, int successionsUpdated,
        int successionsRemoved, long successionsWithoutOldUnit, Duration elapsed) {

    /** Number of units in the imported list. */
    public int unitsRead() {
        return unitsInserted + unitsUpdated + unitsUnchanged;
    }

    /** The same summary with another elapsed time, e.g. one that includes reading the file. */
    public ImportSummary withElapsed(Duration newElapsed) {
        return new ImportSummary(era, unitsInserted, unitsUpdated, unitsUnchanged,
                successionsInserted, successionsUpdated, successionsRemoved,
                successionsWithoutOldUnit, newElapsed);
    }

    /** {@code true} when the import found the table already up to date. */
    public boolean unchanged() {
        return unitsInserted == 0 && unitsUpdated == 0 && successionsInserted == 0
                && successionsUpdated == 0 && successionsRemoved == 0;
    }
}
