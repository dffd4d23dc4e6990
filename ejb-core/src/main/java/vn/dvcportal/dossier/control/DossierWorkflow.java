package vn.dvcportal.dossier.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.dvcportal.calendar.control.DueDate;
import vn.dvcportal.calendar.control.DueDateRule;
import vn.dvcportal.calendar.control.WorkingCalendar;
import vn.dvcportal.dossier.entity.Consultation;
import vn.dvcportal.dossier.entity.Dossier;
import vn.dvcportal.dossier.entity.DossierAction;
import vn.dvcportal.dossier.entity.DossierEvent;
import vn.dvcportal.dossier.entity.DossierStep;
import vn.dvcportal.dossier.entity.Outcome;
import vn.dvcportal.identity.control.AccessDenied;
import vn.dvcportal.identity.control.ValidationFailure;
import vn.dvcportal.identity.entity.Roles;
import vn.dvcportal.text.control.FreeText;
import vn.dvcportal.text.control.TextFolding;

/**
 * Which step may follow which, for whom, and what each changes on the dossier. Every method
 * checks, in this order, that the dossier is within the actor's reach (their agency, or their
 * own dossier), that they hold the role, that nobody changed the dossier since they loaded it,
 * that the dossier is in a step the action applies to, and the input; then it changes the
 * dossier and returns the event to record. Nothing here touches the database.
 */
public final class DossierWorkflow {

    /** Same words whether the dossier does not exist or is beyond reach, so nothing leaks. */
    public static final String NOT_FOUND =
            "Không tìm thấy hồ sơ hoặc bạn không có quyền với hồ sơ này.";
    public static final String DELAYED_ONCE =
            "Hồ sơ đã được gia hạn một lần; không thể gia hạn lần nữa.";
    public static final int MAX_NOTE = 4000;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final WorkingCalendar calendar;

