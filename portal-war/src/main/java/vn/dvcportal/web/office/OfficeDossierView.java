package vn.dvcportal.web.office;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import vn.dvcportal.dossier.boundary.BackOffice;
import vn.dvcportal.dossier.control.ConcurrentChange;
import vn.dvcportal.dossier.control.ConsultView;
import vn.dvcportal.dossier.control.DossierDetail;
import vn.dvcportal.dossier.control.DossierFileView;
import vn.dvcportal.dossier.control.OfficialChoice;
import vn.dvcportal.dossier.control.PaperKind;
import vn.dvcportal.dossier.control.UnitChoice;
import vn.dvcportal.dossier.entity.DossierAction;
import vn.dvcportal.dossier.entity.DossierFileKind;
import vn.dvcportal.dossier.entity.DossierStep;
import vn.dvcportal.files.control.FileKind;
import vn.dvcportal.files.control.FileSettings;
import vn.dvcportal.identity.boundary.Profiles;
import vn.dvcportal.identity.control.AccessDenied;
import vn.dvcportal.identity.control.ValidationFailure;
import vn.dvcportal.web.account.DateInput;
import vn.dvcportal.web.account.FormErrors;
import vn.dvcportal.web.dossier.DossierPaperServlet;
import vn.dvcportal.web.dossier.DossierTexts;
import vn.dvcportal.web.dossier.Ids;
import vn.dvcportal.web.dossier.PageExits;
import vn.dvcportal.web.i18n.FacesMessages;
import vn.dvcportal.web.i18n.LanguagePreference;
import vn.dvcportal.web.i18n.Texts;
import vn.dvcportal.web.site.PrettyUrls;
import vn.dvcportal.web.site.Urls;

/**
 * One dossier in the back office at {@code /quan-ly/ho-so/{id}}: all of it, and the actions the
 * caller's roles allow in its step, each in a dialog that asks for what the action needs. Every
 * action carries the version of the dossier the official saw, so that one acting on a dossier
 * someone else has just moved on is told so instead of overruling them.
 */
