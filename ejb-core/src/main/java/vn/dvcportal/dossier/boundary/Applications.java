package vn.dvcportal.dossier.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dvcportal.calendar.boundary.WorkCalendars;
import vn.dvcportal.calendar.control.WorkingCalendar;
import vn.dvcportal.catalog.entity.ChannelKind;
import vn.dvcportal.catalog.entity.Procedure;
import vn.dvcportal.catalog.entity.ProcedureChannel;
import vn.dvcportal.division.boundary.AdministrativeUnits;
import vn.dvcportal.division.entity.AdministrativeUnit;
import vn.dvcportal.division.entity.UnitEra;
import vn.dvcportal.division.entity.UnitLevel;
import vn.dvcportal.dossier.control.Actor;
import vn.dvcportal.dossier.control.ApplicationStart;
import vn.dvcportal.dossier.control.ConcurrentChange;
import vn.dvcportal.dossier.control.DossierDetail;
import vn.dvcportal.dossier.control.DossierDocuments;
import vn.dvcportal.dossier.control.DossierMails;
import vn.dvcportal.dossier.control.DossierPapers;
import vn.dvcportal.dossier.control.DossierRoutes;
import vn.dvcportal.dossier.control.DossierStore;
import vn.dvcportal.dossier.control.DossierSummary;
import vn.dvcportal.dossier.control.DossierViews;
import vn.dvcportal.dossier.control.DossierWorkflow;
import vn.dvcportal.dossier.control.DraftInput;
import vn.dvcportal.dossier.control.DraftView;
import vn.dvcportal.dossier.control.FormData;
import vn.dvcportal.dossier.control.MessageRules;
import vn.dvcportal.dossier.control.MyFileView;
import vn.dvcportal.dossier.control.PaperKind;
import vn.dvcportal.dossier.control.ReceivingAgency;
import vn.dvcportal.dossier.control.RequiredPart;
import vn.dvcportal.dossier.control.SubmissionRules;
import vn.dvcportal.dossier.control.SubmitResult;
import vn.dvcportal.dossier.entity.Delivery;
import vn.dvcportal.dossier.entity.Dossier;
import vn.dvcportal.dossier.entity.DossierEvent;
import vn.dvcportal.dossier.entity.DossierFile;
import vn.dvcportal.dossier.entity.DossierFileKind;
import vn.dvcportal.dossier.entity.DossierMessage;
import vn.dvcportal.dossier.entity.DossierStep;
import vn.dvcportal.eform.boundary.EForms;
import vn.dvcportal.eform.control.FormField;
import vn.dvcportal.eform.control.FormPrefill;
import vn.dvcportal.eform.control.FormSchema;
import vn.dvcportal.eform.control.FormValidator;
import vn.dvcportal.files.boundary.FileStore;
import vn.dvcportal.files.control.UploadNames;
import vn.dvcportal.files.entity.StoredFile;
import vn.dvcportal.identity.control.AccessDenied;
import vn.dvcportal.identity.control.AccountStore;
import vn.dvcportal.identity.control.ProfileView;
import vn.dvcportal.identity.control.ValidationFailure;
import vn.dvcportal.identity.control.Views;
import vn.dvcportal.identity.entity.Account;
import vn.dvcportal.identity.entity.Address;
import vn.dvcportal.identity.entity.Roles;
import vn.dvcportal.numbering.boundary.DossierCodes;
import vn.dvcportal.paper.control.Papers;
import vn.dvcportal.text.control.FreeText;
import vn.dvcportal.text.control.TextFolding;

/**
 * A citizen's or a business's own applications: beginning one from a procedure, saving the
 * draft as they go, attaching files, submitting; then following, completing, withdrawing and
 * discussing the dossiers submitted. Nobody else's dossiers are ever reached: another
 * applicant's dossier answers as if it did not exist.
 */
@Stateless
@RolesAllowed({Roles.CITIZEN, Roles.BUSINESS})
public class Applications {

    /**
     * Files one dossier may ever gather, removed ones included; far above any procedure's
     * list of documents.
     */
    static final int MAX_FILES = 100;

    /** The e-form data of a draft, in bytes of its JSON form. */
    static final int MAX_FORM_BYTES = 64 * 1024;

    /** Longest postal address kept. */
    static final int MAX_POSTAL_ADDRESS = 500;

    /** Earlier files offered for reuse. */
    static final int MAX_MY_FILES = 200;

    static final String NO_FILE = "Không tìm thấy tệp.";

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    @Resource
    SessionContext ctx;

