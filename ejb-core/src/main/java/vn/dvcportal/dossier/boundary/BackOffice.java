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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.dvcportal.calendar.boundary.WorkCalendars;
import vn.dvcportal.calendar.control.DueDateRule;
import vn.dvcportal.calendar.control.WorkingCalendar;
import vn.dvcportal.dossier.control.Actor;
import vn.dvcportal.dossier.control.ConcurrentChange;
import vn.dvcportal.dossier.control.DossierDetail;
import vn.dvcportal.dossier.control.DossierMails;
import vn.dvcportal.dossier.control.DossierPapers;
import vn.dvcportal.dossier.control.DossierStore;
import vn.dvcportal.dossier.control.DossierViews;
import vn.dvcportal.dossier.control.DossierWorkflow;
import vn.dvcportal.dossier.control.MessageRules;
import vn.dvcportal.dossier.control.OfficialChoice;
import vn.dvcportal.dossier.control.PaperKind;
import vn.dvcportal.dossier.control.UnitChoice;
import vn.dvcportal.dossier.control.WorkCounts;
import vn.dvcportal.dossier.control.WorkItem;
import vn.dvcportal.dossier.control.WorkLists;
import vn.dvcportal.dossier.control.WorkQuery;
import vn.dvcportal.dossier.entity.Consultation;
import vn.dvcportal.dossier.entity.Dossier;
import vn.dvcportal.dossier.entity.DossierEvent;
import vn.dvcportal.dossier.entity.DossierFile;
import vn.dvcportal.dossier.entity.DossierFileKind;
import vn.dvcportal.dossier.entity.DossierMessage;
import vn.dvcportal.dossier.entity.DossierStep;
import vn.dvcportal.eform.boundary.EForms;
import vn.dvcportal.files.boundary.FileStore;
import vn.dvcportal.files.control.UploadNames;
import vn.dvcportal.files.entity.StoredFile;
import vn.dvcportal.identity.control.AccessDenied;
import vn.dvcportal.identity.control.AccountStore;
import vn.dvcportal.identity.control.ValidationFailure;
import vn.dvcportal.identity.entity.Account;
import vn.dvcportal.identity.entity.OfficialPosting;
import vn.dvcportal.identity.entity.OrgUnit;
import vn.dvcportal.identity.entity.Roles;
import vn.dvcportal.paper.control.Papers;
import vn.dvcportal.text.control.FreeText;

/**
 * The back office of an agency: work lists, a dossier's page, and every step officials take
 * on it. The container checks the role of each step; the rules check that the dossier belongs
 * to the caller's agency, is in the step the action applies to, and has not changed since the
 * official loaded it (the version they send back). Each step is recorded as an event and, where
 * the applicant must know, mailed to them once committed.
 */
@Stateless
@RolesAllowed(Roles.OFFICIAL)
public class BackOffice {

    /** Processors and departments listed at most. */
    static final int MAX_CHOICES = 500;

    /** Result files one dossier may ever receive, removed ones included. */
    static final int MAX_RESULT_FILES = 30;

    @PersistenceContext(unitName = "dvc")
    EntityManager em;

    @Resource
    SessionContext ctx;

    @EJB
    WorkCalendars calendars;

    @EJB
    EForms eforms;

    @EJB
    FileStore files;

    @Inject
    DossierMailer mail;

    // ------------------------------------------------------------------ lists

    public WorkCounts counts() {
        return lists().counts(me(), Instant.now());
    }

    public List<WorkItem> list(WorkQuery query) {
        return lists().list(me(), Objects.requireNonNull(query, "query"), Instant.now());
    }

    /** How many dossiers the query finds over all pages. */
    public long total(WorkQuery query) {
        return lists().total(me(), Objects.requireNonNull(query, "query"), Instant.now());
    }

    /**
     * One dossier of the caller's agency.
     *
     * @throws AccessDenied the same whether the dossier does not exist or is another agency's
     */
    public DossierDetail detail(long id) {
        DossierStore store = new DossierStore(em);
        Actor me = me();
        return detail(store, mine(store, id, me, false), me);
    }

    // ------------------------------------------------------------------ the one-stop desk

    /** Takes the dossier in and sets its due date; the receipt is mailed to the applicant. */
    @RolesAllowed(Roles.RECEIVER)
    public DossierDetail accept(long id, long version, String note) {
        return act(id, (d, me, w, now) -> w.accept(d, version, me, note, now),
                (d, events, files) -> mail.send(d.getApplicantEmail(),
                        DossierMails.received(d), DossierPapers.source(PaperKind.RECEIPT, d,
                                files, events)));
    }

