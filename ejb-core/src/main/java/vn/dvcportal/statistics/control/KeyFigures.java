package vn.dvcportal.statistics.control;

import java.io.Serializable;

/** The counters of the dossiers of one agency and procedure in a period. */
public record KeyFigures(StatisticsKey key, Figures figures) implements Serializable {

    private static final long serialVersionUID = 1L;
}