    @EJB
    EForms eforms;

    @EJB
    FileStore files;

    @EJB
    DossierCodes codes;

    @EJB
    WorkCalendars calendars;

    @EJB
    AdministrativeUnits units;

    @Inject
    DossierMailer mail;

    /**
     * The caller's open draft for the procedure, or a new one: received by the agency the
     * procedure is routed to, with the procedure's processing time, documents and cases, and
     * the e-form prefilled from the caller's profile.
     *
     * @throws ValidationFailure on {@code procedure} for an unknown procedure or one no agency
     *     receives online
     */
    public ApplicationStart start(String procedureCode) {
        AccountStore accounts = new AccountStore(em);
        // The caller's row stays locked until the transaction ends, so that two starts at
        // once run one after the other and the second finds the draft of the first.
        Account account = accounts.locked(DossierCallers.requireAccount(ctx, accounts));
        DossierStore store = new DossierStore(em);
        Procedure procedure = store.procedure(procedureCode).orElseThrow(() ->
                ValidationFailure.of("procedure", "Không tìm thấy thủ tục " + procedureCode
                        + "."));
        Optional<Dossier> open = store.openDraft(account.getLoginName(), procedure.getCode());
        if (open.isPresent()) {
            return new ApplicationStart(draftView(store, open.get(), Map.of()), true);
        }
        ReceivingAgency agency = new DossierRoutes(em).receiver(procedure).orElseThrow(() ->
                ValidationFailure.of("procedure", DossierRoutes.NO_RECEIVER));
        Instant now = Instant.now();
        Dossier d = new Dossier(procedure.getCode(), procedure.getName(), agency.unitId(),
                agency.code(), agency.name(), account.getLoginName(), account.getDisplayName(),
                now);
        copyApplicant(d, account);
        ProcedureChannel channel = timeChannel(procedure);
        if (channel != null) {
            d.setProcessingTime(channel.getTimeValue(), channel.getTimeUnit());
        }
        DossierDocuments documents = DossierDocuments.of(procedure.getDocuments());
        d.setDocuments(documents.toJson());
        if (documents.cases().size() == 1) {
            d.setCaseName(documents.cases().get(0));
        }
        FormSchema form = eforms.forProcedure(procedure.getCode());
        ProfileView profile = Views.profile(account, accounts.roles(account),
                Optional.empty());
        d.setFormData(FormData.toJson(FormPrefill.prefill(form, profile)));
        // Online is the usual choice; the wizard lets the applicant change it.
        d.setDelivery(Delivery.ONLINE);
        store.add(d);
        Actor me = DossierCallers.actor(accounts, account);
        store.add(workflow().created(d, me, now));
        em.flush();
        return new ApplicationStart(draftView(store, d, form, Map.of()), false);
    }

    /** One of the caller's drafts. */
    public DraftView draft(long id) {
        DossierStore store = new DossierStore(em);
        return draftView(store, ownDraft(store, id, false), Map.of());
    }

