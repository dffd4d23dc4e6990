package vn.dvcportal.dossier.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dvcportal.dossier.control.Fixtures.APPLICANT;
import static vn.dvcportal.dossier.control.Fixtures.APPROVER;
import static vn.dvcportal.dossier.control.Fixtures.CALENDAR;
import static vn.dvcportal.dossier.control.Fixtures.DEPARTMENT;
import static vn.dvcportal.dossier.control.Fixtures.DEPARTMENT_OFFICIAL;
import static vn.dvcportal.dossier.control.Fixtures.FOREIGN_RECEIVER;
import static vn.dvcportal.dossier.control.Fixtures.MONDAY;
import static vn.dvcportal.dossier.control.Fixtures.OTHER_PROCESSOR;
import static vn.dvcportal.dossier.control.Fixtures.PROCESSOR;
import static vn.dvcportal.dossier.control.Fixtures.RECEIVER;
import static vn.dvcportal.dossier.control.Fixtures.STRANGER;
import static vn.dvcportal.dossier.control.Fixtures.at;
import static vn.dvcportal.dossier.control.Fixtures.dueOn;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dvcportal.calendar.control.WorkingCalendar;
import vn.dvcportal.dossier.entity.Consultation;
import vn.dvcportal.dossier.entity.Dossier;
import vn.dvcportal.dossier.entity.DossierAction;
import vn.dvcportal.dossier.entity.DossierEvent;
import vn.dvcportal.dossier.entity.DossierStep;
import vn.dvcportal.dossier.entity.Outcome;
import vn.dvcportal.identity.control.AccessDenied;
import vn.dvcportal.identity.control.ValidationFailure;

class DossierWorkflowTest {

    private final DossierWorkflow flow = new DossierWorkflow(CALENDAR);
    private Dossier d;

    @BeforeEach
    void draft() {
        assertEquals(DayOfWeek.MONDAY, MONDAY.getDayOfWeek());
        d = Fixtures.draft();
    }

    // ------------------------------------------------------------------ helpers

    private void submitted() {
        flow.submit(d, APPLICANT, "STP-260302-0001", at(MONDAY, 9, 0));
    }

    private void received() {
        submitted();
        flow.accept(d, 0, RECEIVER, null, at(MONDAY, 10, 0));
    }

    private void processing() {
        received();
        flow.assign(d, 0, APPROVER, PROCESSOR, null, at(MONDAY, 11, 0));
    }

    private void awaitingApproval(boolean grant) {
        processing();
        flow.propose(d, 0, PROCESSOR, grant, grant ? null : "Không đủ điều kiện", 1,
                at(MONDAY.plusDays(1), 9, 0));
    }

    // ------------------------------------------------------------------ the applicant

    @Test
    void submissionGivesTheCodeAndAProvisionalDueDate() {
        DossierEvent e = flow.submit(d, APPLICANT, "STP-260302-0001", at(MONDAY, 9, 0));

        assertEquals(DossierStep.SUBMITTED, d.getStep());
        assertEquals("STP-260302-0001", d.getCode());
        assertEquals(at(MONDAY, 9, 0), d.getSubmittedAt());
        // Counted from Monday, five working days: the next Monday at 17:00.
        assertEquals(dueOn(MONDAY.plusDays(7)), d.getDueAt());
        assertTrue(d.getDueBasis().contains("\"workingDays\":5"), d.getDueBasis());
        assertEquals(DossierAction.SUBMIT, e.getAction());
        assertEquals(DossierStep.DRAFT, e.getFromStep());
        assertEquals(DossierStep.SUBMITTED, e.getToStep());
        assertTrue(d.getSearchText().contains("stp 260302 0001"), d.getSearchText());
        assertTrue(d.getSearchText().contains("nguyen van an"), d.getSearchText());
    }

    @Test
    void onlyTheApplicantSubmitsAndOnlyADraft() {
        assertThrows(AccessDenied.class, () -> flow.submit(d, STRANGER, "X", Instant.now()));
        assertThrows(AccessDenied.class, () -> flow.submit(d, RECEIVER, "X", Instant.now()));
        submitted();
        ValidationFailure again = assertThrows(ValidationFailure.class,
                () -> flow.submit(d, APPLICANT, "STP-260302-0002", at(MONDAY, 9, 1)));
        assertNotNull(again.problem("action"));
        assertEquals("STP-260302-0001", d.getCode());
    }

