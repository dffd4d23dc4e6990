package vn.dvcportal.web.report;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import vn.dvcportal.report.boundary.ReportJobs;
import vn.dvcportal.report.control.ReportExecution;
import vn.dvcportal.report.control.ReportJob;
import vn.dvcportal.report.control.ReportPeriod;
import vn.dvcportal.report.control.ReportRefused;
import vn.dvcportal.web.i18n.LanguagePreference;
import vn.dvcportal.web.i18n.Texts;

/**
 * The report jobs page at {@code /quan-tri/bao-cao}: start a report for a day or a month,
 * follow the running ones (the page polls while one runs), stop and restart them, and read the
 * history with each execution's counts.
 */
@Named
@ViewScoped
public class ReportJobsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Executions listed. */
    static final int HISTORY = 20;

    @Inject
    ReportJobs reportJobs;

    @Inject
    LanguagePreference languagePreference;

    private String jobName = ReportJob.ACCESS.name();
    private String kind = "DAY";
    private String day;
    private String month;
    private List<ReportExecution> executions = List.of();

    @PostConstruct
    void init() {
        LocalDate today = LocalDate.now(ReportPeriod.ZONE);
        day = ReportPeriod.previousDay(today).key();
        month = ReportPeriod.previousMonth(today).key();
        refresh();
    }

    /** Reads the history again; the poll calls this every two seconds while a job runs. */
    public void refresh() {
        try {
            executions = reportJobs.executions(jobName, HISTORY);
        } catch (EJBAccessException e) {
            executions = List.of();
            message(FacesMessage.SEVERITY_ERROR, text("report.denied"));
        }
    }

    public void start() {
        String key = "MONTH".equals(kind) ? month : day;
        try {
            long id = reportJobs.start(jobName, key);
            message(FacesMessage.SEVERITY_INFO, Texts.format(locale(), "report.started",
                    ReportPeriod.parse(key).label(), id));
        } catch (ReportRefused e) {
            message(FacesMessage.SEVERITY_WARN, e.getMessage());
        } catch (EJBAccessException e) {
            message(FacesMessage.SEVERITY_ERROR, text("report.denied"));
        }
        refresh();
    }

    public void stop(long executionId) {
        try {
            reportJobs.stop(executionId);
            message(FacesMessage.SEVERITY_INFO, Texts.format(locale(), "report.stopping",
                    executionId));
        } catch (ReportRefused e) {
            message(FacesMessage.SEVERITY_WARN, e.getMessage());
        } catch (EJBAccessException e) {
            message(FacesMessage.SEVERITY_ERROR, text("report.denied"));
        }
        refresh();
    }

    public void restart(long executionId) {
        try {
            long id = reportJobs.restart(executionId);
            message(FacesMessage.SEVERITY_INFO, Texts.format(locale(), "report.restarted",
                    executionId, id));
        } catch (ReportRefused e) {
            message(FacesMessage.SEVERITY_WARN, e.getMessage());
        } catch (EJBAccessException e) {
            message(FacesMessage.SEVERITY_ERROR, text("report.denied"));
        }
        refresh();
    }

    /** True while an execution in the history has not ended; the poll runs until then. */
    public boolean isRunning() {
        return executions.stream().anyMatch(ReportExecution::running);
    }

    /** The status in words: "Đang chạy", "Hoàn thành"... */
    public String statusLabel(String status) {
        return text("report.status." + status);
    }

    /** The progress bar's value; 0 when unknown. */
    public int percent(ReportExecution execution) {
        return execution.percent() == null ? 0 : execution.percent();
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

    public List<ReportJob> getJobs() {
        return ReportJob.ALL;
    }

    public List<ReportExecution> getExecutions() {
        return executions;
    }

    public String getJobName() {
        return jobName;
    }

    public void setJobName(String jobName) {
        if (ReportJob.named(jobName).isPresent()) {
            this.jobName = jobName;
        }
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = "MONTH".equals(kind) ? "MONTH" : "DAY";
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    /** The latest day that may be chosen: today. */
    public String getMaxDay() {
        return LocalDate.now(ReportPeriod.ZONE).toString();
    }

    public String getMaxMonth() {
        return YearMonth.now(ReportPeriod.ZONE).toString();
    }
}