    /**
     * Saves what the applicant changed, even when incomplete: a draft survives sessions and
     * restarts because it lives in the database. Values in a wrong format are saved as typed
     * and reported in {@link DraftView#problems()}, required values missing are not reported
     * before submission. A draft has one writer, so a save is merged into the stored draft
     * whatever version the page held. Choosing another case takes out the files of documents
     * the new case does not ask for, so that they are not handed in unseen.
     *
     * @param version the version the page holds; kept for the contract, drafts merge
     * @throws ValidationFailure on {@code form.<key>} for a value longer than its field allows
     *     or form data over {@value #MAX_FORM_BYTES} bytes in all, on {@code postalAddress}
     *     for an address over {@value #MAX_POSTAL_ADDRESS} characters; nothing of the save is
     *     kept then
     */
    public DraftView save(long id, long version, DraftInput input) {
        DossierStore store = new DossierStore(em);
        Dossier d = ownDraft(store, id, true);
        if (input == null) {
            return draftView(store, d, Map.of());
        }
        FormSchema form = eforms.forProcedure(d.getProcedureCode());
        Map<String, String> problems = new LinkedHashMap<>();
        if (input.caseName() != null) {
            String chosen = TextFolding.nfc(input.caseName());
            List<String> cases = DossierDocuments.parse(d.getDocuments()).cases();
            if (chosen.isEmpty()) {
                d.setCaseName(null);
            } else if (cases.contains(chosen)) {
                if (!chosen.equals(d.getCaseName())) {
                    detachOutsideCase(store, d, chosen);
                }
                d.setCaseName(chosen);
            } else {
                problems.put("case", "Trường hợp đã chọn không có trong thủ tục.");
            }
        }
        if (input.values() != null) {
            Map<String, String> values = FormData.parse(d.getFormData());
            input.values().forEach((k, v) -> {
                if (v == null || v.isBlank()) {
                    values.remove(k);
                } else {
                    values.put(k, v);
                }
            });
            Map<String, String> kept = FormValidator.normalise(form, values);
            String json = FormData.toJson(kept);
            refuseOversized(form, kept, json, input.values().keySet());
            d.setFormData(json);
            Map<String, String> found = FormValidator.validate(form, kept, eforms.unitCodes(),
                    today());
            found.forEach((k, msg) -> {
                String v = kept.get(k);
                if (v != null && !v.isEmpty() && !"false".equals(v)) {
                    problems.put(SubmissionRules.FORM_PREFIX + k, msg);
                }
            });
        }
        if (input.delivery() != null) {
            d.setDelivery(input.delivery());
        }
        if (input.postalAddress() != null) {
            String address = FreeText.oneLine(input.postalAddress());
            int length = address.codePointCount(0, address.length());
            if (length > MAX_POSTAL_ADDRESS) {
                throw ValidationFailure.of("postalAddress", "Địa chỉ nhận kết quả dài tối đa "
                        + MAX_POSTAL_ADDRESS + " ký tự (đã nhập " + length + ").");
            }
            d.setPostalAddress(address.isEmpty() ? null : address);
        }
        d.setUpdatedAt(Instant.now());
        flush();
        return draftView(store, d, form, problems);
    }

    /**
     * Attaches a file to a document of the draft, streamed into the file store.
     *
     * @param part the index of the document, or -1 for a file that answers none
     * @throws ValidationFailure on {@code file} for an empty, too large or unaccepted file,
     *     on {@code part} for a document not asked for in the chosen case
     */
    public DraftView attach(long id, int part, String name, InputStream in) {
        DossierStore store = new DossierStore(em);
        Dossier d = ownDraft(store, id, true);
        String partName = partName(d, part);
        String clean = UploadNames.clean(name);
        limitFiles(store, d);
        StoredFile stored = files.store(in, clean, files.maxBytes());
        Instant now = Instant.now();
        store.add(new DossierFile(d, stored, part, partName, DossierFileKind.APPLICANT,
                UploadNames.withExtension(clean, stored.getMediaType()), now,
                d.getApplicantLogin()));
        d.setUpdatedAt(now);
        flush();
        return draftView(store, d, Map.of());
    }

    /** Attaches again a file the caller handed in with an earlier dossier. */
    public DraftView attachExisting(long id, int part, long dossierFileId) {
        DossierStore store = new DossierStore(em);
        Dossier d = ownDraft(store, id, true);
        String partName = partName(d, part);
        DossierFile source = store.file(dossierFileId)
                .filter(f -> !f.isRemoved()
                        && f.getDossier().getApplicantLogin().equals(d.getApplicantLogin()))
                .filter(f -> f.getKind() == DossierFileKind.APPLICANT
                        || f.getKind() == DossierFileKind.SUPPLEMENT)
                .orElseThrow(() -> new AccessDenied(NO_FILE));
        limitFiles(store, d);
        Instant now = Instant.now();
        store.add(new DossierFile(d, source.getStoredFile(), part, partName,
                DossierFileKind.APPLICANT, source.getOriginalName(), now,
                d.getApplicantLogin()));
        d.setUpdatedAt(now);
        flush();
        return draftView(store, d, Map.of());
    }

    /** Takes a file out of the draft. */
    public DraftView detach(long id, long fileId) {
        DossierStore store = new DossierStore(em);
        Dossier d = ownDraft(store, id, true);
        DossierFile f = store.file(fileId)
                .filter(x -> x.getDossier().getId().equals(d.getId()) && !x.isRemoved())
                .orElseThrow(() -> new AccessDenied(NO_FILE));
        f.remove();
        d.setUpdatedAt(Instant.now());
        flush();
        return draftView(store, d, Map.of());
    }

