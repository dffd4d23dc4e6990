package vn.dvcportal.web.statistics;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.dvcportal.identity.control.AccessDenied;
import vn.dvcportal.report.control.ExportFile;
import vn.dvcportal.statistics.boundary.DossierStatistics;
import vn.dvcportal.statistics.boundary.StatisticsJobs;
import vn.dvcportal.statistics.control.Choice;
import vn.dvcportal.statistics.control.PeriodChoice;
import vn.dvcportal.statistics.control.StatisticsExecution;
import vn.dvcportal.statistics.control.StatisticsFilter;
import vn.dvcportal.statistics.control.StatisticsPeriod;
import vn.dvcportal.statistics.control.StatisticsRefused;
import vn.dvcportal.statistics.control.StatisticsReport;
import vn.dvcportal.statistics.entity.PeriodKind;
import vn.dvcportal.web.i18n.LanguagePreference;
import vn.dvcportal.web.i18n.Texts;

/**
 * The back office's statistics at {@code /quan-ly/thong-ke}: the figures of a period by
 * procedure for the caller's agency (every agency for the system administrator), also while
 * they are being made, with exports to Excel and PDF. The system administrator also makes the
 * figures of a period and restarts a run that stopped. The filters are a GET form; the
 * exports and the job's buttons post back.
 */
@Named
@ViewScoped
public class OfficeStatisticsView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PERIODS = 120;
    static final int HISTORY = 10;

    @Inject
    DossierStatistics statistics;

    @Inject
    StatisticsJobs jobs;

    @Inject
    LanguagePreference languagePreference;

    private String kind;
    private String period;
    private String agency;
    private String field;
    private PeriodKind periodKind = PeriodKind.MONTH;
    private List<PeriodChoice> periods = List.of();
    private List<Choice> agencies = List.of();
    private List<Choice> fields = List.of();
    private StatisticsReport report;
    private String error;
    private String jobPeriod;
    private List<StatisticsExecution> executions = List.of();

    /** The view action: the choices and the figures of the chosen period. */
    public void load() {
        error = null;
        report = null;
        periodKind = StatisticsParams.kind(kind);
        kind = StatisticsParams.kindValue(periodKind);
        period = StatisticsParams.period(period, periodKind);
        Long agencyId = StatisticsParams.id(agency);
        Long fieldId = StatisticsParams.id(field);
        try {
            agencies = statistics.agencies();
            if (agencyId == null && agencies.size() == 1) {
                agencyId = Long.valueOf(agencies.get(0).value());
            }
            agency = agencyId == null ? null : agencyId.toString();
            periods = statistics.managedPeriods(periodKind, PERIODS);
            report = statistics.report(filter(agencyId, fieldId)).orElse(null);
            if (report != null) {
                period = report.periodKey();
                fields = report.fields();
                field = fieldId == null ? null : fieldId.toString();
            }
        } catch (AccessDenied e) {
            error = e.getMessage();
        } catch (StatisticsRefused e) {
            error = e.getMessage();
        } catch (EJBAccessException e) {
            error = text("statistics.denied");
        }
        if (jobPeriod == null) {
            jobPeriod = period != null ? period : StatisticsPeriod.containing(periodKind,
                    LocalDate.now(StatisticsPeriod.ZONE).minusDays(1)).key();
        }
        refreshJobs();
    }

    private StatisticsFilter filter(Long agencyId, Long fieldId) {
        return new StatisticsFilter(periodKind, period, agencyId, fieldId);
    }

    /** The latest executions of the job, for the system administrator only. */
    public void refreshJobs() {
        if (!FacesContext.getCurrentInstance().getExternalContext().isUserInRole("admin")) {
            executions = List.of();
            return;
        }
        try {
            executions = jobs.executions(HISTORY);
        } catch (EJBAccessException e) {
            executions = List.of();
        }
    }

    public void start() {
        try {
            long id = jobs.start(jobPeriod);
            message(FacesMessage.SEVERITY_INFO, Texts.format(locale(), "statistics.jobs.started",
                    StatisticsPeriod.parse(jobPeriod).label(), id));
        } catch (StatisticsRefused e) {
            message(FacesMessage.SEVERITY_WARN, e.getMessage());
        } catch (EJBAccessException e) {
            message(FacesMessage.SEVERITY_ERROR, text("statistics.denied"));
        }
        refreshJobs();
    }

    public void restart(long executionId) {
        try {
            long id = jobs.restart(executionId);
            message(FacesMessage.SEVERITY_INFO, Texts.format(locale(),
                    "statistics.jobs.restarted", executionId, id));
        } catch (StatisticsRefused e) {
            message(FacesMessage.SEVERITY_WARN, e.getMessage());
        } catch (EJBAccessException e) {
            message(FacesMessage.SEVERITY_ERROR, text("statistics.denied"));
        }
        refreshJobs();
    }

    public void stop(long executionId) {
        try {
            jobs.stop(executionId);
            message(FacesMessage.SEVERITY_INFO, Texts.format(locale(),
                    "statistics.jobs.stopping", executionId));
        } catch (StatisticsRefused e) {
            message(FacesMessage.SEVERITY_WARN, e.getMessage());
        } catch (EJBAccessException e) {
            message(FacesMessage.SEVERITY_ERROR, text("statistics.denied"));
        }
        refreshJobs();
    }

    public StreamedContent getXlsx() {
        return download(DossierStatistics.XLSX);
    }

    public StreamedContent getPdf() {
        return download(DossierStatistics.PDF);
    }

    private StreamedContent download(String format) {
        ExportFile file = statistics.export(filter(StatisticsParams.id(agency),
                StatisticsParams.id(field)), format);
        return DefaultStreamedContent.builder()
                .name(file.fileName())
                .contentType(file.mediaType())
                .contentLength((long) file.content().length)
                .stream(() -> new ByteArrayInputStream(file.content()))
                .build();
    }

    /** A share as the page shows it: "83,3 %"; a dash for none. */
    public String percent(Double share) {
        if (share == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale());
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    /** Working days as the page shows them: "4,5"; a dash for none. */
    public String days(Double days) {
        if (days == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(1);
        return format.format(days);
    }

    /** The status of an execution in words. */
    public String statusLabel(StatisticsExecution e) {
        return text("report.status." + e.status())
                + (e.stale() ? " (" + text("statistics.jobs.stale") + ")" : "");
    }

    /** The kinds of period the page offers, with their parameter values. */
    public List<Choice> getKinds() {
        return List.of(PeriodKind.values()).stream()
                .map(k -> new Choice(StatisticsParams.kindValue(k),
                        text("statistics.kind." + k.name())))
                .toList();
    }

    private Locale locale() {
        return languagePreference.getLocale();
    }

    private String text(String key) {
        return Texts.text(locale(), key);
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(severity, text, null));
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

    public String getJobPeriod() {
        return jobPeriod;
    }

    public void setJobPeriod(String jobPeriod) {
        this.jobPeriod = jobPeriod == null ? null : jobPeriod.strip();
    }

    public List<PeriodChoice> getPeriods() {
        return periods;
    }

    public List<Choice> getAgencies() {
        return agencies;
    }

    public List<Choice> getFields() {
        return fields;
    }

    public StatisticsReport getReport() {
        return report;
    }

    public String getError() {
        return error;
    }

    public List<StatisticsExecution> getExecutions() {
        return executions;
    }
}
