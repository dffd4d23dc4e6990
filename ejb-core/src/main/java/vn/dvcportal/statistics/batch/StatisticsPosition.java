package vn.dvcportal.statistics.batch;

import java.io.Serializable;
import vn.dvcportal.statistics.control.KeyFigures;
import vn.dvcportal.statistics.control.StatisticsKey;

/**
 * The checkpoint of the reader: the last agency and procedure whose row was written (rows come
 * in the order of their keys, so a restart reads on after it), and how many rows and dossiers
 * were counted up to it.
 */
public record StatisticsPosition(StatisticsKey lastKey, long rows, long dossiers)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    static final StatisticsPosition START = new StatisticsPosition(null, 0, 0);

    StatisticsPosition after(KeyFigures row) {
        return new StatisticsPosition(row.key(), rows + 1, dossiers + row.figures().handled());
    }
}