    /**
     * Submits the draft after checking all of it: the e-form, the case, a file for every
     * document required in the case, the delivery. Submitting again (a double click, a
     * retry) answers with the code already given and changes nothing.
     *
     * @throws ValidationFailure listing every problem; the draft stays as it was
     */
    public SubmitResult submit(long id) {
        AccountStore accounts = new AccountStore(em);
        Account account = DossierCallers.requireAccount(ctx, accounts);
        DossierStore store = new DossierStore(em);
        // The lock makes a second submission wait for the first and then see its code.
        Dossier d = store.locked(id)
                .filter(x -> x.getApplicantLogin().equals(account.getLoginName()))
                .orElseThrow(() -> new AccessDenied(DossierWorkflow.NOT_FOUND));
        if (d.getStep() != DossierStep.DRAFT) {
            if (d.getCode() == null) {
                throw new AccessDenied(DossierWorkflow.NOT_FOUND);
            }
            return new SubmitResult(d.getId(), d.getCode(), d.getSubmittedAt(), d.getDueAt(),
                    true);
        }
        FormSchema form = eforms.forProcedure(d.getProcedureCode());
        Map<String, String> values = FormValidator.normalise(form,
                FormData.parse(d.getFormData()));
        Map<String, String> formProblems = FormValidator.validate(form, values,
                eforms.unitCodes(), today());
        List<DossierFile> attached = store.files(d);
        Map<String, String> problems = SubmissionRules.problems(
                DossierDocuments.parse(d.getDocuments()), d.getCaseName(),
                DossierViews.partsWithFiles(attached), formProblems, d.getDelivery(),
                d.getPostalAddress());
        if (!problems.isEmpty()) {
            throw new ValidationFailure(problems);
        }
        d.setFormData(FormData.toJson(values));
        copyApplicant(d, account);
        Instant now = Instant.now();
        String code = codes.next(d.getAgencyCode(), now);
        Actor me = DossierCallers.actor(accounts, account);
        DossierEvent event = workflow().submit(d, me, code, now);
        store.add(event);
        flush();
        List<DossierEvent> events = store.events(d);
        mail.send(d.getApplicantEmail(), DossierMails.submitted(d),
                DossierPapers.source(PaperKind.RECEIPT, d, attached, events));
        return new SubmitResult(d.getId(), d.getCode(), d.getSubmittedAt(), d.getDueAt(),
                false);
    }

    /** Every dossier of the caller, drafts included, latest first. */
    public List<DossierSummary> mine() {
        String login = DossierCallers.requireAccount(ctx, new AccountStore(em)).getLoginName();
        return new DossierStore(em).ofApplicant(login).stream().map(DossierViews::summary)
                .toList();
    }

    /** One submitted dossier of the caller, by its code. */
    public DossierDetail mineDetail(String code) {
        DossierStore store = new DossierStore(em);
        Actor me = DossierCallers.actor(ctx, new AccountStore(em));
        return detail(store, own(store, code, me, false), me);
    }

    /**
     * Attaches a file that completes the dossier while the agency asks for a supplement.
     *
     * @param part the index of the document, or -1 for any other file
     */
    public DossierDetail attachSupplement(String code, int part, String name, InputStream in) {
        DossierStore store = new DossierStore(em);
        Actor me = DossierCallers.actor(ctx, new AccountStore(em));
        Dossier d = own(store, code, me, true);
        if (!d.getStep().isAwaitingSupplement()) {
            throw ValidationFailure.of("action", "Hồ sơ không ở bước chờ bổ sung.");
        }
        String partName = part == -1 ? null : partName(d, part);
        String clean = UploadNames.clean(name);
        limitFiles(store, d);
        StoredFile stored = files.store(in, clean, files.maxBytes());
        Instant now = Instant.now();
        store.add(new DossierFile(d, stored, part, partName, DossierFileKind.SUPPLEMENT,
                UploadNames.withExtension(clean, stored.getMediaType()), now, me.login()));
        d.setUpdatedAt(now);
        flush();
        return detail(store, d, me);
    }

    /**
     * Sends the supplement: the files attached since the request, with a note. The agency's
     * clock starts again from now.
     */
    public DossierDetail supplement(String code, String note) {
        DossierStore store = new DossierStore(em);
        Actor me = DossierCallers.actor(ctx, new AccountStore(em));
        Dossier d = own(store, code, me, true);
        Instant requested = Optional.ofNullable(DossierViews.pendingSupplementRequest(d,
                store.events(d))).map(DossierEvent::getAt).orElse(Instant.EPOCH);
        boolean newFiles = store.files(d).stream().anyMatch(f ->
                f.getKind() == DossierFileKind.SUPPLEMENT && !f.getUploadedAt().isBefore(
                        requested));
        Instant now = Instant.now();
        store.add(workflow().supplement(d, me, note, newFiles, now));
        flush();
        return detail(store, d, me);
    }