    @Test
    void withoutAProcessingTimeThereIsNoDueDate() {
        d.setProcessingTime(null, null);
        submitted();
        assertNull(d.getDueAt());
        assertTrue(DossierViews.basisText(d.getDueBasis()).contains("chưa quy định"));
    }

    @Test
    void withdrawalBeforeTheResultOnly() {
        processing();
        flow.withdraw(d, APPLICANT, "Nộp nhầm thủ tục", at(MONDAY, 14, 0));
        assertEquals(DossierStep.WITHDRAWN, d.getStep());
        assertEquals(Outcome.WITHDRAWN, d.getOutcome());
        assertNotNull(d.getClosedAt());

        Dossier ready = Fixtures.draft();
        flow.submit(ready, APPLICANT, "C", at(MONDAY, 9, 0));
        ready.setStep(DossierStep.RESULT_READY);
        assertThrows(ValidationFailure.class,
                () -> flow.withdraw(ready, APPLICANT, "Không cần nữa", Instant.now()));
        assertThrows(ValidationFailure.class, () -> flow.withdraw(Fixtures.draft(), APPLICANT,
                "Nháp", Instant.now()));
    }

    @Test
    void withdrawalNeedsAReasonAndTheApplicant() {
        submitted();
        assertThrows(ValidationFailure.class, () -> flow.withdraw(d, APPLICANT, "  ",
                Instant.now()));
        assertThrows(AccessDenied.class, () -> flow.withdraw(d, STRANGER, "Lý do",
                Instant.now()));
        assertEquals(DossierStep.SUBMITTED, d.getStep());
    }

    // ------------------------------------------------------------------ the desk

    @Test
    void acceptanceSetsTheDueDateFromTheReceipt() {
        submitted();
        // Received on Monday after 15:00: counting starts on Tuesday.
        DossierEvent e = flow.accept(d, 0, RECEIVER, "Đủ hồ sơ", at(MONDAY, 15, 30));

        assertEquals(DossierStep.RECEIVED, d.getStep());
        assertEquals(at(MONDAY, 15, 30), d.getReceivedAt());
        assertEquals(dueOn(MONDAY.plusDays(8)), d.getDueAt());
        assertEquals(d.getDueAt(), e.getDeadline());
        assertEquals("Văn phòng Sở", e.getActorUnit());
        assertEquals(DossierStep.SUBMITTED, e.getFromStep());
        assertEquals(DossierStep.RECEIVED, e.getToStep());
    }

    @Test
    void acceptanceIsTheReceiversInTheirAgencyOnTheVersionSeen() {
        submitted();
        assertThrows(AccessDenied.class,
                () -> flow.accept(d, 0, PROCESSOR, null, at(MONDAY, 10, 0)));
        AccessDenied foreign = assertThrows(AccessDenied.class,
                () -> flow.accept(d, 0, FOREIGN_RECEIVER, null, at(MONDAY, 10, 0)));
        assertEquals(DossierWorkflow.NOT_FOUND, foreign.getMessage());
        ConcurrentChange stale = assertThrows(ConcurrentChange.class,
                () -> flow.accept(d, 1, RECEIVER, null, at(MONDAY, 10, 0)));
        assertTrue(stale.getMessage().startsWith("Hồ sơ vừa được người khác xử lý"));
        assertEquals(DossierStep.SUBMITTED, d.getStep());

        flow.accept(d, 0, RECEIVER, null, at(MONDAY, 10, 0));
        ValidationFailure twice = assertThrows(ValidationFailure.class,
                () -> flow.accept(d, 0, RECEIVER, null, at(MONDAY, 10, 5)));
        assertTrue(twice.problem("action").contains("Đã tiếp nhận"), twice.getMessage());
    }

    @Test
    void refusalAtTheDeskClosesTheDossier() {
        submitted();
        assertThrows(ValidationFailure.class,
                () -> flow.refuse(d, 0, RECEIVER, " ", at(MONDAY, 10, 0)));
        assertThrows(AccessDenied.class,
                () -> flow.refuse(d, 0, APPROVER, "Sai thẩm quyền", at(MONDAY, 10, 0)));
        DossierEvent e = flow.refuse(d, 0, RECEIVER, "Không thuộc thẩm quyền",
                at(MONDAY, 10, 0));
        assertEquals(DossierStep.NOT_RECEIVED, d.getStep());
        assertEquals(Outcome.NOT_RECEIVED, d.getOutcome());
        assertEquals(DossierAction.REFUSE_RECEIPT, e.getAction());
        assertEquals("Không thuộc thẩm quyền", e.getNote());
        assertTrue(d.getStep().isClosed());
    }