    /**
     * Asks the applicant for a supplement: the desk before taking the dossier in, the
     * assigned processor while handling it. Mẫu 02 is mailed.
     *
     * @param missing the documents or contents to hand in, one per item
     */
    @RolesAllowed({Roles.RECEIVER, Roles.PROCESSOR})
    public DossierDetail requestSupplement(long id, long version, String reasons,
            List<String> missing) {
        return act(id, (d, me, w, now) -> w.requestSupplement(d, version, me, reasons, missing,
                now), (d, events, files) -> {
                    DossierPapers.Source paper = DossierPapers.source(
                            PaperKind.SUPPLEMENT_REQUEST, d, files, events);
                    mail.send(d.getApplicantEmail(), DossierMails.supplementRequested(d,
                            paper.note(), paper.missing()), paper);
                });
    }

    /**
     * Refuses the dossier: at the desk, before taking it in (Mẫu 03); or, for a leader, a
     * dossier awaiting approval, whose processing stops.
     */
    @RolesAllowed({Roles.RECEIVER, Roles.APPROVER})
    public DossierDetail refuse(long id, long version, String reasons) {
        return act(id, (d, me, w, now) -> w.refuse(d, version, me, reasons, now),
                (d, events, files) -> refusalMail(d, events, files));
    }

    /** Hands the result over; the dossier closes. */
    @RolesAllowed(Roles.RECEIVER)
    public DossierDetail returnResult(long id, long version, String note) {
        return act(id, (d, me, w, now) -> w.returnResult(d, version, me, note, now),
                (d, events, files) -> mail.send(d.getApplicantEmail(),
                        DossierMails.returned(d), null));
    }

    // ------------------------------------------------------------------ the leader

    /** Assigns a processor of the agency. */
    @RolesAllowed(Roles.APPROVER)
    public DossierDetail assign(long id, long version, String processorLogin, String note) {
        AccountStore accounts = new AccountStore(em);
        Actor processor = accounts.byLoginName(processorLogin == null ? "" : processorLogin)
                .filter(Account::isEnabled).map(a -> DossierCallers.actor(accounts, a))
                .orElse(null);
        return act(id, (d, me, w, now) -> w.assign(d, version, me, processor, note, now), null);
    }

    /**
     * Approves the proposal: the result is ready (mailed), or, for a proposal to refuse,
     * processing stops.
     */
    @RolesAllowed(Roles.APPROVER)
    public DossierDetail approve(long id, long version, String note) {
        return act(id, (d, me, w, now) -> w.approve(d, version, me, note, now),
                (d, events, files) -> {
                    if (d.getStep() == DossierStep.RESULT_READY) {
                        mail.send(d.getApplicantEmail(), DossierMails.resultReady(d), null);
                    } else {
                        refusalMail(d, events, files);
                    }
                });
    }

    /** Sends the proposal back to the processor. */
    @RolesAllowed(Roles.APPROVER)
    public DossierDetail sendBack(long id, long version, String note) {
        return act(id, (d, me, w, now) -> w.sendBack(d, version, me, note, now), null);
    }

    // ------------------------------------------------------------------ the processor

    /**
     * Asks a department of the agency for its opinion by the end of a day.
     *
     * @param deadline the day by which to answer, until 17:00
     */
    @RolesAllowed(Roles.PROCESSOR)
    public DossierDetail consult(long id, long version, long unitId, LocalDate deadline,
            String question) {
        OrgUnit unit = em.find(OrgUnit.class, unitId);
        Instant due = deadline == null ? null : deadline.atTime(DueDateRule.DUE_TIME)
                .atZone(WorkingCalendar.ZONE).toInstant();
        DossierStore store = new DossierStore(em);
        return act(id, (d, me, w, now) -> {
            DossierEvent e = w.consult(d, version, me, unit == null ? null : unit.getId(),
                    unit == null ? null : unit.getName(),
                    unit == null ? null : unit.agency().getId(),
                    unit != null && !unit.isAgency(), due, question, now);
            store.add(new Consultation(d, unit.getId(), unit.getName(), me.login(), me.name(),
                    now, due, FreeText.clean(question)));
            return e;
        }, null);
    }