    /** Withdraws a dossier not yet decided. */
    public DossierDetail withdraw(String code, String reason) {
        DossierStore store = new DossierStore(em);
        Actor me = DossierCallers.actor(ctx, new AccountStore(em));
        Dossier d = own(store, code, me, true);
        store.add(workflow().withdraw(d, me, reason, Instant.now()));
        flush();
        return detail(store, d, me);
    }

    /** Writes to the agency about a submitted dossier. */
    public DossierDetail message(String code, String body) {
        DossierStore store = new DossierStore(em);
        Actor me = DossierCallers.actor(ctx, new AccountStore(em));
        Dossier d = own(store, code, me, false);
        String text = MessageRules.body(body);
        Instant now = Instant.now();
        MessageRules.requireRoomToday(store.messagesSince(d, me.login(), startOfDay(now)));
        store.add(new DossierMessage(d, now, me.login(), me.name(), false, text));
        flush();
        return detail(store, d, me);
    }

    /**
     * Takes one of the caller's drafts away for good, with its files and history. The stored
     * files stay: they are shared by content.
     */
    public void discard(long draftId) {
        DossierStore store = new DossierStore(em);
        store.deleteDraft(ownDraft(store, draftId, true));
        flush();
    }

    /**
     * The files the caller handed in with dossiers submitted before, latest first, for reuse;
     * files of drafts are not offered.
     */
    public List<MyFileView> myFiles() {
        String login = DossierCallers.requireAccount(ctx, new AccountStore(em)).getLoginName();
        List<MyFileView> views = new ArrayList<>();
        for (DossierFile f : new DossierStore(em).filesOfApplicant(login, MAX_MY_FILES)) {
            StoredFile s = f.getStoredFile();
            views.add(new MyFileView(f.getId(), f.getOriginalName(), s.getMediaType(),
                    s.getSizeBytes(), f.getUploadedAt(), f.getDossier().getCode(),
                    f.getDossier().getProcedureName(), f.getPartName()));
        }
        return views;
    }

    /** The receipt (Mẫu 01) of one of the caller's dossiers, as a PDF. */
    public byte[] receipt(String code) {
        DossierStore store = new DossierStore(em);
        Actor me = DossierCallers.actor(ctx, new AccountStore(em));
        Dossier d = own(store, code, me, false);
        return new DossierPapers(new Papers()).print(DossierPapers.source(PaperKind.RECEIPT, d,
                store.files(d), store.events(d)));
    }

    // ------------------------------------------------------------------ helpers

    private DossierWorkflow workflow() {
        return new DossierWorkflow(calendars.current());
    }

    private static LocalDate today() {
        return LocalDate.now(WorkingCalendar.ZONE);
    }

    private Dossier ownDraft(DossierStore store, long id, boolean lock) {
        String login = DossierCallers.requireAccount(ctx, new AccountStore(em)).getLoginName();
        Optional<Dossier> found = lock ? store.locked(id) : store.byId(id);
        Dossier d = found.filter(x -> x.getApplicantLogin().equals(login))
                .orElseThrow(() -> new AccessDenied(DossierWorkflow.NOT_FOUND));
        if (d.getStep() != DossierStep.DRAFT) {
            throw ValidationFailure.of("action", "Hồ sơ đã được nộp (mã " + d.getCode()
                    + ") nên không sửa được bản nháp nữa.");
        }
        return d;
    }

    private static Dossier own(DossierStore store, String code, Actor me, boolean lock) {
        Optional<Dossier> found = lock ? store.lockedByCode(code) : store.byCode(code);
        return found.filter(x -> x.getApplicantLogin().equals(me.login()))
                .orElseThrow(() -> new AccessDenied(DossierWorkflow.NOT_FOUND));
    }

    private DossierDetail detail(DossierStore store, Dossier d, Actor me) {
        WorkingCalendar calendar = calendars.current();
        Instant now = Instant.now();
        return DossierViews.detail(d, eforms.forProcedure(d.getProcedureCode()),
                store.files(d), store.events(d), store.messages(d), List.of(),
                new DossierWorkflow(calendar).allowed(d, me, now), true, now, calendar);
    }

    private DraftView draftView(DossierStore store, Dossier d, Map<String, String> problems) {
        return draftView(store, d, eforms.forProcedure(d.getProcedureCode()), problems);
    }