    @Test
    void resultIsReturnedByTheDesk() {
        awaitingApproval(true);
        flow.approve(d, 0, APPROVER, null, at(MONDAY.plusDays(2), 9, 0));
        assertThrows(AccessDenied.class,
                () -> flow.returnResult(d, 0, PROCESSOR, null, Instant.now()));
        flow.returnResult(d, 0, RECEIVER, null, at(MONDAY.plusDays(3), 9, 0));
        assertEquals(DossierStep.RETURNED, d.getStep());
        assertEquals(Outcome.GRANTED, d.getOutcome());
        assertNotNull(d.getReturnedAt());
        assertNotNull(d.getClosedAt());
    }

    // ------------------------------------------------------------------ supplements

    @Test
    void supplementAtReceiptGoesBackToTheDesk() {
        submitted();
        DossierEvent ask = flow.requestSupplement(d, 0, RECEIVER, "Thiếu giấy tờ",
                List.of("Bản sao CCCD", " ", "Ảnh 4x6"), at(MONDAY, 10, 0));
        assertEquals(DossierStep.SUPPLEMENT_AT_RECEIPT, d.getStep());
        assertEquals("Bản sao CCCD\nẢnh 4x6", ask.getMissing());
        assertEquals(at(MONDAY, 10, 0), d.getPausedAt());

        ValidationFailure empty = assertThrows(ValidationFailure.class,
                () -> flow.supplement(d, APPLICANT, "", false, at(MONDAY, 11, 0)));
        assertNotNull(empty.problem("note"));

        flow.supplement(d, APPLICANT, null, true, at(MONDAY.plusDays(2), 9, 0));
        assertEquals(DossierStep.SUBMITTED, d.getStep());
        assertNull(d.getPausedAt());
        assertEquals(dueOn(MONDAY.plusDays(9)), d.getDueAt());
    }

    @Test
    void supplementInProcessRestartsTheClockFromTheCompleteSupplement() {
        processing();
        Instant firstDue = d.getDueAt();
        assertEquals(dueOn(MONDAY.plusDays(7)), firstDue);
        assertThrows(AccessDenied.class, () -> flow.requestSupplement(d, 0, OTHER_PROCESSOR,
                "Thiếu", List.of(), at(MONDAY.plusDays(2), 9, 0)));
        flow.requestSupplement(d, 0, PROCESSOR, "Cần bản chính", List.of("Giấy khai sinh"),
                at(MONDAY.plusDays(2), 9, 0));
        assertEquals(DossierStep.SUPPLEMENT_IN_PROCESS, d.getStep());
        assertFalse(DossierStep.CLOCK_RUNNING.contains(d.getStep()));

        // Complete the following Tuesday at 10:00: five full working days from then.
        LocalDate tuesday = MONDAY.plusDays(8);
        flow.supplement(d, APPLICANT, "Đã bổ sung bản chính", true, at(tuesday, 10, 0));
        assertEquals(DossierStep.PROCESSING, d.getStep());
        assertEquals(dueOn(tuesday.plusDays(7)), d.getDueAt());
        assertTrue(d.getDueAt().isAfter(firstDue));
    }

    @Test
    void supplementIsAskedOnlyAtTheDeskOrWhileProcessing() {
        received();
        assertThrows(AccessDenied.class, () -> flow.requestSupplement(d, 0, RECEIVER, "Thiếu",
                List.of(), Instant.now()));
        assertThrows(ValidationFailure.class, () -> flow.requestSupplement(d, 0, PROCESSOR,
                "Thiếu", List.of(), Instant.now()));
        assertThrows(ValidationFailure.class,
                () -> flow.supplement(d, APPLICANT, "Bổ sung", true, Instant.now()));
    }

    // ------------------------------------------------------------------ leader and processor

    @Test
    void assignmentNeedsALeaderAndAProcessorOfTheAgency() {
        received();
        assertThrows(AccessDenied.class,
                () -> flow.assign(d, 0, RECEIVER, PROCESSOR, null, Instant.now()));
        assertThrows(ValidationFailure.class,
                () -> flow.assign(d, 0, APPROVER, RECEIVER, null, Instant.now()));
        Actor foreign = new Actor("syt.cv", "CV Y tế", 22L, "Phòng", 20L,
                java.util.Set.of("official", "processor"));
        assertThrows(ValidationFailure.class,
                () -> flow.assign(d, 0, APPROVER, foreign, null, Instant.now()));

        DossierEvent e = flow.assign(d, 0, APPROVER, PROCESSOR, "Xử lý gấp", Instant.now());
        assertEquals(DossierStep.PROCESSING, d.getStep());
        assertEquals(PROCESSOR.login(), d.getProcessorLogin());
        assertEquals(DEPARTMENT, d.getDepartmentUnitId());
        assertTrue(e.getNote().startsWith("Giao cho Phạm Chuyên Viên"), e.getNote());
    }

