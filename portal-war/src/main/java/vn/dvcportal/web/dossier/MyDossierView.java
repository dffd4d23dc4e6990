package vn.dvcportal.web.dossier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import vn.dvcportal.dossier.boundary.Applications;
import vn.dvcportal.dossier.control.ConcurrentChange;
import vn.dvcportal.dossier.control.DossierDetail;
import vn.dvcportal.dossier.control.RequiredPart;
import vn.dvcportal.dossier.entity.DossierAction;
import vn.dvcportal.dossier.entity.DossierFileKind;
import vn.dvcportal.files.control.FileKind;
import vn.dvcportal.files.control.FileSettings;
import vn.dvcportal.identity.control.AccessDenied;
import vn.dvcportal.identity.control.ValidationFailure;
import vn.dvcportal.web.account.FormErrors;
import vn.dvcportal.web.i18n.FacesMessages;
import vn.dvcportal.web.i18n.LanguagePreference;
import vn.dvcportal.web.i18n.Texts;
import vn.dvcportal.web.site.PrettyUrls;
import vn.dvcportal.web.site.Urls;

/**
 * One of the applicant's dossiers at {@code /ho-so-cua-toi/{code}}: where it stands and what
 * happened to it, the messages with the agency, the files, and what the applicant may do now:
 * complete it when asked, withdraw it, write to the agency.
 */
@Named
@ViewScoped
public class MyDossierView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(MyDossierView.class.getName());

    @Inject
    Applications applications;

    @Inject
    LanguagePreference languagePreference;

    private String code;
    private DossierDetail detail;
    private String messageBody;
    private String supplementNote;
    private String withdrawReason;
    private String notice;
    /** The document of the last upload, whose refusal is shown beside its picker. */
    private Integer uploadPart;
    private final FormErrors errors = new FormErrors();

    /** Loads the dossier; one that is not the caller's is a 404 like one that does not exist. */
    public void open() {
        if (code == null || code.isBlank()) {
            PageExits.notFound();
            return;
        }
        try {
            detail = applications.mineDetail(code.strip());
        } catch (ValidationFailure e) {
            PageExits.notFound();
        } catch (RuntimeException e) {
            if (!PageExits.isRefusal(e)) {
                throw e;
            }
            PageExits.notFound();
        }
    }

    private void begin() {
        errors.clear();
        notice = null;
        uploadPart = null;
    }

    public void sendMessage() {
        begin();
        if (run(() -> applications.message(detail.code(), messageBody))) {
            messageBody = null;
            notice = text("myDossier.messageSent");
        }
    }

    /** A file that completes the dossier, for the document named with the upload. */
    public void uploadSupplement(FileUploadEvent event) {
        begin();
        UploadedFile file = event.getFile();
        Object attribute = event.getComponent().getAttributes().get("part");
        int part = attribute instanceof Number n ? n.intValue()
                : Integer.parseInt(String.valueOf(attribute));
        uploadPart = part;
        try (InputStream in = file.getInputStream()) {
            if (run(() -> applications.attachSupplement(detail.code(), part, file.getFileName(),
                    in))) {
                notice = Texts.format(locale(), "apply.uploaded", file.getFileName());
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, e,
                    () -> "Supplement upload to " + detail.code() + " could not be read");
            errors.put("file", text("apply.error.uploadFailed"));
        }
    }

    /** "Đã bổ sung xong": the agency's clock starts again. */
    public void finishSupplement() {
        begin();
        if (run(() -> applications.supplement(detail.code(), supplementNote))) {
            supplementNote = null;
            notice = text("myDossier.supplementSent");
        }
    }

    public void withdraw() {
        begin();
        if (run(() -> applications.withdraw(detail.code(), withdrawReason))) {
            withdrawReason = null;
            notice = text("myDossier.withdrawn");
            PrimeFaces.current().ajax().addCallbackParam("done", true);
        }
    }

    /**
     * Runs an action of the business core and shows the dossier as it left it; a refusal is
     * shown beside the field it concerns or above the page.
     */
    private boolean run(Supplier<DossierDetail> action) {
        try {
            detail = action.get();
            return true;
        } catch (ValidationFailure e) {
            errors.putAll(e.problems());
            return false;
        } catch (ConcurrentChange e) {
            errors.general(e.getMessage());
            reload();
            return false;
        } catch (RuntimeException e) {
            if (!PageExits.isRefusal(e)) {
                throw e;
            }
            errors.general(refusalText(e));
            reload();
            return false;
        }
    }

    private void reload() {
        try {
            detail = applications.mineDetail(detail.code());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Dossier {0} could not be read again", detail.code());
        }
    }

    private String refusalText(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AccessDenied) {
                return t.getMessage();
            }
        }
        return text("dossier.error.denied");
    }

    public boolean can(String action) {
        return detail.actions().contains(DossierAction.valueOf(action));
    }

    public boolean isAwaitingSupplement() {
        return can("SUPPLEMENT");
    }

    /** The results the agency published, once approved. */
    public boolean isHasResults() {
        return detail.files().stream().anyMatch(f -> f.kind() == DossierFileKind.RESULT);
    }

    public String getReceiptUrl() {
        return PageExits.request().getContextPath() + PrettyUrls.myDossierPath(detail.code())
                + "/" + DossierPaperServlet.RECEIPT;
    }

    /** The documents to complete: those of the case, and any other file. */
    public List<RequiredPart> getParts() {
        return detail.parts();
    }

    /**
     * Whether the refusal of a file belongs beside the picker of this document (-1: any other
     * file); a refusal not tied to an upload is shown above the documents.
     */
    public boolean isUploadRefusedAt(int part) {
        return errors.has("file") && uploadPart != null && uploadPart == part;
    }

    public boolean isUploadRefusedAbove() {
        return errors.has("file") && uploadPart == null;
    }

    public String getAcceptAttribute() {
        return FileKind.acceptAttribute();
    }

    public String getAcceptedText() {
        return DossierTexts.acceptedText(locale(), maxBytes());
    }

    /** The limit the store applies, for the browser's check before sending. */
    public long maxBytes() {
        return FileSettings.current().maxBytes();
    }

    public long getMaxUploadBytes() {
        return maxBytes();
    }

    public String getClientMessages() {
        return FacesMessages.forBrowser(locale(), FacesMessages.FILE_CHECKS);
    }

    public String getResumePathEncoded() {
        return Urls.encode(PrettyUrls.myDossierPath(detail.code()));
    }

    /** Called by "Tiếp tục làm việc": the request itself keeps the session alive. */
    public void keepAlive() {
        // Nothing else to do.
    }

    public long getIdleWarningMillis() {
        return PageExits.idleWarningMillis(PageExits.request(), ApplyView.WARNING_MARGIN);
    }

    private Locale locale() {
        return languagePreference.getLocale();
    }

    private String text(String key) {
        return Texts.text(locale(), key);
    }

    public DossierDetail getDetail() {
        return detail;
    }

    public FormErrors getErrors() {
        return errors;
    }

    public String getNotice() {
        return notice;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getMessageBody() {
        return messageBody;
    }

    public void setMessageBody(String messageBody) {
        this.messageBody = messageBody;
    }

    public String getSupplementNote() {
        return supplementNote;
    }

    public void setSupplementNote(String supplementNote) {
        this.supplementNote = supplementNote;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }
}