    public DossierWorkflow(WorkingCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    // ------------------------------------------------------------------ the applicant

    /** The first event of a draft. */
    public DossierEvent created(Dossier d, Actor applicant, Instant now) {
        return event(d, applicant, now, DossierAction.CREATE, null, DossierStep.DRAFT, null,
                null, null);
    }

    /**
     * Submits a draft under the code given: the clock starts on a provisional due date, which
     * the receipt sets for good.
     */
    public DossierEvent submit(Dossier d, Actor applicant, String code, Instant now) {
        requireApplicant(d, applicant);
        requireStep(d, DossierAction.SUBMIT, DossierStep.DRAFT);
        d.setCode(Objects.requireNonNull(code, "code"));
        d.setSubmittedAt(now);
        d.setSearchText(searchText(d));
        restartClock(d, now);
        return move(d, applicant, now, DossierAction.SUBMIT, DossierStep.SUBMITTED, null, null,
                d.getDueAt());
    }

    /**
     * The applicant completes the dossier as asked. The clock starts again from now, for the
     * whole processing time, as the rules on supplements require.
     *
     * @param newFiles whether files were added since the request
     */
    public DossierEvent supplement(Dossier d, Actor applicant, String note, boolean newFiles,
            Instant now) {
        requireApplicant(d, applicant);
        requireStep(d, DossierAction.SUPPLEMENT, DossierStep.SUPPLEMENT_AT_RECEIPT,
                DossierStep.SUPPLEMENT_IN_PROCESS);
        String text = optional(note, "note");
        if (!newFiles && text == null) {
            throw ValidationFailure.of("note",
                    "Vui lòng đính kèm giấy tờ bổ sung hoặc ghi rõ nội dung bổ sung.");
        }
        DossierStep to = d.getStep() == DossierStep.SUPPLEMENT_AT_RECEIPT
                ? DossierStep.SUBMITTED : DossierStep.PROCESSING;
        d.setPausedAt(null);
        restartClock(d, now);
        return move(d, applicant, now, DossierAction.SUPPLEMENT, to, text, null, d.getDueAt());
    }

    /** The applicant takes the dossier back before its result is ready. */
    public DossierEvent withdraw(Dossier d, Actor applicant, String reason, Instant now) {
        requireApplicant(d, applicant);
        requireStep(d, DossierAction.WITHDRAW,
                DossierStep.WITHDRAWABLE.toArray(DossierStep[]::new));
        String text = required(reason, "reason", "Vui lòng nêu lý do rút hồ sơ.");
        d.setOutcome(Outcome.WITHDRAWN);
        d.setClosedAt(now);
        return move(d, applicant, now, DossierAction.WITHDRAW, DossierStep.WITHDRAWN, text,
                null, null);
    }

    // ------------------------------------------------------------------ the one-stop desk

    /** Takes the dossier in; the due date is set from now and kept with its basis. */
    public DossierEvent accept(Dossier d, long seen, Actor a, String note, Instant now) {
        official(d, a, seen, Roles.RECEIVER);
        requireStep(d, DossierAction.ACCEPT, DossierStep.SUBMITTED);
        String text = optional(note, "note");
        d.setReceivedAt(now);
        restartClock(d, now);
        return move(d, a, now, DossierAction.ACCEPT, DossierStep.RECEIVED, text, null,
                d.getDueAt());
    }

    /**
     * Asks the applicant to complete the dossier: at the desk before it is taken in, or by the
     * processor while handling it. The clock stops until the supplement comes.
     */
    public DossierEvent requestSupplement(Dossier d, long seen, Actor a, String reasons,
            List<String> missing, Instant now) {
        reach(d, a);
        // The step decides whose request this is, so a page that is out of date must be told so
        // before the step is read: otherwise it would hear "not your role" instead of "reload".
        version(d, seen);
        DossierStep to;
        if (d.getStep() == DossierStep.SUBMITTED) {
            role(a, Roles.RECEIVER);
            to = DossierStep.SUPPLEMENT_AT_RECEIPT;
        } else {
            role(a, Roles.PROCESSOR);
            to = DossierStep.SUPPLEMENT_IN_PROCESS;
        }
        if (to == DossierStep.SUPPLEMENT_IN_PROCESS) {
            requireStep(d, DossierAction.REQUEST_SUPPLEMENT, DossierStep.PROCESSING);
            requireProcessor(d, a);
        }
        String text = required(reasons, "reasons", "Vui lòng nêu lý do yêu cầu bổ sung.");
        String list = lines(missing);
        d.setPausedAt(now);
        return move(d, a, now, DossierAction.REQUEST_SUPPLEMENT, to, text, list, null);
    }

    /**
     * Refuses the dossier: at the desk (not received) or, by the approver, after processing
     * (processing stops).
     */
    public DossierEvent refuse(Dossier d, long seen, Actor a, String reasons, Instant now) {
        reach(d, a);
        version(d, seen);
        if (d.getStep() == DossierStep.AWAITING_APPROVAL) {
            return stop(d, seen, a, reasons, now);
        }
        role(a, Roles.RECEIVER);
        requireStep(d, DossierAction.REFUSE_RECEIPT, DossierStep.SUBMITTED);
        String text = required(reasons, "reasons", "Vui lòng nêu lý do từ chối tiếp nhận.");
        d.setOutcome(Outcome.NOT_RECEIVED);
        d.setClosedAt(now);
        return move(d, a, now, DossierAction.REFUSE_RECEIPT, DossierStep.NOT_RECEIVED, text,
                null, null);
    }

    /** Hands the result to the applicant; the dossier closes. */
    public DossierEvent returnResult(Dossier d, long seen, Actor a, String note, Instant now) {
        official(d, a, seen, Roles.RECEIVER);
        requireStep(d, DossierAction.RETURN_RESULT, DossierStep.RESULT_READY);
        String text = optional(note, "note");
        d.setReturnedAt(now);
        d.setClosedAt(now);
        return move(d, a, now, DossierAction.RETURN_RESULT, DossierStep.RETURNED, text, null,
                null);
    }

    // ------------------------------------------------------------------ the leader

    /**
     * Assigns a processor of the agency; also reassigns while processing.
     *
     * @param processor the official chosen, with their posting
     */
    public DossierEvent assign(Dossier d, long seen, Actor a, Actor processor, String note,
            Instant now) {
        official(d, a, seen, Roles.APPROVER);
        requireStep(d, DossierAction.ASSIGN, DossierStep.RECEIVED, DossierStep.PROCESSING);
        if (processor == null || !processor.has(Roles.PROCESSOR)
                || !Objects.equals(processor.agencyId(), d.getAgencyUnitId())) {
            throw ValidationFailure.of("processor",
                    "Vui lòng chọn một chuyên viên xử lý của cơ quan.");
        }
        String text = optional(note, "note");
        d.assignTo(processor.login(), processor.name(), processor.unitId());
        String line = "Giao cho " + processor.name()
                + (processor.unitName() == null ? "" : " (" + processor.unitName() + ")");
        return move(d, a, now, DossierAction.ASSIGN, DossierStep.PROCESSING,
                text == null ? line : line + ". " + text, null, d.getDueAt());
    }

    /** Confirms what the processor proposed: the result is ready, or processing stops. */
    public DossierEvent approve(Dossier d, long seen, Actor a, String note, Instant now) {
        official(d, a, seen, Roles.APPROVER);
        requireStep(d, DossierAction.APPROVE, DossierStep.AWAITING_APPROVAL);
        String text = optional(note, "note");
        boolean refusal = d.getProposedOutcome() == Outcome.REFUSED;
        d.setProposedOutcome(null);
        d.setFinishedAt(now);
        if (refusal) {
            d.setOutcome(Outcome.REFUSED);
            d.setClosedAt(now);
            return move(d, a, now, DossierAction.STOP, DossierStep.STOPPED,
                    text == null ? "Đồng ý đề xuất từ chối giải quyết" : text, null, null);
        }
        d.setOutcome(Outcome.GRANTED);
        return move(d, a, now, DossierAction.APPROVE, DossierStep.RESULT_READY, text, null,
                null);
    }

    /** The approver refuses the dossier; processing stops for good. */
    public DossierEvent stop(Dossier d, long seen, Actor a, String reason, Instant now) {
        official(d, a, seen, Roles.APPROVER);
        requireStep(d, DossierAction.STOP, DossierStep.AWAITING_APPROVAL);
        String text = required(reason, "reasons", "Vui lòng nêu lý do từ chối giải quyết.");
        d.setProposedOutcome(null);
        d.setOutcome(Outcome.REFUSED);
        d.setFinishedAt(now);
        d.setClosedAt(now);
        return move(d, a, now, DossierAction.STOP, DossierStep.STOPPED, text, null, null);
    }

    /** Sends the proposal back to the processor. */
    public DossierEvent sendBack(Dossier d, long seen, Actor a, String note, Instant now) {
        official(d, a, seen, Roles.APPROVER);
        requireStep(d, DossierAction.SEND_BACK, DossierStep.AWAITING_APPROVAL);
        String text = required(note, "note", "Vui lòng nêu nội dung cần xử lý lại.");
        d.setProposedOutcome(null);
        return move(d, a, now, DossierAction.SEND_BACK, DossierStep.PROCESSING, text, null,
                d.getDueAt());
    }

    // ------------------------------------------------------------------ the processor

    /**
     * As {@link #consult(Dossier, long, Actor, Long, String, Long, boolean, Instant, String,
     * Instant)} for a department whose id is not known.
     *
     * @param unitAgencyId the agency at the root of the department
     * @param department   whether the unit is a department (not the agency itself)
     */
    public DossierEvent consult(Dossier d, long seen, Actor a, String unitName,
            Long unitAgencyId, boolean department, Instant deadline, String question,
            Instant now) {
        return consult(d, seen, a, null, unitName, unitAgencyId, department, deadline,
                question, now);
    }

    /**
     * Asks a department of the agency, other than the processor's own, for its opinion by a
     * working day no later than the dossier's due day; the caller records the consultation.
     *
     * @param unitId       the department asked, null when unknown
     * @param unitAgencyId the agency at the root of the department
     * @param department   whether the unit is a department (not the agency itself)
     */
    public DossierEvent consult(Dossier d, long seen, Actor a, Long unitId, String unitName,
            Long unitAgencyId, boolean department, Instant deadline, String question,
            Instant now) {
        official(d, a, seen, Roles.PROCESSOR);
        requireStep(d, DossierAction.CONSULT, DossierStep.PROCESSING, DossierStep.CONSULTING);
        requireProcessor(d, a);
        if (!department || !Objects.equals(unitAgencyId, d.getAgencyUnitId())) {
            throw ValidationFailure.of("unit", "Vui lòng chọn một phòng ban của cơ quan.");
        }
        if (unitId != null && unitId.equals(a.unitId())) {
            throw ValidationFailure.of("unit", "Không thể xin ý kiến chính phòng ban của bạn;"
                    + " vui lòng chọn một phòng ban khác của cơ quan.");
        }
        if (deadline == null || !deadline.isAfter(now)) {
            throw ValidationFailure.of("deadline", "Hạn trả lời phải sau thời điểm hiện tại.");
        }
        LocalDate deadlineDay = deadline.atZone(WorkingCalendar.ZONE).toLocalDate();
        if (!calendar.isWorkingDay(deadlineDay)) {
            throw ValidationFailure.of("deadline", "Hạn trả lời phải là ngày làm việc.");
        }
        if (d.getDueAt() != null) {
            LocalDate dueDay = d.getDueAt().atZone(WorkingCalendar.ZONE).toLocalDate();
            if (deadlineDay.isAfter(dueDay)) {
                throw ValidationFailure.of("deadline", "Hạn trả lời không được sau ngày hẹn trả"
                        + " kết quả của hồ sơ (" + DATE.format(dueDay) + ").");
            }
        }
        String text = required(question, "question", "Vui lòng nhập nội dung xin ý kiến.");
        return move(d, a, now, DossierAction.CONSULT, DossierStep.CONSULTING,
                unitName + ": " + text, null, deadline);
    }

    /**
     * An official of the consulted department answers; processing resumes once every
     * department asked has answered.
     *
     * @param othersOpen whether other consultations of the dossier still await an answer
     */
    public DossierEvent answer(Dossier d, Actor a, Consultation c, boolean othersOpen,
            String answer, Instant now) {
        reach(d, a);
        if (c == null || c.getDossier() != d && !Objects.equals(c.getDossier().getId(), d.getId())
                || !Objects.equals(a.unitId(), c.getUnitId()) || c.isAnswered()) {
            throw new AccessDenied("Yêu cầu xin ý kiến không còn chờ phòng ban của bạn trả lời.");
        }
        requireStep(d, DossierAction.ANSWER, DossierStep.CONSULTING);
        String text = required(answer, "answer", "Vui lòng nhập nội dung trả lời.");
        c.answer(text, a.login(), a.name(), now);
        DossierStep to = othersOpen ? DossierStep.CONSULTING : DossierStep.PROCESSING;
        return move(d, a, now, DossierAction.ANSWER, to, c.getUnitName() + ": " + text, null,
                null);
    }

    /**
     * Proposes the result to the approver: to grant, with the result files already uploaded,
     * or to refuse, with the reasons.
     */
    public DossierEvent propose(Dossier d, long seen, Actor a, boolean grant, String note,
            int resultFiles, Instant now) {
        official(d, a, seen, Roles.PROCESSOR);
        requireStep(d, DossierAction.PROPOSE, DossierStep.PROCESSING);
        requireProcessor(d, a);
        String text;
        if (grant) {
            if (resultFiles == 0) {
                throw ValidationFailure.of("result",
                        "Vui lòng tải lên văn bản kết quả trước khi trình phê duyệt.");
            }
            text = optional(note, "note");
        } else {
            text = required(note, "note", "Vui lòng nêu lý do đề xuất từ chối giải quyết.");
        }
        d.setProposedOutcome(grant ? Outcome.GRANTED : Outcome.REFUSED);
        String line = grant ? "Đề xuất giải quyết" : "Đề xuất từ chối giải quyết";
        return move(d, a, now, DossierAction.PROPOSE, DossierStep.AWAITING_APPROVAL,
                text == null ? line : line + ": " + text, null, d.getDueAt());
    }

    /**
     * Puts the due date back, once, with an apology: announced at the latest on the working
     * day before the due day, to a working day after it.
     */
    public DossierEvent delay(Dossier d, long seen, Actor a, LocalDate newDueDay, String reason,
            Instant now) {
        reach(d, a);
        boolean processor = a.has(Roles.PROCESSOR) && a.login().equals(d.getProcessorLogin());
        if (!processor && !a.has(Roles.APPROVER)) {
            throw new AccessDenied("Chỉ chuyên viên được phân công hoặc lãnh đạo mới được gia"
                    + " hạn hồ sơ.");
        }
        version(d, seen);
        requireStep(d, DossierAction.DELAY, DossierStep.DELAYABLE.toArray(DossierStep[]::new));
        if (d.isExtended()) {
            throw ValidationFailure.of("newDue", DELAYED_ONCE);
        }
        if (d.getDueAt() == null) {
            throw ValidationFailure.of("newDue",
                    "Hồ sơ chưa có hạn giải quyết nên không cần gia hạn.");
        }
        LocalDate dueDay = d.getDueAt().atZone(WorkingCalendar.ZONE).toLocalDate();
        LocalDate latest = DueDateRule.latestDelayAnnouncement(d.getDueAt(), calendar);
        LocalDate today = now.atZone(WorkingCalendar.ZONE).toLocalDate();
        if (today.isAfter(latest)) {
            throw ValidationFailure.of("newDue", "Phải gia hạn chậm nhất trước một ngày làm"
                    + " việc so với ngày hẹn trả kết quả (" + DATE.format(dueDay)
                    + "), tức là trong ngày " + DATE.format(latest) + ".");
        }
        if (newDueDay == null || !newDueDay.isAfter(dueDay)) {
            throw ValidationFailure.of("newDue", "Ngày hẹn trả mới phải sau ngày hẹn trả hiện tại ("
                    + DATE.format(dueDay) + ").");
        }
        if (!calendar.isWorkingDay(newDueDay)) {
            throw ValidationFailure.of("newDue", "Ngày hẹn trả mới phải là ngày làm việc.");
        }
        String text = required(reason, "reason", "Vui lòng nêu lý do gia hạn.");
        Instant newDue = newDueDay.atTime(DueDateRule.DUE_TIME).atZone(WorkingCalendar.ZONE)
                .toInstant();
        d.extend(newDue, text, now);
        d.setUpdatedAt(now);
        return event(d, a, now, DossierAction.DELAY, d.getStep(), d.getStep(), text, null,
                newDue);
    }

    // ------------------------------------------------------------------ what may be done

    /** The actions the actor may take now, for the page to offer. */
    public Set<DossierAction> allowed(Dossier d, Actor a, Instant now) {
        Set<DossierAction> allowed = EnumSet.noneOf(DossierAction.class);
        DossierStep step = d.getStep();
        if (a.login().equals(d.getApplicantLogin())) {
            if (step == DossierStep.DRAFT) {
                allowed.add(DossierAction.SUBMIT);
            }
            if (step.isAwaitingSupplement()) {
                allowed.add(DossierAction.SUPPLEMENT);
            }
            if (DossierStep.WITHDRAWABLE.contains(step)) {
                allowed.add(DossierAction.WITHDRAW);
            }
            return allowed;
        }
        if (a.agencyId() == null || !a.agencyId().equals(d.getAgencyUnitId())) {
            return allowed;
        }
        boolean assigned = a.login().equals(d.getProcessorLogin());
        boolean processor = a.has(Roles.PROCESSOR) && assigned;
        if (a.has(Roles.RECEIVER)) {
            if (step == DossierStep.SUBMITTED) {
                allowed.addAll(EnumSet.of(DossierAction.ACCEPT,
                        DossierAction.REQUEST_SUPPLEMENT, DossierAction.REFUSE_RECEIPT));
            }
            if (step == DossierStep.RESULT_READY) {
                allowed.add(DossierAction.RETURN_RESULT);
            }
        }
        if (a.has(Roles.APPROVER)) {
            if (step == DossierStep.RECEIVED || step == DossierStep.PROCESSING) {
                allowed.add(DossierAction.ASSIGN);
            }
            if (step == DossierStep.AWAITING_APPROVAL) {
                allowed.addAll(EnumSet.of(DossierAction.APPROVE, DossierAction.STOP,
                        DossierAction.SEND_BACK));
            }
        }
        if (processor) {
            if (step == DossierStep.PROCESSING) {
                allowed.addAll(EnumSet.of(DossierAction.CONSULT,
                        DossierAction.REQUEST_SUPPLEMENT, DossierAction.PROPOSE));
            }
            if (step == DossierStep.CONSULTING) {
                allowed.add(DossierAction.CONSULT);
            }
        }
        if ((processor || a.has(Roles.APPROVER)) && DossierStep.DELAYABLE.contains(step)
                && !d.isExtended() && d.getDueAt() != null
                && !now.atZone(WorkingCalendar.ZONE).toLocalDate()
                        .isAfter(DueDateRule.latestDelayAnnouncement(d.getDueAt(), calendar))) {
            allowed.add(DossierAction.DELAY);
        }
        return allowed;
    }

    // ------------------------------------------------------------------ due dates

    /**
     * Sets the due date from a moment, for the processing time copied from the procedure, with
     * its basis; without a processing time the dossier has no due date.
     */
    public void restartClock(Dossier d, Instant from) {
        JsonObjectBuilder basis = Json.createObjectBuilder().add("from", from.toString())
                .add("calendar", calendar.revision());
        if (d.getTimeValue() == null) {
            d.setDueAt(null);
            d.setDueBasis(basis.add("basis", "Thủ tục chưa quy định thời hạn giải quyết.")
                    .build().toString());
            return;
        }
        DueDate due;
        try {
            due = DueDateRule.compute(from, d.getTimeValue(), d.getTimeUnit(), calendar);
        } catch (IllegalArgumentException e) {
            d.setDueAt(null);
            d.setDueBasis(basis.add("basis", "Thời hạn giải quyết của thủ tục không hợp lệ: "
                    + d.getTimeValue() + ".").build().toString());
            return;
        }
        JsonArrayBuilder skipped = Json.createArrayBuilder();
        due.skipped().forEach(day -> skipped.add(day.toString()));
        basis.add("start", due.start().toString()).add("workingDays", due.workingDays())
                .add("skipped", skipped).add("basis", due.basis())
                .add("timeValue", d.getTimeValue().toPlainString());
        if (d.getTimeUnit() != null) {
            basis.add("timeUnit", d.getTimeUnit().name());
        }
        d.setDueAt(due.due());
        d.setDueBasis(basis.build().toString());
    }

    /** What the work lists search: the code, applicant and procedure, folded. */
    public static String searchText(Dossier d) {
        return TextFolding.fold((d.getCode() == null ? "" : d.getCode()) + " "
                + d.getApplicantName() + " " + d.getProcedureCode() + " "
                + d.getProcedureName());
    }

    // ------------------------------------------------------------------ checks

    private static void reach(Dossier d, Actor a) {
        if (a.agencyId() == null || !a.agencyId().equals(d.getAgencyUnitId())) {
            throw new AccessDenied(NOT_FOUND);
        }
    }

    private static void role(Actor a, String role) {
        if (!a.has(role)) {
            throw new AccessDenied("Việc này dành cho " + Roles.label(role).toLowerCase(
                    java.util.Locale.forLanguageTag("vi")) + ".");
        }
    }

    private static void version(Dossier d, long seen) {
        if (d.getVersion() != seen) {
            throw new ConcurrentChange("hiện ở bước: " + d.getStep().label());
        }
    }

    private static void official(Dossier d, Actor a, long seen, String role) {
        reach(d, a);
        role(a, role);
        version(d, seen);
    }

    private static void requireApplicant(Dossier d, Actor a) {
        if (!a.login().equals(d.getApplicantLogin())) {
            throw new AccessDenied(NOT_FOUND);
        }
    }

    private static void requireProcessor(Dossier d, Actor a) {
        if (!a.login().equals(d.getProcessorLogin())) {
            throw new AccessDenied("Hồ sơ này được giao cho chuyên viên khác xử lý.");
        }
    }

    private static void requireStep(Dossier d, DossierAction action, DossierStep... steps) {
        for (DossierStep s : steps) {
            if (d.getStep() == s) {
                return;
            }
        }
        throw ValidationFailure.of("action", "Không thể " + lower(action.label())
                + " khi hồ sơ đang ở bước \"" + d.getStep().label() + "\".");
    }

    private static String lower(String label) {
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    static String required(String text, String field, String message) {
        String value = optional(text, field);
        if (value == null) {
            throw ValidationFailure.of(field, message);
        }
        return value;
    }

    static String optional(String text, String field) {
        String value = FreeText.clean(text);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.length() > MAX_NOTE) {
            throw ValidationFailure.of(field, "Nội dung dài tối đa " + MAX_NOTE
                    + " ký tự (đã nhập " + value.length() + ").");
        }
        return value;
    }

    private static String lines(List<String> items) {
        if (items == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String item : items) {
            String v = FreeText.clean(item);
            if (v != null && !v.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n").append(v.replace('\n', ' '));
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    private static DossierEvent move(Dossier d, Actor a, Instant now, DossierAction action,
            DossierStep to, String note, String missing, Instant deadline) {
        DossierStep from = d.getStep();
        d.setStep(to);
        d.setUpdatedAt(now);
        return event(d, a, now, action, from, to, note, missing, deadline);
    }

    private static DossierEvent event(Dossier d, Actor a, Instant now, DossierAction action,
            DossierStep from, DossierStep to, String note, String missing, Instant deadline) {
        return new DossierEvent(d, now, a.login(), a.name(), a.unitName(), action, from, to,
                note, missing, deadline);
    }
}
