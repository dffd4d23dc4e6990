package vn.dvcportal.web.statistics;

import java.util.Locale;
import java.util.Map;
import vn.dvcportal.statistics.control.StatisticsPeriod;
import vn.dvcportal.statistics.entity.PeriodKind;

/**
 * The statistics pages' address parameters, read leniently: a mistyped or hostile value is
 * read as no value, so the page shows its default figures rather than an error.
 */
final class StatisticsParams {

    /** The kind of period: {@code ngay}, {@code thang}, {@code quy} or {@code nam}. */
    static final String KIND = "loai";
    static final String PERIOD = "ky";
    static final String AGENCY = "co-quan";
    static final String FIELD = "linh-vuc";

    private static final Map<String, PeriodKind> KINDS = Map.of("ngay", PeriodKind.DAY,
            "thang", PeriodKind.MONTH, "quy", PeriodKind.QUARTER, "nam", PeriodKind.YEAR);

    private StatisticsParams() {
    }

    /** The kind a parameter names; a month when it names none. */
    static PeriodKind kind(String value) {
        PeriodKind kind = value == null ? null : KINDS.get(value.strip().toLowerCase(Locale.ROOT));
        return kind == null ? PeriodKind.MONTH : kind;
    }

    /** The parameter value of a kind. */
    static String kindValue(PeriodKind kind) {
        return KINDS.entrySet().stream().filter(e -> e.getValue() == kind)
                .map(Map.Entry::getKey).findFirst().orElse("thang");
    }

    /** A period key of that kind, or {@code null} for a value that is none. */
    static String period(String value, PeriodKind kind) {
        if (value == null || value.isBlank() || value.length() > 10) {
            return null;
        }
        try {
            StatisticsPeriod period = StatisticsPeriod.parse(value);
            return period.kind() == kind ? period.key() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** An id, or {@code null} for anything that is not a positive whole number. */
    static Long id(String value) {
        if (value == null || value.isBlank() || value.length() > 18) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