@Named
@ViewScoped
public class OfficeDossierView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(OfficeDossierView.class.getName());

    /** The actions offered as buttons, in the order a dossier meets them. */
    static final List<DossierAction> BUTTONS = List.of(DossierAction.ACCEPT,
            DossierAction.REQUEST_SUPPLEMENT, DossierAction.REFUSE_RECEIPT, DossierAction.ASSIGN,
            DossierAction.CONSULT, DossierAction.PROPOSE, DossierAction.APPROVE,
            DossierAction.SEND_BACK, DossierAction.STOP, DossierAction.DELAY,
            DossierAction.RETURN_RESULT);

    /** Actions whose text is required and explains a refusal or a request. */
    static final Set<DossierAction> REASONED = EnumSet.of(DossierAction.REQUEST_SUPPLEMENT,
            DossierAction.REFUSE_RECEIPT, DossierAction.STOP);

    @Inject
    BackOffice backOffice;

    @Inject
    Profiles profiles;

    @Inject
    LanguagePreference languagePreference;

    private String idParam;
    private DossierDetail detail;
    private String myUnitName;
    private DossierAction action;
    private String text;
    private List<String> missingParts = new ArrayList<>();
    private String missingOther;
    private String processorLogin;
    private Long unitId;
    private String deadline;
    private String question;
    private boolean grant = true;
    private String newDue;
    private String messageBody;
    private String notice;
    private List<OfficialChoice> processors;
    private List<UnitChoice> departments;
    private final Map<Long, String> answers = new HashMap<>();
    private final FormErrors errors = new FormErrors();

    /** Loads the dossier; another agency's is a 404 like one that does not exist. */
    public void open() {
        Long id = Ids.parse(idParam);
        if (id == null) {
            PageExits.notFound();
            return;
        }
        try {
            detail = backOffice.detail(id);
            myUnitName = profiles.mine().unitName();
        } catch (ValidationFailure e) {
            PageExits.notFound();
        } catch (RuntimeException e) {
            if (!PageExits.isRefusal(e)) {
                throw e;
            }
            PageExits.notFound();
        }
    }

    // ---- the action dialog ----

    /** {@link #prepare} for a button that names its action (one button per action). */
    public void prepareNamed(String name) {
        prepare(DossierAction.valueOf(name));
    }

    /** Opens the dialog of an action with empty inputs. */
    public void prepare(DossierAction chosen) {
        errors.clear();
        notice = null;
        action = chosen;
        text = null;
        missingParts = new ArrayList<>();
        missingOther = null;
        processorLogin = null;
        unitId = null;
        deadline = null;
        question = null;
        grant = true;
        newDue = null;
    }

    /** Performs the action of the open dialog. */
    public void perform() {
        errors.clear();
        notice = null;
        if (action == null || !detail.actions().contains(action)) {
            errors.general(Texts.text(locale(), "office.error.notAllowed"));
            return;
        }
        long id = detail.id();
        long version = detail.version();
        Supplier<DossierDetail> call = switch (action) {
            case ACCEPT -> () -> backOffice.accept(id, version, text);
            case REQUEST_SUPPLEMENT -> () -> backOffice.requestSupplement(id, version, text,
                    missingItems());
            case REFUSE_RECEIPT, STOP -> () -> backOffice.refuse(id, version, text);
            case RETURN_RESULT -> () -> backOffice.returnResult(id, version, text);
            case ASSIGN -> () -> backOffice.assign(id, version, processorLogin, text);
            case APPROVE -> () -> backOffice.approve(id, version, text);
            case SEND_BACK -> () -> backOffice.sendBack(id, version, text);
            case CONSULT -> consultCall(id, version);
            case PROPOSE -> () -> backOffice.propose(id, version, grant, text);
            case DELAY -> delayCall(id, version);
            default -> null;
        };
        if (call == null) {
            return;
        }
        DossierAction done = action;
        if (run(call)) {
            notice = Texts.format(locale(), "office.done", label(done));
            action = null;
            PrimeFaces.current().ajax().addCallbackParam("done", true);
        }
    }

    private Supplier<DossierDetail> consultCall(long id, long version) {
        LocalDate day = DateInput.parse(deadline);
        if (unitId == null) {
            errors.put("unit", Texts.text(locale(), "office.error.unit"));
        }
        if (day == null) {
            errors.put("deadline", Texts.text(locale(), "office.error.date"));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        long unit = unitId;
        return () -> backOffice.consult(id, version, unit, day, question);
    }

    private Supplier<DossierDetail> delayCall(long id, long version) {
        LocalDate day = DateInput.parse(newDue);
        if (day == null) {
            errors.put("newDue", Texts.text(locale(), "office.error.date"));
            return null;
        }
        return () -> backOffice.delay(id, version, day, text);
    }

    /** The documents ticked as missing, then the other items typed one per line. */
    List<String> missingItems() {
        List<String> items = new ArrayList<>(missingParts);
        if (missingOther != null) {
            missingOther.lines().map(String::strip).filter(l -> !l.isEmpty())
                    .forEach(items::add);
        }
        return items;
    }

    /** Answers a consultation of the caller's department. */
    public void answer(ConsultView consultation) {
        errors.clear();
        notice = null;
        String typed = answers.get(consultation.id());
        if (run(() -> backOffice.answer(consultation.id(), typed))) {
            answers.remove(consultation.id());
            notice = Texts.format(locale(), "office.done", label(DossierAction.ANSWER));
        }
    }

    public void sendMessage() {
        errors.clear();
        notice = null;
        if (run(() -> backOffice.message(detail.id(), messageBody))) {
            messageBody = null;
            notice = Texts.text(locale(), "myDossier.messageSent");
        }
    }

    /** A result file (decision, licence) for the proposal. */
    public void uploadResult(FileUploadEvent event) {
        errors.clear();
        notice = null;
        UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            if (run(() -> backOffice.attachResult(detail.id(), file.getFileName(), in))) {
                notice = Texts.format(locale(), "apply.uploaded", file.getFileName());
            }
        } catch (IOException e) {
            long dossierId = detail.id();
            LOG.log(Level.WARNING, e,
                    () -> "Result upload to dossier " + dossierId + " could not be read");
            errors.put("result", Texts.text(locale(), "apply.error.uploadFailed"));
        }
    }

    public void removeResult(DossierFileView file) {
        errors.clear();
        notice = null;
        run(() -> backOffice.removeResult(detail.id(), file.id()));
    }

    /**
     * Runs an action and shows the dossier as it left it. Refused input stays in the dialog
     * beside its field; a dossier changed by someone else, or an action no longer allowed, is
     * said above the page, which then shows the dossier as it now is.
     */
    private boolean run(Supplier<DossierDetail> call) {
        try {
            detail = call.get();
            return true;
        } catch (ValidationFailure e) {
            e.problems().forEach((field, message) -> {
                if (field.equals("action")) {
                    errors.general(message);
                } else {
                    errors.put(field, message);
                }
            });
            return false;
        } catch (ConcurrentChange e) {
            errors.general(e.getMessage());
            reloadAfterRefusal();
            return false;
        } catch (RuntimeException e) {
            if (!PageExits.isRefusal(e)) {
                throw e;
            }
            errors.general(refusalText(e));
            reloadAfterRefusal();
            return false;
        }
    }

    /** Shows the dossier as it now is, and closes the dialog whose action no longer applies. */
    private void reloadAfterRefusal() {
        action = null;
        PrimeFaces.current().ajax().addCallbackParam("done", true);
        try {
            detail = backOffice.detail(detail.id());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Dossier {0} could not be read again", detail.id());
        }
    }

    private String refusalText(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AccessDenied) {
                return t.getMessage();
            }
        }
        return Texts.text(locale(), "dossier.error.denied");
    }

    // ---- for the page ----

    /** The actions the caller may take now, as buttons. */
    public List<DossierAction> getButtons() {
        return BUTTONS.stream().filter(a -> detail.actions().contains(a)).toList();
    }

    public boolean can(String name) {
        return detail.actions().contains(DossierAction.valueOf(name));
    }

    /** True while the dialog is open for the action of this name. */
    public boolean actionIs(String name) {
        return action != null && action.name().equals(name);
    }

    public String labelOf(String name) {
        return label(DossierAction.valueOf(name));
    }

    /** The words for an action on its button and as the dialog's title. */
    public String label(DossierAction a) {
        return Texts.text(locale(), "office.action." + a.name());
    }

    /** The label of the text the open dialog asks for; null when it asks for none. */
    public String getTextLabel() {
        if (action == null) {
            return null;
        }
        return Texts.text(locale(), switch (action) {
            case REQUEST_SUPPLEMENT -> "office.field.supplementReasons";
            case REFUSE_RECEIPT, STOP -> "office.field.refusalReasons";
            case DELAY -> "office.field.delayReason";
            case SEND_BACK -> "office.field.sendBackNote";
            case PROPOSE -> "office.field.proposalNote";
            default -> "office.field.note";
        });
    }

    /** The field the business core names in its message about the open dialog's text. */
    public String getTextField() {
        if (action == null) {
            return "note";
        }
        return switch (action) {
            case REQUEST_SUPPLEMENT, REFUSE_RECEIPT, STOP -> "reasons";
            case DELAY -> "reason";
            default -> "note";
        };
    }

    public boolean isTextRequired() {
        return action != null && (REASONED.contains(action) || action == DossierAction.DELAY
                || action == DossierAction.SEND_BACK);
    }

    public boolean isTextShown() {
        return action != null && action != DossierAction.CONSULT;
    }

    public List<OfficialChoice> getProcessors() {
        if (processors == null) {
            processors = backOffice.processors();
        }
        return processors;
    }

    public String processorLabel(OfficialChoice choice) {
        return choice.unitName() == null ? choice.name()
                : choice.name() + " – " + choice.unitName();
    }

    public List<UnitChoice> getDepartments() {
        if (departments == null) {
            departments = backOffice.departments();
        }
        return departments;
    }

    /** May the caller answer this consultation: it awaits their department. */
    public boolean canAnswer(ConsultView consultation) {
        return consultation.answeredAt() == null && myUnitName != null
                && myUnitName.equals(consultation.unitName());
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }

    public List<DossierFileView> getResultFiles() {
        return detail.files().stream().filter(f -> f.kind() == DossierFileKind.RESULT)
                .toList();
    }

    /** The papers worth printing for the dossier as it stands, with their addresses. */
    public List<Paper> getPapers() {
        String base = PageExits.request().getContextPath()
                + PrettyUrls.officeDossierPath(detail.id()) + "/";
        List<Paper> papers = new ArrayList<>();
        for (PaperKind kind : PaperKind.values()) {
            if (isPaperRelevant(kind)) {
                papers.add(new Paper(kind, "office.paper." + kind.name(),
                        base + DossierPaperServlet.paperSegment(kind)));
            }
        }
        return papers;
    }

    /** A paper of the dossier: its kind, label key and address. */
    public record Paper(PaperKind kind, String labelKey, String url) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    boolean isPaperRelevant(PaperKind kind) {
        return switch (kind) {
            case RECEIPT, CONTROL_SHEET -> true;
            case SUPPLEMENT_REQUEST -> happened(DossierAction.REQUEST_SUPPLEMENT);
            // Mẫu 03 is mailed both when the receipt is refused and when the approver stops
            // the dossier.
            case REFUSAL -> happened(DossierAction.REFUSE_RECEIPT)
                    || happened(DossierAction.STOP) || detail.step() == DossierStep.STOPPED;
            case APOLOGY -> detail.extendedAt() != null || happened(DossierAction.DELAY);
        };
    }

    private boolean happened(DossierAction a) {
        return detail.events().stream().anyMatch(e -> e.action() == a);
    }

    public String getAcceptAttribute() {
        return FileKind.acceptAttribute();
    }

    public long getMaxUploadBytes() {
        return FileSettings.current().maxBytes();
    }

    public String getAcceptedText() {
        return DossierTexts.acceptedText(locale(), getMaxUploadBytes());
    }

    public String getClientMessages() {
        return FacesMessages.forBrowser(locale(), FacesMessages.FILE_CHECKS);
    }

    public String getResumePathEncoded() {
        return Urls.encode(PrettyUrls.officeDossierPath(detail.id()));
    }

    /** Called by "Tiếp tục làm việc": the request itself keeps the session alive. */
    public void keepAlive() {
        // Nothing else to do.
    }

    public long getIdleWarningMillis() {
        return PageExits.idleWarningMillis(PageExits.request(), 120);
    }

    private Locale locale() {
        return languagePreference.getLocale();
    }

    public DossierDetail getDetail() {
        return detail;
    }

    public DossierAction getAction() {
        return action;
    }

    public FormErrors getErrors() {
        return errors;
    }

    public String getNotice() {
        return notice;
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<String> getMissingParts() {
        return missingParts;
    }

    public void setMissingParts(List<String> missingParts) {
        this.missingParts = missingParts == null ? new ArrayList<>()
                : new ArrayList<>(missingParts);
    }

    public String getMissingOther() {
        return missingOther;
    }

    public void setMissingOther(String missingOther) {
        this.missingOther = missingOther;
    }

    public String getProcessorLogin() {
        return processorLogin;
    }

    public void setProcessorLogin(String processorLogin) {
        this.processorLogin = processorLogin;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public boolean isGrant() {
        return grant;
    }

    public void setGrant(boolean grant) {
        this.grant = grant;
    }

    public String getNewDue() {
        return newDue;
    }

    public void setNewDue(String newDue) {
        this.newDue = newDue;
    }

    public String getMessageBody() {
        return messageBody;
    }

    public void setMessageBody(String messageBody) {
        this.messageBody = messageBody;
    }
}
