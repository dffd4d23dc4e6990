package vn.dvcportal.web.dossier;

import jakarta.faces.component.UIComponent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import vn.dvcportal.catalog.boundary.Catalog;
import vn.dvcportal.dossier.boundary.Applications;
import vn.dvcportal.dossier.control.ConcurrentChange;
import vn.dvcportal.dossier.control.DossierFileView;
import vn.dvcportal.dossier.control.DossierSummary;
import vn.dvcportal.dossier.control.DraftInput;
import vn.dvcportal.dossier.control.DraftView;
import vn.dvcportal.dossier.control.MyFileView;
import vn.dvcportal.dossier.control.RequiredPart;
import vn.dvcportal.dossier.control.SubmitResult;
import vn.dvcportal.dossier.entity.Delivery;
import vn.dvcportal.eform.control.Choice;
import vn.dvcportal.eform.control.FieldType;
import vn.dvcportal.eform.control.FormValidator;
import vn.dvcportal.files.control.FileKind;
import vn.dvcportal.identity.control.ValidationFailure;
import vn.dvcportal.paper.control.QrCodes;
import vn.dvcportal.web.account.AddressDirectory;
import vn.dvcportal.web.account.FormErrors;
import vn.dvcportal.web.i18n.FacesMessages;
import vn.dvcportal.web.i18n.Formats;
import vn.dvcportal.web.i18n.LanguagePreference;
import vn.dvcportal.web.i18n.Texts;
import vn.dvcportal.web.site.PrettyUrls;
import vn.dvcportal.web.site.Urls;

/**
 * The online application at {@code /nop-ho-so/{procedureCode}?ho-so={draft}}: case, e-form,
 * documents, delivery, review, submission. Every change is saved to the draft as it is made, so
 * a reload, another tab or a restart of the server resumes where the applicant was; the draft's
 * number is in the address for that reason. The business core checks everything again at
 * submission, and its findings are shown beside the fields they concern.
 */
