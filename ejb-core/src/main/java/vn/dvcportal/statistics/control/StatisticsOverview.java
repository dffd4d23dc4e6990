package vn.dvcportal.statistics.control;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The figures of a period for the public page: the totals, by agency, by field, and the trend
 * over the periods around it (those of {@link StatisticsPeriod#series()} that have figures).
 *
 * @param asOf     the moment the figures describe
 * @param agencies the agencies that have figures in the period, for the filter
 * @param fields   the fields that have figures in the period, for the filter
 */
public record StatisticsOverview(String periodKey, String periodLabel, boolean complete,
        Instant asOf, Figures totals, List<StatisticsLine> byAgency,
        List<StatisticsLine> byField, List<StatisticsLine> series, List<Choice> agencies,
        List<Choice> fields) implements Serializable {

    private static final long serialVersionUID = 1L;

    public StatisticsOverview {
        byAgency = List.copyOf(byAgency);
        byField = List.copyOf(byField);
        series = List.copyOf(series);
        agencies = List.copyOf(agencies);
        fields = List.copyOf(fields);
    }
}
