package vn.dvcportal.statistics.control;

import java.io.Serializable;

/** One stored row as the back office lists it: an agency's procedure and its field. */
public record ProcedureLine(String agencyCode, String agencyName, String fieldName,
        String procedureCode, String procedureName, Figures figures) implements Serializable {

    private static final long serialVersionUID = 1L;
}