    @Test
    void consultationWaitsForEveryDepartmentAsked() {
        processing();
        Instant now = at(MONDAY.plusDays(1), 9, 0);
        assertThrows(ValidationFailure.class, () -> flow.consult(d, 0, PROCESSOR, "Sở",
                Fixtures.AGENCY, false, now.plusSeconds(86400), "Ý kiến?", now));
        assertThrows(ValidationFailure.class, () -> flow.consult(d, 0, PROCESSOR, "Phòng Y",
                20L, true, now.plusSeconds(86400), "Ý kiến?", now));
        assertThrows(ValidationFailure.class, () -> flow.consult(d, 0, PROCESSOR, "Phòng",
                Fixtures.AGENCY, true, now.minusSeconds(1), "Ý kiến?", now));
        assertThrows(AccessDenied.class, () -> flow.consult(d, 0, OTHER_PROCESSOR, "Phòng",
                Fixtures.AGENCY, true, now.plusSeconds(86400), "Ý kiến?", now));

        DossierEvent asked = flow.consult(d, 0, PROCESSOR, "Phòng HCTP", Fixtures.AGENCY, true,
                now.plusSeconds(86400), "Đề nghị cho ý kiến", now);
        assertEquals(DossierStep.CONSULTING, d.getStep());
        assertEquals(now.plusSeconds(86400), asked.getDeadline());

        Consultation first = new Consultation(d, DEPARTMENT, "Phòng HCTP", PROCESSOR.login(),
                PROCESSOR.name(), now, now.plusSeconds(86400), "Đề nghị cho ý kiến");
        assertThrows(AccessDenied.class, () -> flow.answer(d, RECEIVER, first, false,
                "Đồng ý", now));
        flow.answer(d, DEPARTMENT_OFFICIAL, first, true, "Đồng ý", now.plusSeconds(60));
        assertEquals(DossierStep.CONSULTING, d.getStep());
        assertTrue(first.isAnswered());
        assertEquals(DEPARTMENT_OFFICIAL.name(), first.getAnsweredByName());
        assertThrows(AccessDenied.class, () -> flow.answer(d, DEPARTMENT_OFFICIAL, first,
                false, "Lần nữa", now));

        Consultation second = new Consultation(d, DEPARTMENT, "Phòng HCTP", PROCESSOR.login(),
                PROCESSOR.name(), now, now.plusSeconds(86400), "Câu hỏi khác");
        flow.answer(d, DEPARTMENT_OFFICIAL, second, false, "Không ý kiến", now);
        assertEquals(DossierStep.PROCESSING, d.getStep());
    }

    @Test
    void consultationGoesToAnotherDepartmentByAWorkingDayBeforeTheDue() {
        processing();
        Instant now = at(MONDAY.plusDays(1), 9, 0);
        LocalDate dueDay = d.getDueAt().atZone(WorkingCalendar.ZONE).toLocalDate();
        ValidationFailure own = assertThrows(ValidationFailure.class, () -> flow.consult(d, 0,
                PROCESSOR, DEPARTMENT, "Phòng HCTP", Fixtures.AGENCY, true, dueOn(dueDay),
                "Ý kiến?", now));
        assertTrue(own.problem("unit").contains("chính phòng ban"), own.getMessage());
        LocalDate saturday = MONDAY.plusDays(5);
        ValidationFailure weekend = assertThrows(ValidationFailure.class, () -> flow.consult(
                d, 0, PROCESSOR, 13L, "Phòng khác", Fixtures.AGENCY, true, dueOn(saturday),
                "Ý kiến?", now));
        assertTrue(weekend.problem("deadline").contains("ngày làm việc"));
        LocalDate afterDue = dueDay.plusDays(1);
        while (!CALENDAR.isWorkingDay(afterDue)) {
            afterDue = afterDue.plusDays(1);
        }
        LocalDate late = afterDue;
        ValidationFailure pastDue = assertThrows(ValidationFailure.class, () -> flow.consult(
                d, 0, PROCESSOR, 13L, "Phòng khác", Fixtures.AGENCY, true, dueOn(late),
                "Ý kiến?", now));
        assertTrue(pastDue.problem("deadline").contains("ngày hẹn trả"));

        DossierEvent asked = flow.consult(d, 0, PROCESSOR, 13L, "Phòng khác", Fixtures.AGENCY,
                true, dueOn(dueDay), "Ý kiến\u202E?\u0000", now);
        assertEquals("Phòng khác: Ý kiến?", asked.getNote());
    }

