package vn.dvcportal.statistics.control;

import java.io.Serializable;

/**
 * The figures of one group of rows: an agency, a field, a period or a procedure.
 *
 * @param key   what identifies the group: an id, a period key or a procedure code
 * @param label its name
 */
public record StatisticsLine(String key, String label, Figures figures) implements Serializable {

    private static final long serialVersionUID = 1L;
}
