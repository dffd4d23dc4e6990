package vn.dvcportal.statistics.control;

import java.io.Serializable;
import vn.dvcportal.statistics.entity.PeriodKind;

/**
 * What a statistics page asks for: a kind of period and one period of it (the newest with
 * figures when empty), and optionally one agency and one field.
 *
 * @param kind      the kind of period; a month when empty
 * @param periodKey the period, of that kind; empty for the newest
 * @param agencyId  an agency (ORG_UNIT id), or {@code null} for all
 * @param fieldId   a field (PROC_FIELD id), or {@code null} for all
 */
public record StatisticsFilter(PeriodKind kind, String periodKey, Long agencyId, Long fieldId)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public StatisticsFilter {
        if (kind == null) {
            kind = periodKey == null || periodKey.isBlank() ? PeriodKind.MONTH
                    : StatisticsPeriod.parse(periodKey).kind();
        }
        periodKey = periodKey == null || periodKey.isBlank() ? null : periodKey.strip();
    }

    public static StatisticsFilter of(String periodKey) {
        return new StatisticsFilter(null, periodKey, null, null);
    }

    public StatisticsFilter withAgency(Long agency) {
        return new StatisticsFilter(kind, periodKey, agency, fieldId);
    }
}