    @Test
    void freeTextLosesControlAndFormatCharacters() {
        submitted();
        DossierEvent e = flow.withdraw(d, APPLICANT, "  Lý do\u202Etxt.exe\u0000\r\nrút ",
                at(MONDAY, 12, 0));
        assertEquals("Lý dotxt.exe\nrút", e.getNote());
        assertEquals("Lý do", DossierWorkflow.required("\u200B Lý do\u0007", "reason", "x"));
        assertNull(DossierWorkflow.optional("\u202E\u0000 ", "note"));
    }

    @Test
    void proposalNeedsTheAssignedProcessorAndAResultOrReasons() {
        processing();
        assertThrows(AccessDenied.class, () -> flow.propose(d, 0, OTHER_PROCESSOR, true, null,
                1, Instant.now()));
        ValidationFailure noFile = assertThrows(ValidationFailure.class,
                () -> flow.propose(d, 0, PROCESSOR, true, null, 0, Instant.now()));
        assertNotNull(noFile.problem("result"));
        assertThrows(ValidationFailure.class,
                () -> flow.propose(d, 0, PROCESSOR, false, " ", 0, Instant.now()));
        flow.propose(d, 0, PROCESSOR, true, "Đủ điều kiện", 1, Instant.now());
        assertEquals(DossierStep.AWAITING_APPROVAL, d.getStep());
        assertEquals(Outcome.GRANTED, d.getProposedOutcome());
    }

    @Test
    void approvalMakesTheResultReady() {
        awaitingApproval(true);
        assertThrows(AccessDenied.class, () -> flow.approve(d, 0, PROCESSOR, null,
                Instant.now()));
        DossierEvent e = flow.approve(d, 0, APPROVER, null, at(MONDAY.plusDays(2), 9, 0));
        assertEquals(DossierStep.RESULT_READY, d.getStep());
        assertEquals(Outcome.GRANTED, d.getOutcome());
        assertNotNull(d.getFinishedAt());
        assertNull(d.getProposedOutcome());
        assertEquals(DossierAction.APPROVE, e.getAction());
    }

    @Test
    void approvingAProposalToRefuseStopsProcessing() {
        awaitingApproval(false);
        DossierEvent e = flow.approve(d, 0, APPROVER, null, Instant.now());
        assertEquals(DossierStep.STOPPED, d.getStep());
        assertEquals(Outcome.REFUSED, d.getOutcome());
        assertEquals(DossierAction.STOP, e.getAction());
    }

    @Test
    void theLeaderRefusesOrSendsBack() {
        awaitingApproval(true);
        flow.sendBack(d, 0, APPROVER, "Bổ sung căn cứ", Instant.now());
        assertEquals(DossierStep.PROCESSING, d.getStep());
        assertNull(d.getProposedOutcome());

        flow.propose(d, 0, PROCESSOR, true, null, 1, Instant.now());
        assertThrows(AccessDenied.class,
                () -> flow.refuse(d, 0, RECEIVER, "Không", Instant.now()));
        DossierEvent e = flow.refuse(d, 0, APPROVER, "Không đủ điều kiện cấp",
                Instant.now());
        assertEquals(DossierStep.STOPPED, d.getStep());
        assertEquals(Outcome.REFUSED, d.getOutcome());
        assertEquals(DossierAction.STOP, e.getAction());
        assertNotNull(d.getClosedAt());
    }

    // ------------------------------------------------------------------ delay

