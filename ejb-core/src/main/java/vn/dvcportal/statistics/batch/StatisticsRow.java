package vn.dvcportal.statistics.batch;

import java.io.Serializable;
import vn.dvcportal.statistics.control.Figures;
import vn.dvcportal.statistics.control.StatisticsKey;

/** A row of figures ready to be written, with the names it is shown under. */
public record StatisticsRow(StatisticsKey key, String agencyCode, String agencyName,
        Long fieldId, String fieldName, String procedureName, Figures figures)
        implements Serializable {

    private static final long serialVersionUID = 1L;
}
