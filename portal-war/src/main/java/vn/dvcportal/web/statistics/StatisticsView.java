package vn.dvcportal.web.statistics;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import vn.dvcportal.statistics.boundary.DossierStatistics;
import vn.dvcportal.statistics.control.Choice;
import vn.dvcportal.statistics.control.PeriodChoice;
import vn.dvcportal.statistics.control.StatisticsFilter;
import vn.dvcportal.statistics.control.StatisticsOverview;
import vn.dvcportal.statistics.entity.PeriodKind;
import vn.dvcportal.web.i18n.LanguagePreference;
import vn.dvcportal.web.i18n.Texts;

/**
 * The public statistics page at {@code /thong-ke}: the complete figures of a period, for every
 * agency or one, every field or one, as charts and as tables of the same figures. Its filters
 * are a plain GET form, so every choice is an address that can be shared.
 */
@Named
@RequestScoped
public class StatisticsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Periods offered in the list. */
    static final int PERIODS = 120;

    @Inject
    DossierStatistics statistics;

    @Inject
    LanguagePreference languagePreference;

    private String kind;
    private String period;
    private String agency;
    private String field;

    private PeriodKind periodKind = PeriodKind.MONTH;
    private List<PeriodChoice> periods = List.of();
    private StatisticsOverview overview;
    private StatusChart agencyChart;
    private StatusChart fieldChart;
    private StatusChart periodChart;

    /** The view action: reads the periods of the kind and the figures of the chosen one. */
    public void load() {
        periodKind = StatisticsParams.kind(kind);
        kind = StatisticsParams.kindValue(periodKind);
        period = StatisticsParams.period(period, periodKind);
        Long agencyId = StatisticsParams.id(agency);
        Long fieldId = StatisticsParams.id(field);
        agency = agencyId == null ? null : agencyId.toString();
        field = fieldId == null ? null : fieldId.toString();
        periods = statistics.periods(periodKind, PERIODS);
        overview = statistics.overview(new StatisticsFilter(periodKind, period, agencyId,
                fieldId)).orElse(null);
        if (overview == null) {
            return;
        }
        period = overview.periodKey();
        Locale locale = languagePreference.getLocale();
        agencyChart = StatusChart.of("chart-agency", text("statistics.chart.byAgency"),
                overview.byAgency(), k -> Texts.text(locale, k), locale);
        fieldChart = StatusChart.of("chart-field", text("statistics.chart.byField"),
                overview.byField(), k -> Texts.text(locale, k), locale);
        periodChart = StatusChart.of("chart-period", text("statistics.chart.byPeriod"),
                overview.series(), k -> Texts.text(locale, k), locale);
    }

    private String text(String key) {
        return Texts.text(languagePreference.getLocale(), key);
    }

    /** The kinds of period the page offers, with their parameter values. */
    public List<Choice> getKinds() {
        return List.of(PeriodKind.values()).stream()
                .map(k -> new Choice(StatisticsParams.kindValue(k),
                        text("statistics.kind." + k.name())))
                .toList();
    }

    /** A share as the page shows it: "83,3 %"; empty for none. */
    public String percent(Double share) {
        if (share == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getPercentInstance(
                languagePreference.getLocale());
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    /** Working days as the page shows them: "4,5"; a dash for none. */
    public String days(Double days) {
        if (days == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(
                languagePreference.getLocale());
        format.setMaximumFractionDigits(1);
        return format.format(days);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public List<PeriodChoice> getPeriods() {
        return periods;
    }

    public StatisticsOverview getOverview() {
        return overview;
    }

    public StatusChart getAgencyChart() {
        return agencyChart;
    }

    public StatusChart getFieldChart() {
        return fieldChart;
    }

    public StatusChart getPeriodChart() {
        return periodChart;
    }
}