    /** An official of the consulted department answers. */
    public DossierDetail answer(long consultationId, String answer) {
        DossierStore store = new DossierStore(em);
        Actor me = me();
        Consultation c = store.consultation(consultationId)
                .orElseThrow(() -> new AccessDenied(DossierWorkflow.NOT_FOUND));
        Dossier d = mine(store, c.getDossier().getId(), me, true);
        boolean othersOpen = store.consultations(d).stream()
                .anyMatch(x -> !x.isAnswered() && !x.getId().equals(c.getId()));
        store.add(workflow().answer(d, me, c, othersOpen, answer, Instant.now()));
        flush();
        return detail(store, d, me);
    }

    /** Uploads a result file (decision, licence, answer) while processing. */
    @RolesAllowed(Roles.PROCESSOR)
    public DossierDetail attachResult(long id, String name, InputStream in) {
        DossierStore store = new DossierStore(em);
        Actor me = me();
        Dossier d = mine(store, id, me, true);
        requireProcessing(d, me);
        String clean = UploadNames.clean(name);
        if (store.filesEverAttached(d, DossierFileKind.RESULT) >= MAX_RESULT_FILES) {
            throw ValidationFailure.of(UploadNames.FIELD, "Mỗi hồ sơ chỉ được tải lên tối đa "
                    + MAX_RESULT_FILES + " tệp kết quả, kể cả các tệp đã gỡ bỏ.");
        }
        StoredFile stored = files.store(in, clean, files.maxBytes());
        Instant now = Instant.now();
        store.add(new DossierFile(d, stored, DossierFile.OTHER_PART, null,
                DossierFileKind.RESULT, UploadNames.withExtension(clean, stored.getMediaType()),
                now, me.login()));
        flush();
        return detail(store, d, me);
    }

    /** Removes a result file not yet proposed. */
    @RolesAllowed(Roles.PROCESSOR)
    public DossierDetail removeResult(long id, long fileId) {
        DossierStore store = new DossierStore(em);
        Actor me = me();
        Dossier d = mine(store, id, me, true);
        requireProcessing(d, me);
        DossierFile f = store.file(fileId).filter(x -> x.getDossier().getId().equals(d.getId())
                && x.getKind() == DossierFileKind.RESULT && !x.isRemoved())
                .orElseThrow(() -> new AccessDenied("Không tìm thấy tệp kết quả."));
        f.remove();
        flush();
        return detail(store, d, me);
    }

    /** Proposes to grant, with the result files uploaded, or to refuse, with the reasons. */
    @RolesAllowed(Roles.PROCESSOR)
    public DossierDetail propose(long id, long version, boolean grant, String note) {
        DossierStore store = new DossierStore(em);
        return act(id, (d, me, w, now) -> w.propose(d, version, me, grant, note,
                (int) store.files(d).stream()
                        .filter(f -> f.getKind() == DossierFileKind.RESULT).count(), now),
                null);
    }

    /**
     * Puts the due date back once, announced at the latest on the working day before it; the
     * apology letter (Mẫu 04) is mailed.
     *
     * @param newDue the new due day, a working day after the current one; due at 17:00
     */
    @RolesAllowed({Roles.PROCESSOR, Roles.APPROVER})
    public DossierDetail delay(long id, long version, LocalDate newDue, String reason) {
        return act(id, (d, me, w, now) -> w.delay(d, version, me, newDue, reason, now),
                (d, events, files) -> mail.send(d.getApplicantEmail(), DossierMails.delayed(d),
                        DossierPapers.source(PaperKind.APOLOGY, d, files, events)));
    }

    // ------------------------------------------------------------------ papers and messages

    /** A paper of the dossier as a PDF, printable at any time. */
    public byte[] paper(long id, PaperKind kind) {
        Objects.requireNonNull(kind, "kind");
        DossierStore store = new DossierStore(em);
        Dossier d = mine(store, id, me(), false);
        return new DossierPapers(new Papers()).print(DossierPapers.source(kind, d,
                store.files(d), store.events(d)));
    }

    /** Writes to the applicant; the message is mailed to them. */
    public DossierDetail message(long id, String body) {
        DossierStore store = new DossierStore(em);
        Actor me = me();
        Dossier d = mine(store, id, me, false);
        if (d.getStep() == DossierStep.DRAFT) {
            throw new AccessDenied(DossierWorkflow.NOT_FOUND);
        }
        String text = MessageRules.body(body);
        Instant now = Instant.now();
        Instant today = now.atZone(WorkingCalendar.ZONE).toLocalDate()
                .atStartOfDay(WorkingCalendar.ZONE).toInstant();
        MessageRules.requireRoomToday(store.messagesSince(d, me.login(), today));
        store.add(new DossierMessage(d, now, me.login(), me.name(), true, text));
        flush();
        mail.send(d.getApplicantEmail(), DossierMails.message(d, me.name(), text), null);
        return detail(store, d, me);
    }