@Named
@ViewScoped
public class ApplyView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(ApplyView.class.getName());

    /** The parameter of the address that names the draft. */
    public static final String DRAFT_PARAM = "ho-so";

    /** How long before the session ends the warning shows, in seconds. */
    static final int WARNING_MARGIN = 120;

    static final String CASE = "case";
    static final String DELIVERY = "delivery";
    static final String POSTAL_ADDRESS = "postalAddress";
    static final String FILE_PREFIX = "part.";

    @Inject
    Applications applications;

    @Inject
    AddressDirectory addresses;

    @Inject
    Catalog catalog;

    @Inject
    LanguagePreference languagePreference;

    private String procedureCode;
    private String draftParam;
    private DraftView draft;
    private WizardStep step = WizardStep.FORM;
    private List<FormEntry> entries = List.of();
    private String caseName;
    private Delivery delivery;
    private String postalAddress;
    private SubmitResult result;
    private String notice;
    private List<MyFileView> myFiles;
    private final Map<Integer, Long> reuse = new HashMap<>();
    private final FormErrors errors = new FormErrors();

    /** Opens the draft named in the address, or starts one and names it there. */
    public void open() {
        if (procedureCode == null || procedureCode.isBlank()) {
            PageExits.notFound();
            return;
        }
        String code = procedureCode.strip();
        Long id = Ids.parse(draftParam);
        if (draftParam != null && !draftParam.isBlank() && id == null) {
            PageExits.notFound();
            return;
        }
        try {
            if (id == null) {
                if (catalog.findByCode(code).isEmpty()) {
                    PageExits.notFound();
                    return;
                }
                DraftView started = applications.start(code).draft();
                PageExits.redirect(PrettyUrls.applyPath(code) + "?" + DRAFT_PARAM + "="
                        + started.id());
                return;
            }
            DraftView found = applications.draft(id);
            if (!found.procedureCode().equals(code)) {
                PageExits.redirect(PrettyUrls.applyPath(found.procedureCode()) + "?"
                        + DRAFT_PARAM + "=" + found.id());
                return;
            }
            show(found);
            showFormatProblems();
            step = WizardStep.first(isSeveralCases(), caseName != null);
        } catch (ValidationFailure e) {
            // A procedure no agency receives online, or a draft already submitted.
            if (id != null && goToSubmitted(id)) {
                return;
            }
            errors.general(String.join(" ", e.problems().values()));
        } catch (RuntimeException e) {
            if (!PageExits.isRefusal(e)) {
                throw e;
            }
            if (id == null || !goToSubmitted(id)) {
                PageExits.notFound();
            }
        }
    }

    /** A draft submitted since, opened from its old address: its page in "Hồ sơ của tôi". */
    private boolean goToSubmitted(long id) {
        for (DossierSummary summary : applications.mine()) {
            if (summary.id() == id && summary.code() != null) {
                PageExits.redirect(PrettyUrls.myDossierPath(summary.code()));
                return true;
            }
        }
        return false;
    }

    void show(DraftView view) {
        Map<String, String> kept = new HashMap<>();
        for (FormEntry entry : entries) {
            // What was typed here and could not be saved yet stays as typed.
            if (entry.isChanged()) {
                kept.put(entry.getKey(), entry.getValue());
            }
        }
        Map<String, String> previousErrors = new HashMap<>();
        entries.forEach(e -> {
            if (e.getError() != null) {
                previousErrors.put(e.getKey(), e.getError());
            }
        });
        draft = view;
        caseName = view.caseName();
        delivery = view.delivery();
        postalAddress = view.postalAddress();
        List<FormEntry> fresh = new ArrayList<>();
        view.form().fields().forEach(field -> {
            FormEntry entry = new FormEntry(field, view.values().get(field.key()));
            if (kept.containsKey(field.key())) {
                entry.setValue(kept.get(field.key()));
            }
            entry.setError(previousErrors.get(field.key()));
            fresh.add(entry);
        });
        FormEntry.markSections(fresh);
        entries = fresh;
    }

    // ---- saving ----

    /** Saves one field as soon as it changes; its message shows beside it. */
    public void saveField(FormEntry entry) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(entry.getKey(), entry.stored());
        if (entry.getType() == FieldType.PROVINCE) {
            // The communes of another province no longer fit.
            for (FormEntry commune : entries) {
                if (entry.getKey().equals(commune.getDependsOn())
                        && commune.getValue() != null) {
                    commune.setValue(null);
                    values.put(commune.getKey(), "");
                }
            }
        }
        save(new DraftInput(null, values, null, null), values.keySet());
    }

    /** Saves every field of the form at once. */
    private boolean saveForm() {
        Map<String, String> values = new LinkedHashMap<>();
        entries.forEach(e -> values.put(e.getKey(), e.stored()));
        return save(new DraftInput(null, values, null, null), values.keySet());
    }

    /** Saves the delivery as soon as it is chosen or the postal address changes. */
    public void saveDelivery() {
        begin();
        save(new DraftInput(null, null, delivery, delivery == Delivery.POST
                ? blankToEmpty(postalAddress) : null), List.of());
    }

    /**
     * Sends a change to the draft. When another tab saved in between, the change is sent
     * again on top of the newer draft: it only names what this page changed.
     *
     * @param keys the form fields the change carries, whose messages it replaces
     * @return true when saved
     */
    private boolean save(DraftInput input, Iterable<String> keys) {
        try {
            DraftView saved = sendChange(input);
            for (String key : keys) {
                entry(key).ifPresent(entry -> {
                    entry.saved();
                    String problem = saved.problems().get(key);
                    entry.setError(problem != null ? problem
                            : saved.problems().get("form." + key));
                });
            }
            draft = saved;
            return true;
        } catch (ValidationFailure e) {
            showProblems(e.problems());
            return false;
        }
    }

    private DraftView sendChange(DraftInput input) {
        try {
            return applications.save(draft.id(), draft.version(), input);
        } catch (ConcurrentChange e) {
            DraftView latest = applications.draft(draft.id());
            return applications.save(latest.id(), latest.version(), input);
        }
    }

    private Optional<FormEntry> entry(String key) {
        return entries.stream().filter(e -> e.getKey().equals(key)).findFirst();
    }

    /**
     * Puts the business core's findings where they belong: a field's beside the field, a
     * document's in its row, the rest above the form.
     */
    void showProblems(Map<String, String> problems) {
        problems.forEach((key, message) -> {
            String field = key.startsWith("form.") ? key.substring("form.".length()) : key;
            Optional<FormEntry> entry = entry(field);
            if (entry.isPresent()) {
                entry.get().setError(message);
            } else if (key.equals(CASE) || key.equals(DELIVERY) || key.equals(POSTAL_ADDRESS)
                    || key.startsWith(FILE_PREFIX)) {
                errors.put(key, message);
            } else {
                errors.general(message);
            }
        });
    }

    /** Each action shows only its own messages. */
    private void begin() {
        errors.clear();
        notice = null;
    }

    /**
     * "Xóa bản nháp", once confirmed: the draft and its files go for good and the applicant
     * lands on their dossiers. A draft already gone or submitted meanwhile (in another tab) ends
     * the same way: the list shows what became of it.
     */
    public void discard() {
        begin();
        try {
            applications.discard(draft.id());
        } catch (ValidationFailure e) {
            showProblems(e.problems());
            return;
        } catch (RuntimeException e) {
            if (!PageExits.isRefusal(e)) {
                throw e;
            }
        }
        PageExits.redirect(PrettyUrls.MY_DOSSIERS);
    }

    /** Whether the page holds a draft that "Xóa bản nháp" may take away. */
    public boolean isDiscardable() {
        return draft != null && step != WizardStep.DONE;
    }

    // ---- moving between steps ----

    public void chooseCase() {
        begin();
        if (caseName == null || !draft.cases().contains(caseName)) {
            errors.put(CASE, text("apply.error.case"));
            return;
        }
        if (save(new DraftInput(caseName, null, null, null), List.of())) {
            show(draft);
            step = WizardStep.FORM;
        }
    }

    /** Saves the step and goes on when it is complete; otherwise says what is missing. */
    public void next() {
        begin();
        switch (step) {
            case CASE -> {
                chooseCase();
                return;
            }
            case FORM -> {
                if (!saveForm() || !formComplete()) {
                    errors.general(text("apply.error.fixFields"));
                    return;
                }
            }
            case DOCUMENTS -> {
                if (!documentsComplete()) {
                    return;
                }
            }
            case DELIVERY -> {
                if (!deliveryComplete()) {
                    return;
                }
            }
            default -> {
                return;
            }
        }
        show(draft);
        step = step.next();
    }

    public void back() {
        begin();
        if (step == WizardStep.FORM) {
            saveForm();
        }
        step = step.previous(isSeveralCases());
    }

    /** Goes straight to a step already passed, from the step list or the review. */
    public void goTo(WizardStep target) {
        if (target == null || target == WizardStep.DONE || step == WizardStep.DONE
                || target.ordinal() > step.ordinal()
                || target == WizardStep.CASE && !isSeveralCases()) {
            return;
        }
        begin();
        if (step == WizardStep.FORM) {
            saveForm();
        }
        step = target;
    }

    private boolean formComplete() {
        Map<String, String> typed = new LinkedHashMap<>();
        entries.forEach(e -> typed.put(e.getKey(), e.stored()));
        Map<String, String> found = FormValidator.validate(draft.form(),
                FormValidator.normalise(draft.form(), typed), FormValidator.UNCHECKED,
                LocalDate.now(Formats.ZONE));
        found.forEach((key, message) -> entry(key).ifPresent(e -> e.setError(message)));
        return found.isEmpty() && entries.stream().allMatch(e -> e.getError() == null);
    }

    /**
     * Marks the values saved earlier in a wrong format, as the save that kept them did; values
     * still missing are left for the step's check, so that a reopened draft is not all red.
     */
    void showFormatProblems() {
        Map<String, String> typed = new LinkedHashMap<>();
        entries.forEach(e -> typed.put(e.getKey(), e.stored()));
        Map<String, String> found = FormValidator.validate(draft.form(),
                FormValidator.normalise(draft.form(), typed), FormValidator.UNCHECKED,
                LocalDate.now(Formats.ZONE));
        for (FormEntry entry : entries) {
            if (entry.getValue() != null && entry.getType() != FieldType.CHECKBOX) {
                entry.setError(found.get(entry.getKey()));
            }
        }
    }

    private boolean documentsComplete() {
        boolean complete = true;
        for (RequiredPart part : draft.parts()) {
            if (part.required() && filesOf(part).isEmpty()) {
                errors.put(FILE_PREFIX + part.index(), text("apply.error.partMissing"));
                complete = false;
            }
        }
        if (!complete) {
            errors.general(text("apply.error.documents"));
        }
        return complete;
    }

    private boolean deliveryComplete() {
        if (delivery == null) {
            errors.put(DELIVERY, text("apply.error.delivery"));
            return false;
        }
        if (delivery == Delivery.POST && (postalAddress == null || postalAddress.isBlank())) {
            errors.put(POSTAL_ADDRESS, text("apply.error.postalAddress"));
            return false;
        }
        saveDelivery();
        return errors.isEmpty();
    }

    // ---- documents ----

    /** A file chosen for a document; the document's index comes with the upload. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        Object attribute = event.getComponent().getAttributes().get("part");
        int part = attribute instanceof Number n ? n.intValue()
                : Integer.parseInt(String.valueOf(attribute));
        begin();
        try (InputStream in = file.getInputStream()) {
            draft = applications.attach(draft.id(), part, file.getFileName(), in);
            notice = Texts.format(locale(), "apply.uploaded", file.getFileName());
        } catch (ValidationFailure e) {
            errors.put(FILE_PREFIX + part, String.join(" ", e.problems().values()));
        } catch (IOException e) {
            long draftId = draft.id();
            LOG.log(Level.WARNING, e, () -> "Upload to draft " + draftId + " could not be read");
            errors.put(FILE_PREFIX + part, text("apply.error.uploadFailed"));
        }
    }

    public void detach(DossierFileView file) {
        begin();
        try {
            draft = applications.detach(draft.id(), file.id());
            notice = Texts.format(locale(), "apply.removed", file.name());
        } catch (ValidationFailure e) {
            errors.put(FILE_PREFIX + file.part(), String.join(" ", e.problems().values()));
        }
    }

    /** Attaches a file handed in with an earlier dossier to a document. */
    public void reuse(RequiredPart part) {
        begin();
        Long chosen = reuse.get(part.index());
        if (chosen == null) {
            errors.put(FILE_PREFIX + part.index(), text("apply.error.chooseEarlier"));
            return;
        }
        try {
            draft = applications.attachExisting(draft.id(), part.index(), chosen);
            reuse.remove(part.index());
        } catch (ValidationFailure e) {
            errors.put(FILE_PREFIX + part.index(), String.join(" ", e.problems().values()));
        }
    }

    /** The files attached to a document, in the order they were added. */
    public List<DossierFileView> filesOf(RequiredPart part) {
        return draft.files().stream().filter(f -> f.part() == part.index()).toList();
    }

    /**
     * Files handed in with the applicant's earlier dossiers, read once per page. A file handed
     * in for several documents or dossiers is offered once, by its latest use.
     */
    public List<MyFileView> getMyFiles() {
        if (myFiles == null) {
            myFiles = distinct(applications.myFiles());
        }
        return myFiles;
    }

    static List<MyFileView> distinct(List<MyFileView> files) {
        Map<String, MyFileView> seen = new LinkedHashMap<>();
        for (MyFileView file : files) {
            seen.putIfAbsent(file.name() + "\u0000" + file.sizeBytes() + "\u0000"
                    + file.mediaType(), file);
        }
        return List.copyOf(seen.values());
    }

    public String myFileLabel(MyFileView file) {
        return Texts.format(locale(), "apply.earlierFile", file.name(),
                file.dossierCode() == null ? "" : file.dossierCode(),
                Formats.bytes(file.sizeBytes(), locale()));
    }

    public Map<Integer, Long> getReuse() {
        return reuse;
    }

    // ---- submission ----

    /** Submits the dossier; a second click gets the same answer from the business core. */
    public void submit() {
        begin();
        try {
            result = applications.submit(draft.id());
            step = WizardStep.DONE;
        } catch (ValidationFailure e) {
            showProblems(e.problems());
            step = stepOfFirstProblem(e.problems().keySet());
            if (step == WizardStep.FORM) {
                errors.general(text("apply.error.fixFields"));
            }
        }
    }

    /** The step at which the first of the business core's findings can be put right. */
    WizardStep stepOfFirstProblem(Iterable<String> keys) {
        WizardStep first = WizardStep.REVIEW;
        for (String key : keys) {
            WizardStep at;
            if (key.equals(CASE)) {
                at = isSeveralCases() ? WizardStep.CASE : WizardStep.FORM;
            } else if (key.startsWith(FILE_PREFIX)) {
                at = WizardStep.DOCUMENTS;
            } else if (key.equals(DELIVERY) || key.equals(POSTAL_ADDRESS)) {
                at = WizardStep.DELIVERY;
            } else if (entry(key.startsWith("form.") ? key.substring(5) : key).isPresent()) {
                at = WizardStep.FORM;
            } else {
                at = WizardStep.REVIEW;
            }
            if (at.ordinal() < first.ordinal()) {
                first = at;
            }
        }
        return first;
    }

    /** The QR code of the dossier's code, as an image the page embeds. */
    public String getQrDataUri() {
        if (result == null) {
            return null;
        }
        return "data:image/png;base64,"
                + Base64.getEncoder().encodeToString(QrCodes.png(result.code(), 160));
    }

    public String getReceiptPath() {
        return result == null ? null
                : PrettyUrls.myDossierPath(result.code()) + "/" + DossierPaperServlet.RECEIPT;
    }

    // ---- session ----

    /** Called by "Tiếp tục làm việc": the request itself keeps the session alive. */
    public void keepAlive() {
        // Nothing else to do.
    }

    public long getIdleWarningMillis() {
        return PageExits.idleWarningMillis(PageExits.request(), WARNING_MARGIN);
    }

    // ---- for the page ----

    /** PrimeFaces' checks of the chosen file, in the portal's words. */
    public String getClientMessages() {
        return FacesMessages.forBrowser(locale(), FacesMessages.FILE_CHECKS);
    }

    /** This draft's address, encoded for the sign-in page to come back to. */
    public String getResumePathEncoded() {
        return Urls.encode(PrettyUrls.applyPath(draft.procedureCode()) + "?" + DRAFT_PARAM + "="
                + draft.id());
    }

    public boolean isSeveralCases() {
        return draft != null && draft.cases().size() > 1;
    }

    public List<WizardStep> getShownSteps() {
        return WizardStep.shown(isSeveralCases());
    }

    public boolean isOpen() {
        return draft != null;
    }

    public List<AddressDirectory.Place> getProvinces() {
        return addresses.provinces();
    }

    public boolean isAddressListed() {
        return addresses.isLoaded();
    }

    /** The communes of the province chosen in the field a commune field follows. */
    public List<AddressDirectory.Place> communesFor(FormEntry commune) {
        return entry(commune.getDependsOn()).map(p -> addresses.communes(p.getValue()))
                .orElse(List.of());
    }

    /** A field's value in words for the review; units by their names. */
    public String reviewValue(FormEntry entry) {
        boolean english = languagePreference.isEnglish();
        if (entry.getValue() == null) {
            return "";
        }
        return switch (entry.getType()) {
            case PROVINCE -> addresses.provinceName(entry.getValue());
            case COMMUNE -> entry(entry.getDependsOn())
                    .map(p -> addresses.communeName(p.getValue(), entry.getValue()))
                    .orElse(entry.getValue());
            default -> entry.display(english, text("common.yes"), text("common.no"));
        };
    }

    public String label(FormEntry entry) {
        return entry.label(languagePreference.isEnglish());
    }

    public String choiceLabel(Choice choice) {
        return choice.label(languagePreference.isEnglish());
    }

    /** The id of an element next to a field's input, in the same row of the form. */
    public String sibling(UIComponent input, String id) {
        String clientId = input.getClientId();
        int cut = clientId.lastIndexOf(':');
        return (cut < 0 ? "" : clientId.substring(0, cut + 1)) + id;
    }

    public Delivery[] getDeliveries() {
        return Delivery.values();
    }

    /** What files are accepted, for the hint of every file picker. */
    public String getAcceptedText() {
        return DossierTexts.acceptedText(locale(), draft.maxUploadBytes());
    }

    public String getAcceptAttribute() {
        return FileKind.acceptAttribute();
    }

    public long getMaxUploadBytes() {
        return draft.maxUploadBytes();
    }

    private Locale locale() {
        return languagePreference.getLocale();
    }

    private String text(String key) {
        return Texts.text(locale(), key);
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s;
    }

    public DraftView getDraft() {
        return draft;
    }

    public WizardStep getStep() {
        return step;
    }

    public List<FormEntry> getEntries() {
        return entries;
    }

    public List<RequiredPart> getParts() {
        return draft.parts();
    }

    public SubmitResult getResult() {
        return result;
    }

    public String getNotice() {
        return notice;
    }

    public FormErrors getErrors() {
        return errors;
    }

    public String getProcedureCode() {
        return procedureCode;
    }

    public void setProcedureCode(String procedureCode) {
        this.procedureCode = procedureCode;
    }

    public String getDraftParam() {
        return draftParam;
    }

    public void setDraftParam(String draftParam) {
        this.draftParam = draftParam;
    }

    public String getCaseName() {
        return caseName;
    }

    public void setCaseName(String caseName) {
        this.caseName = caseName;
    }

    public Delivery getDelivery() {
        return delivery;
    }

    public void setDelivery(Delivery delivery) {
        this.delivery = delivery;
    }

    public String getPostalAddress() {
        return postalAddress;
    }

    public void setPostalAddress(String postalAddress) {
        this.postalAddress = postalAddress;
    }
}
