package vn.dvcportal.web.report;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.dvcportal.report.boundary.AccessReports;
import vn.dvcportal.report.control.AccessReport;
import vn.dvcportal.report.control.ExportFile;
import vn.dvcportal.report.control.ReportRefused;
import vn.dvcportal.report.control.RunSummary;
import vn.dvcportal.web.i18n.LanguagePreference;
import vn.dvcportal.web.i18n.Texts;
import vn.dvcportal.web.site.AgencyProfile;

/**
 * The access report page at {@code /quan-tri/truy-cap?ky=...}: the figures of a day or a month
 * made by the access report job, by page, day, hour and device, with exports to Excel and PDF.
 * Without a period it shows the newest one that has figures.
 */
@Named
@ViewScoped
public class AccessReportView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Periods offered in the picker. */
    static final int PERIODS = 120;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    AccessReports reports;

    @Inject
    AgencyProfile agency;

    @Inject
    LanguagePreference languagePreference;

    private String period;
    private List<RunSummary> periods = List.of();
    private AccessReport report;
    private String error;

    /** The view action: reads the periods and the figures of the chosen one. */
    public void load() {
        error = null;
        report = null;
        try {
            periods = reports.periods(PERIODS);
            if ((period == null || period.isBlank()) && !periods.isEmpty()) {
                period = periods.get(0).periodKey();
            }
            if (period == null || period.isBlank()) {
                return;
            }
            Optional<AccessReport> found = reports.report(period);
            if (found.isPresent()) {
                report = found.get();
            } else {
                error = Texts.text(languagePreference.getLocale(), "access.none");
            }
        } catch (ReportRefused e) {
            error = e.getMessage();
        } catch (EJBAccessException e) {
            error = Texts.text(languagePreference.getLocale(), "report.denied");
        }
    }

    public StreamedContent getXlsx() {
        return download(AccessReports.XLSX);
    }

    public StreamedContent getPdf() {
        return download(AccessReports.PDF);
    }

    private StreamedContent download(String format) {
        ExportFile file = reports.export(period, format, agency.getAgencyName());
        return DefaultStreamedContent.builder()
                .name(file.fileName())
                .contentType(file.mediaType())
                .contentLength((long) file.content().length)
                .stream(() -> new ByteArrayInputStream(file.content()))
                .build();
    }

    /** A day as pages show dates: dd/MM/yyyy. */
    public String dayText(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** Share of all page views, for the bars of the tables: 0 to 100. */
    public int share(long part, long whole) {
        return whole == 0 ? 0 : (int) Math.round(part * 100.0 / whole);
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period == null ? null : period.strip();
    }

    public List<RunSummary> getPeriods() {
        return periods;
    }

    public AccessReport getReport() {
        return report;
    }

    public String getError() {
        return error;
    }

    /** True for a month's report, which has a table by day. */
    public boolean isMonth() {
        return report != null && report.periodKey().length() == 7;
    }
}