    @Test
    void delayIsAllowedOnceWithAnApology() {
        processing();
        LocalDate due = MONDAY.plusDays(7);
        DossierEvent e = flow.delay(d, 0, PROCESSOR, due.plusDays(3), "Chờ xác minh",
                at(MONDAY.plusDays(2), 9, 0));
        assertEquals(dueOn(due.plusDays(3)), d.getDueAt());
        assertEquals(dueOn(due), d.getPreviousDueAt());
        assertEquals("Chờ xác minh", d.getExtensionReason());
        assertEquals(DossierAction.DELAY, e.getAction());
        assertEquals(dueOn(due.plusDays(3)), e.getDeadline());
        assertEquals(DossierStep.PROCESSING, d.getStep());

        ValidationFailure second = assertThrows(ValidationFailure.class,
                () -> flow.delay(d, 0, APPROVER, due.plusDays(4), "Lần nữa",
                        at(MONDAY.plusDays(3), 9, 0)));
        assertEquals("Hồ sơ đã được gia hạn một lần; không thể gia hạn lần nữa.",
                second.problem("newDue"));
    }

    @Test
    void delayMustComeAWorkingDayBeforeTheDueDate() {
        processing();
        LocalDate due = MONDAY.plusDays(7);
        // Due on Monday: the last day to announce is the Friday before.
        ValidationFailure late = assertThrows(ValidationFailure.class,
                () -> flow.delay(d, 0, PROCESSOR, due.plusDays(2), "Chờ", at(due, 8, 0)));
        assertTrue(late.problem("newDue").contains("06/03/2026"), late.getMessage());
        assertThrows(ValidationFailure.class, () -> flow.delay(d, 0, PROCESSOR,
                due.plusDays(2), "Chờ", at(due.minusDays(1), 9, 0)));
        flow.delay(d, 0, APPROVER, due.plusDays(2), "Chờ", at(due.minusDays(3), 16, 59));
        assertTrue(d.isExtended());
    }

    @Test
    void theNewDueDateIsALaterWorkingDay() {
        processing();
        LocalDate due = MONDAY.plusDays(7);
        Instant now = at(MONDAY.plusDays(1), 9, 0);
        assertThrows(ValidationFailure.class,
                () -> flow.delay(d, 0, PROCESSOR, due, "Chờ", now));
        assertThrows(ValidationFailure.class,
                () -> flow.delay(d, 0, PROCESSOR, due.minusDays(1), "Chờ", now));
        assertThrows(ValidationFailure.class,
                () -> flow.delay(d, 0, PROCESSOR, due.plusDays(5), "Chờ", now));
        assertThrows(ValidationFailure.class,
                () -> flow.delay(d, 0, PROCESSOR, due.plusDays(1), " ", now));
        assertThrows(AccessDenied.class,
                () -> flow.delay(d, 0, OTHER_PROCESSOR, due.plusDays(1), "Chờ", now));
        assertThrows(AccessDenied.class,
                () -> flow.delay(d, 0, RECEIVER, due.plusDays(1), "Chờ", now));
        assertFalse(d.isExtended());
    }

    @Test
    void delayOnlyWhileTheAgencyWorksOnIt() {
        submitted();
        assertThrows(ValidationFailure.class, () -> flow.delay(d, 0, APPROVER,
                MONDAY.plusDays(8), "Chờ", at(MONDAY, 10, 0)));
    }

    // ------------------------------------------------------------------ allowed actions

    @Test
    void allowedActionsFollowStepRoleAndAgency() {
        submitted();
        Instant now = at(MONDAY, 10, 0);
        assertEquals(java.util.Set.of(DossierAction.ACCEPT, DossierAction.REQUEST_SUPPLEMENT,
                DossierAction.REFUSE_RECEIPT), flow.allowed(d, RECEIVER, now));
        assertTrue(flow.allowed(d, FOREIGN_RECEIVER, now).isEmpty());
        assertTrue(flow.allowed(d, PROCESSOR, now).isEmpty());
        assertEquals(java.util.Set.of(DossierAction.WITHDRAW), flow.allowed(d, APPLICANT, now));

        flow.accept(d, 0, RECEIVER, null, now);
        assertTrue(flow.allowed(d, APPROVER, now).contains(DossierAction.ASSIGN));
        assertTrue(flow.allowed(d, APPROVER, now).contains(DossierAction.DELAY));
        flow.assign(d, 0, APPROVER, PROCESSOR, null, now);
        assertTrue(flow.allowed(d, PROCESSOR, now).containsAll(java.util.Set.of(
                DossierAction.PROPOSE, DossierAction.CONSULT, DossierAction.DELAY)));
        assertTrue(flow.allowed(d, OTHER_PROCESSOR, now).isEmpty());
        assertFalse(flow.allowed(d, PROCESSOR, dueOn(MONDAY.plusDays(7)))
                .contains(DossierAction.DELAY));
    }
}