    /** The processors of the caller's agency, for assignment. */
    public List<OfficialChoice> processors() {
        Actor me = me();
        if (me.agencyId() == null) {
            return List.of();
        }
        return em.createNamedQuery(OfficialPosting.IN_AGENCY, OfficialPosting.class)
                .setParameter("agencyId", me.agencyId()).setMaxResults(MAX_CHOICES)
                .getResultStream()
                .filter(p -> p.getRoles().contains(Roles.PROCESSOR)
                        && p.getAccount().isEnabled())
                .map(p -> new OfficialChoice(p.getAccount().getLoginName(),
                        p.getAccount().getDisplayName(),
                        p.getUnit() == null ? null : p.getUnit().getName()))
                .toList();
    }

    /** The departments of the caller's agency, for consultation. */
    public List<UnitChoice> departments() {
        Actor me = me();
        if (me.agencyId() == null) {
            return List.of();
        }
        return em.createNamedQuery(OrgUnit.ALL, OrgUnit.class).setMaxResults(MAX_CHOICES * 10)
                .getResultStream()
                .filter(u -> !u.isAgency() && me.agencyId().equals(u.agency().getId()))
                .limit(MAX_CHOICES)
                .map(u -> new UnitChoice(u.getId(), u.getCode(), u.getName())).toList();
    }

    // ------------------------------------------------------------------ helpers

    /** One step: the rule changes the dossier, the event is recorded, then the mail. */
    @FunctionalInterface
    interface Step {
        DossierEvent apply(Dossier d, Actor me, DossierWorkflow w, Instant now);
    }

    @FunctionalInterface
    interface AfterStep {
        void run(Dossier d, List<DossierEvent> events, List<DossierFile> files);
    }

    private DossierDetail act(long id, Step step, AfterStep after) {
        DossierStore store = new DossierStore(em);
        Actor me = me();
        Dossier d = mine(store, id, me, true);
        WorkingCalendar calendar = calendars.current();
        store.add(step.apply(d, me, new DossierWorkflow(calendar), Instant.now()));
        flush();
        if (after != null) {
            after.run(d, store.events(d), store.files(d));
        }
        return detail(store, d, me);
    }

    private void refusalMail(Dossier d, List<DossierEvent> events, List<DossierFile> files) {
        DossierPapers.Source paper = DossierPapers.source(PaperKind.REFUSAL, d, files, events);
        DossierMails.Mail text = d.getStep() == DossierStep.NOT_RECEIVED
                ? DossierMails.refused(d, paper.note()) : DossierMails.stopped(d, paper.note());
        mail.send(d.getApplicantEmail(), text, paper);
    }

    private static void requireProcessing(Dossier d, Actor me) {
        if (d.getStep() != DossierStep.PROCESSING || !me.login().equals(d.getProcessorLogin())) {
            throw ValidationFailure.of("action", "Chỉ chuyên viên được phân công mới cập nhật"
                    + " được kết quả, khi hồ sơ đang xử lý.");
        }
    }

    private Actor me() {
        return DossierCallers.actor(ctx, new AccountStore(em));
    }

    private WorkLists lists() {
        return new WorkLists(em, calendars.current());
    }

    private DossierWorkflow workflow() {
        return new DossierWorkflow(calendars.current());
    }

    /** A dossier of the caller's agency, submitted; anything else is "not found". */
    private static Dossier mine(DossierStore store, long id, Actor me, boolean lock) {
        return (lock ? store.locked(id) : store.byId(id))
                .filter(d -> d.getStep() != DossierStep.DRAFT && me.agencyId() != null
                        && me.agencyId().equals(d.getAgencyUnitId()))
                .orElseThrow(() -> new AccessDenied(DossierWorkflow.NOT_FOUND));
    }

    private DossierDetail detail(DossierStore store, Dossier d, Actor me) {
        WorkingCalendar calendar = calendars.current();
        Instant now = Instant.now();
        return DossierViews.detail(d, eforms.forProcedure(d.getProcedureCode()),
                store.files(d), store.events(d), store.messages(d), store.consultations(d),
                new DossierWorkflow(calendar).allowed(d, me, now), false, now, calendar);
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChange("đã có thay đổi khác");
        }
    }
}