    private DraftView draftView(DossierStore store, Dossier d, FormSchema form,
            Map<String, String> problems) {
        return DossierViews.draft(d, form, store.files(d), problems, files.maxBytes(),
                files.acceptedTypesText());
    }

    /** The name of a part of the chosen case; -1 is any other file. */
    private static String partName(Dossier d, int part) {
        if (part == -1) {
            return null;
        }
        RequiredPart p = DossierDocuments.parse(d.getDocuments()).partOf(d.getCaseName(), part);
        if (p == null) {
            throw ValidationFailure.of("part", "Thành phần hồ sơ không có trong trường hợp"
                    + " đã chọn.");
        }
        return p.name();
    }

    private static void limitFiles(DossierStore store, Dossier d) {
        if (store.filesEverAttached(d) >= MAX_FILES) {
            throw ValidationFailure.of("file", "Mỗi hồ sơ chỉ được đính kèm tối đa " + MAX_FILES
                    + " lần tải tệp, kể cả các tệp đã gỡ bỏ.");
        }
    }

    private static Instant startOfDay(Instant now) {
        return now.atZone(WorkingCalendar.ZONE).toLocalDate().atStartOfDay(WorkingCalendar.ZONE)
                .toInstant();
    }

    /**
     * Takes out the files of documents the new case does not ask for; files that answer no
     * document stay.
     */
    private static void detachOutsideCase(DossierStore store, Dossier d, String newCase) {
        DossierDocuments documents = DossierDocuments.parse(d.getDocuments());
        for (DossierFile f : store.files(d)) {
            if (f.getPart() != DossierFile.OTHER_PART
                    && documents.partOf(newCase, f.getPart()) == null) {
                f.remove();
            }
        }
    }

    /**
     * Refuses a save that would store more than the e-form allows, naming the field: a value
     * over its field's limit, or the whole data over {@value #MAX_FORM_BYTES} bytes.
     */
    private static void refuseOversized(FormSchema form, Map<String, String> kept, String json,
            Set<String> changed) {
        String longest = null;
        for (FormField field : form.fields()) {
            String v = kept.get(field.key());
            if (v == null) {
                continue;
            }
            // Only what this save changes: a value kept from before is the submission's concern.
            if (changed.contains(field.key()) && v.length() > field.limit()) {
                throw ValidationFailure.of(SubmissionRules.FORM_PREFIX + field.key(),
                        field.label() + " dài tối đa " + field.limit() + " ký tự (đã nhập "
                                + v.length() + ").");
            }
            if (changed.contains(field.key())
                    && (longest == null || v.length() > kept.get(longest).length())) {
                longest = field.key();
            }
        }
        if (json.getBytes(StandardCharsets.UTF_8).length > MAX_FORM_BYTES) {
            throw ValidationFailure.of(longest == null ? "form"
                    : SubmissionRules.FORM_PREFIX + longest, "Dữ liệu tờ khai quá lớn: tối đa "
                    + MAX_FORM_BYTES / 1024 + " KB cho toàn bộ tờ khai.");
        }
    }

    /** The applicant as their profile says now, for the papers. */
    private void copyApplicant(Dossier d, Account account) {
        d.setApplicantName(account.getDisplayName());
        d.setApplicantEmail(account.getEmail());
        d.setApplicantPhone(account.getPhone());
        d.setApplicantIdNo(account.getCitizen() != null ? account.getCitizen().getPersonalId()
                : account.getBusiness() != null ? account.getBusiness().getTaxCode() : null);
        d.setApplicantAddress(address(account.getAddress()));
    }

    private String address(Address a) {
        if (a == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (a.getStreet() != null && !a.getStreet().isBlank()) {
            parts.add(a.getStreet().strip());
        }
        units.find(UnitEra.CURRENT, UnitLevel.COMMUNE, a.getCommuneCode())
                .map(AdministrativeUnit::getName).ifPresent(parts::add);
        units.find(UnitEra.CURRENT, UnitLevel.PROVINCE, a.getProvinceCode())
                .map(AdministrativeUnit::getName).ifPresent(parts::add);
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** The online channel's processing time, else the first channel that states one. */
    static ProcedureChannel timeChannel(Procedure p) {
        ProcedureChannel first = null;
        for (ProcedureChannel c : p.getChannels()) {
            if (c.getTimeValue() == null) {
                continue;
            }
            if (c.getKind() == ChannelKind.ONLINE) {
                return c;
            }
            if (first == null) {
                first = c;
            }
        }
        return first;
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChange("đã có thay đổi khác");
        }
    }
}
