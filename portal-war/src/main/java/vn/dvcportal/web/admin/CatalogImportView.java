package vn.dvcportal.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import vn.dvcportal.catalog.control.ImportReport;
import vn.dvcportal.web.i18n.FacesMessages;
import vn.dvcportal.web.i18n.Formats;
import vn.dvcportal.web.i18n.LanguagePreference;
import vn.dvcportal.web.i18n.Texts;
import vn.dvcportal.web.site.Logs;

/**
 * The catalogue import page for administrators: upload a file, watch the import run, then read
 * every record it had to skip.
 */
@Named
@ViewScoped
public class CatalogImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(CatalogImportView.class.getName());

    @Inject
    CatalogUploads uploads;

    @Inject
    LanguagePreference languagePreference;

    private ImportStatus status;
    private List<ImportReport.Failure> failures = List.of();

    @PostConstruct
    void init() {
        refresh();
    }

    /** Reads the import's progress again; the poll calls this every second. */
    public void refresh() {
        status = uploads.status().orElse(null);
        failures = status == null ? List.of()
                : status.shownFailures(languagePreference.getLocale());
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        Locale locale = languagePreference.getLocale();
        try (InputStream in = file.getInputStream()) {
            CatalogUploads.Outcome outcome = uploads.start(in, file.getFileName());
            switch (outcome) {
                case STARTED -> message(FacesMessage.SEVERITY_INFO,
                        Texts.format(locale, "admin.import.started", file.getFileName()));
                case BUSY -> message(FacesMessage.SEVERITY_WARN,
                        Texts.text(locale, "admin.import.busy"));
                case EMPTY -> message(FacesMessage.SEVERITY_WARN,
                        Texts.text(locale, "admin.import.empty"));
                default -> throw new IllegalStateException(outcome.name());
            }
        } catch (IOException e) {
            if (UploadTooLargeException.isCause(e)) {
                LOG.log(Level.INFO, "Upload of {0} refused: larger than the limit",
                        FileNames.safe(file.getFileName()));
                message(FacesMessage.SEVERITY_ERROR, Texts.format(locale,
                        "import.line.tooLarge", Formats.bytes(getMaxFileBytes(), locale)));
            } else {
                Logs.log(LOG, Level.WARNING, e, "Upload of {0} could not be stored",
                        FileNames.safe(file.getFileName()));
                message(FacesMessage.SEVERITY_ERROR,
                        Texts.text(locale, "admin.import.storeFailed"));
            }
        }
        refresh();
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(severity, text, null));
    }

    public ImportStatus getStatus() {
        return status;
    }

    public boolean isRunning() {
        return status != null && status.running();
    }

    /** The percentage for the progress bar, or -1 when it cannot be known. */
    public int getPercent() {
        return status == null ? -1 : status.percent().orElse(-1);
    }

    public String getLine() {
        return status == null ? ImportStatus.noImportLine(languagePreference.getLocale())
                : status.line(languagePreference.getLocale());
    }

    /** Minutes and seconds since the import started. */
    public String getElapsed() {
        if (status == null || status.startedAt() == null) {
            return "";
        }
        Duration elapsed = Duration.between(status.startedAt(), Instant.now());
        return String.format(Locale.ROOT, "%d:%02d", elapsed.toMinutes(),
                elapsed.toSecondsPart());
    }

    public List<ImportReport.Failure> getFailures() {
        return failures;
    }

    /** Why the import stopped, without the exception's own words; empty when it did not. */
    public String getErrorText() {
        return status == null || status.error() == null ? ""
                : status.errorText(languagePreference.getLocale());
    }

    /** The file picker's messages, for the checks it makes in the browser. */
    public String getClientMessages() {
        return FacesMessages.forBrowser(languagePreference.getLocale(),
                FacesMessages.FILE_CHECKS);
    }

    /** The largest file the page takes, as web.xml's multipart limit says; shown at the picker. */
    public long getMaxFileBytes() {
        return CatalogUploads.MAX_BYTES;
    }
}
