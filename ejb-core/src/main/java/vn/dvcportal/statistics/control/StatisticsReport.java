package vn.dvcportal.statistics.control;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The figures of a period for the back office: one line per agency and procedure, with the
 * totals by agency and by field.
 *
 * @param scope  the agency the report is limited to, or {@code null} for every agency
 * @param fields the fields with figures in the scope, whatever field was asked for
 */
public record StatisticsReport(String periodKey, String periodLabel, boolean complete,
        Instant asOf, String scope, String fieldName, List<ProcedureLine> rows,
        List<StatisticsLine> byAgency, List<StatisticsLine> byField, Figures totals,
        List<Choice> fields) implements Serializable {

    private static final long serialVersionUID = 1L;

    public StatisticsReport {
        rows = List.copyOf(rows);
        byAgency = List.copyOf(byAgency);
        byField = List.copyOf(byField);
        fields = List.copyOf(fields);
    }
}
