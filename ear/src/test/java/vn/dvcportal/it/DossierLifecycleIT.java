package vn.dvcportal.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dvcportal.it.DossierFixture.APPROVER;
import static vn.dvcportal.it.DossierFixture.MAIL_WAIT;
import static vn.dvcportal.it.DossierFixture.PROCESSOR;
import static vn.dvcportal.it.DossierFixture.RECEIVER;

import jakarta.inject.Inject;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.dvcportal.calendar.control.WorkingCalendar;
import vn.dvcportal.dossier.boundary.Applications;
import vn.dvcportal.dossier.boundary.BackOffice;
import vn.dvcportal.dossier.boundary.DossierFiles;
import vn.dvcportal.dossier.boundary.DossierLookup;
import vn.dvcportal.dossier.control.ApplicationStart;
import vn.dvcportal.dossier.control.ConsultView;
import vn.dvcportal.dossier.control.DossierDetail;
import vn.dvcportal.dossier.control.DossierFileView;
import vn.dvcportal.dossier.control.DraftInput;
import vn.dvcportal.dossier.control.DraftView;
import vn.dvcportal.dossier.control.EventView;
import vn.dvcportal.dossier.control.FileDownload;
import vn.dvcportal.dossier.control.PaperKind;
import vn.dvcportal.dossier.control.PublicStatus;
import vn.dvcportal.dossier.control.SubmitResult;
import vn.dvcportal.dossier.control.UnitChoice;
import vn.dvcportal.dossier.control.WorkItem;
import vn.dvcportal.dossier.control.WorkQuery;
import vn.dvcportal.dossier.control.WorkQueue;
import vn.dvcportal.dossier.entity.Delivery;
import vn.dvcportal.dossier.entity.DossierAction;
import vn.dvcportal.dossier.entity.DossierFileKind;
import vn.dvcportal.dossier.entity.DossierStep;
import vn.dvcportal.dossier.entity.NationalStatus;
import vn.dvcportal.dossier.entity.Outcome;
import vn.dvcportal.identity.control.AccessDenied;
import vn.dvcportal.identity.control.ValidationFailure;
import vn.dvcportal.identity.entity.Roles;

/**
 * A dossier's whole life in the running server on its real database, through the business
 * methods the pages call, each step taken by the person whose job it is (signed in with their
 * password): a citizen applies online, the one-stop desk receives, the leader assigns, the
 * processor consults a department, asks for a supplement and proposes a result, the leader
 * approves, the desk hands the result over. And the other ends: refused at the desk, refused
 * by the leader, delayed once, withdrawn.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(LocalMail.class)
class DossierLifecycleIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(DossierLifecycleIT.class, DossierFixture.class,
                SignedIn.class, SignedIn.Work.class, TestAccounts.class, TestFiles.class,
                MailBox.class, MailBox.Letter.class, LocalMail.class, WebSession.class);
    }

    @Inject
    DossierFixture fx;

    @Inject
    Applications applications;

    @Inject
    BackOffice office;

    @Inject
    DossierFiles files;

    @Inject
    DossierLookup lookup;

    @Test
    void aDossierGoesFromDraftToResult() throws Exception {
        SignedIn citizen = fx.citizen("000701", "Nguyễn Thị Hồ Sơ");
        String procedure = fx.procedure();
        MailBox mail = new MailBox(DossierFixture.email(citizen.login()));

        // The citizen begins, saves part of the form, leaves and comes back to the same draft.
        ApplicationStart start = citizen.call(() -> applications.start(procedure));
        assertFalse(start.resumed(), "a first application begins a new draft");
        DraftView draft = start.draft();
        long draftId = draft.id();
        assertEquals(procedure, draft.procedureCode());
        assertEquals("Sở Tư pháp", draft.agencyName());
        assertEquals(citizen.name(), draft.values().get("fullName"),
                "the form is prefilled from the profile");
        String caseName = draft.cases().isEmpty() ? null : draft.cases().get(0);
        Map<String, String> values = fx.missingValues(citizen.call(() -> applications.save(
                draftId, draft.version(), new DraftInput(caseName, null, null, null))),
                citizen.login());
        citizen.call(() -> applications.save(draftId, draft.version(),
                new DraftInput(null, values, Delivery.ONLINE, null)));
        ApplicationStart again = citizen.call(() -> applications.start(procedure));
        assertTrue(again.resumed(), "the open draft is found again");
        assertEquals(draftId, again.draft().id());
        values.forEach((k, v) -> assertNotNull(again.draft().values().get(k),
                "saved value of " + k + " is kept"));
        assertEquals(caseName, again.draft().caseName());
        assertEquals(Delivery.ONLINE, again.draft().delivery());

        // Two real files: a PDF and a PNG.
        byte[] pdf = TestFiles.pdf("To khai de nghi", citizen.login());
        byte[] png = TestFiles.png(64, 48, 0x1f6f3f);
        DraftView ready = fx.readyDraft(citizen, procedure);
        assertEquals(draftId, ready.id(), "the same draft is completed");
        DraftView withFiles = citizen.call(() -> applications.attach(draftId, -1,
                "Tờ khai bổ sung.pdf", TestFiles.in(pdf)));
        withFiles = citizen.call(() -> applications.attach(draftId, -1, "Ảnh chụp.png",
                TestFiles.in(png)));
        Map<String, String> types = new HashMap<>();
        withFiles.files().forEach(f -> types.put(f.name(), f.mediaType()));
        assertEquals("application/pdf", types.get("Tờ khai bổ sung.pdf"), types.toString());
        assertEquals("image/png", types.get("Ảnh chụp.png"), types.toString());
        assertEquals("image/png", types.get("anh-giay-to.png"), types.toString());

        // Submission: a code, a receipt, a mail with the receipt.
        int seen = mail.count();
        SubmitResult submitted = fx.submit(citizen, draftId);
        String code = submitted.code();
        DossierFixture.assertCode(code, submitted.submittedAt());
        assertFalse(submitted.repeated());
        long id = submitted.id();
        byte[] receipt = citizen.call(() -> applications.receipt(code));
        assertTrue(TestFiles.isPdf(receipt), "the receipt is a PDF");
        assertTrue(TestFiles.text(receipt).contains(code), "the receipt shows the code");
        MailBox.Letter submittedMail = mail.await("Đã nộp hồ sơ " + code, seen, MAIL_WAIT);
        byte[] mailedReceipt = submittedMail.attachments()
                .get(PaperKind.RECEIPT.fileName(code));
        assertNotNull(mailedReceipt, "the receipt is attached: "
                + submittedMail.attachments().keySet());
        assertTrue(TestFiles.text(mailedReceipt).contains(code));
        DossierDetail mine = citizen.call(() -> applications.mineDetail(code));
        assertEquals(NationalStatus.NEW, mine.status());
        assertEquals(1, mine.status().code());
        assertNotNull(mine.dueAt(), "a provisional due date is shown");
        assertThrows(ValidationFailure.class, () -> citizen.call(() -> applications.save(
                draftId, 0, new DraftInput(null, Map.of("fullName", "Đổi Tên"), null, null))),
                "a submitted dossier is no draft any more");

        // The one-stop desk receives: the due date follows from the processing time.
        SignedIn receiver = fx.official(RECEIVER);
        assertTrue(codes(receiver, WorkQueue.TO_RECEIVE).contains(code));
        seen = mail.count();
        DossierDetail received = fx.received(id);
        assertNotNull(received.receivedAt());
        assertNotNull(received.dueAt(), "the dossier has a due date once received");
        assertEquals(fx.expectedDue(procedure, received.receivedAt()), received.dueAt(),
                "due date from the receipt, the processing time and the working calendar");
        assertNotNull(received.dueBasis(), "how the due date was reckoned is shown");
        mail.await("Hồ sơ " + code + " đã được tiếp nhận", seen, MAIL_WAIT);
        assertEquals(NationalStatus.RECEIVED,
                citizen.call(() -> applications.mineDetail(code)).status());

        // The leader assigns the processor.
        SignedIn approver = fx.official(APPROVER);
        assertTrue(codes(approver, WorkQueue.TO_ASSIGN).contains(code));
        long v1 = received.version();
        DossierDetail assigned = approver.call(() -> office.assign(id, v1, PROCESSOR,
                "Giao xử lý."));
        assertEquals(DossierStep.PROCESSING, assigned.step());
        assertEquals("Vũ Đức Anh", assigned.processorName());
        assertEquals(NationalStatus.IN_PROCESS, assigned.status());

        // The processor consults a department, which answers.
        SignedIn processor = fx.official(PROCESSOR);
        assertTrue(codes(processor, WorkQueue.MINE).contains(code));
        UnitChoice unit = fx.consultedUnit();
        LocalDate answerBy = fx.calendar().plusWorkingDays(LocalDate.now(WorkingCalendar.ZONE),
                3);
        DossierDetail consulting = processor.call(() -> office.consult(id, assigned.version(),
                unit.id(), answerBy, "Đề nghị cho ý kiến về hồ sơ."));
        assertEquals(DossierStep.CONSULTING, consulting.step());
        assertEquals(1, consulting.consultations().size());
        ConsultView asked = consulting.consultations().get(0);
        assertNull(asked.answer());
        SignedIn department = fx.official(RECEIVER);
        assertTrue(codes(department, WorkQueue.CONSULTATIONS).contains(code),
                "the consulted department sees the question");
        DossierDetail answered = department.call(() -> office.answer(asked.id(),
                "Đồng ý với đề xuất."));
        assertEquals(DossierStep.PROCESSING, answered.step(),
                "processing resumes once the department answered");
        assertEquals("Đồng ý với đề xuất.", answered.consultations().get(0).answer());
        assertTrue(citizen.call(() -> applications.mineDetail(code)).consultations().isEmpty(),
                "the applicant does not see the agency's consultations");

        // The processor asks for a supplement; the clock stops, then starts again from zero.
        seen = mail.count();
        DossierDetail asking = processor.call(() -> office.requestSupplement(id,
                answered.version(), "Thiếu bản sao giấy tờ.", List.of("Bản sao giấy khai sinh")));
        assertEquals(DossierStep.SUPPLEMENT_IN_PROCESS, asking.step());
        mail.await("Yêu cầu bổ sung hồ sơ " + code, seen, MAIL_WAIT);
        DossierDetail toComplete = citizen.call(() -> applications.mineDetail(code));
        assertEquals(NationalStatus.SUPPLEMENT, toComplete.status());
        assertEquals(5, toComplete.status().code());
        assertEquals("Thiếu bản sao giấy tờ.", toComplete.supplementReasons());
        assertEquals(List.of("Bản sao giấy khai sinh"), toComplete.supplementMissing());
        assertTrue(toComplete.actions().contains(DossierAction.SUPPLEMENT));
        // As if the dossier had been received long ago and were late: a restarted clock
        // gives a due date in the future, a clock that merely resumed would not.
        fx.setDueAt(id, Instant.now().minus(Duration.ofDays(20)));
        byte[] extra = TestFiles.pdf("Ban sao giay khai sinh");
        citizen.call(() -> applications.attachSupplement(code, -1, "Bản sao khai sinh.pdf",
                TestFiles.in(extra)));
        DossierDetail supplemented = citizen.call(() -> applications.supplement(code,
                "Đã bổ sung bản sao."));
        assertEquals(NationalStatus.IN_PROCESS, supplemented.status());
        EventView supplementEvent = last(supplemented.events(), DossierAction.SUPPLEMENT);
        assertEquals(fx.expectedDue(procedure, supplementEvent.at()), supplemented.dueAt(),
                "the due date is reckoned again from the supplement");
        assertTrue(supplemented.dueAt().isAfter(Instant.now()), "the clock restarted");
        assertTrue(supplemented.files().stream().anyMatch(f ->
                f.kind() == DossierFileKind.SUPPLEMENT
                && f.name().equals("Bản sao khai sinh.pdf")));

        // The processor proposes with a result file; the applicant cannot see it yet.
        byte[] result = TestFiles.pdf("Quyet dinh giai quyet", code);
        DossierDetail processing = processor.call(() -> office.detail(id));
        assertEquals(DossierStep.PROCESSING, processing.step());
        DossierDetail withResult = processor.call(() -> office.attachResult(id,
                "Quyết định.pdf", TestFiles.in(result)));
        long resultId = withResult.files().stream()
                .filter(f -> f.kind() == DossierFileKind.RESULT).findFirst().orElseThrow().id();
        DossierDetail proposed = processor.call(() -> office.propose(id, withResult.version(),
                true, "Đủ điều kiện."));
        assertEquals(DossierStep.AWAITING_APPROVAL, proposed.step());
        assertTrue(citizen.call(() -> applications.mineDetail(code)).files().stream()
                .noneMatch(f -> f.id() == resultId), "no result before approval");
        assertThrows(AccessDenied.class, () -> citizen.call(() -> files.open(resultId)));

        // The leader approves; the desk hands the result over.
        seen = mail.count();
        assertTrue(codes(approver, WorkQueue.TO_APPROVE).contains(code));
        DossierDetail approved = approver.call(() -> office.approve(id, proposed.version(),
                "Đồng ý."));
        assertEquals(DossierStep.RESULT_READY, approved.step());
        assertEquals(Outcome.GRANTED, approved.outcome());
        assertNotNull(approved.finishedAt());
        mail.await("Đã có kết quả hồ sơ " + code, seen, MAIL_WAIT);
        assertTrue(codes(receiver, WorkQueue.TO_RETURN).contains(code));
        DossierDetail returned = receiver.call(() -> office.returnResult(id,
                approved.version(), "Đã trả kết quả trực tuyến."));
        assertEquals(DossierStep.RETURNED, returned.step());

        // The citizen sees the result and downloads it.
        DossierDetail done = citizen.call(() -> applications.mineDetail(code));
        assertEquals(NationalStatus.RETURNED, done.status());
        assertEquals(10, done.status().code());
        assertEquals("Đã trả kết quả", done.status().label());
        DossierFileView shown = done.files().stream().filter(f -> f.id() == resultId)
                .findFirst().orElseThrow(() -> new AssertionError("the result is listed"));
        assertEquals("Quyết định.pdf", shown.name());
        FileDownload download = citizen.call(() -> files.open(resultId));
        assertEquals("application/pdf", download.mediaType());
        try (InputStream in = download.content()) {
            assertArrayEquals(result, in.readAllBytes(), "the very file the processor uploaded");
        }
        WebSession web = new WebSession();
        web.signIn(citizen.login(), TestAccounts.PASSWORD);
        HttpResponse<byte[]> overHttp = web.download("/tep/" + resultId);
        assertEquals(200, overHttp.statusCode());
        assertArrayEquals(result, overHttp.body());
        assertEquals("application/pdf", overHttp.headers().firstValue("Content-Type")
                .orElse("").split(";")[0].strip());
        String disposition = overHttp.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.contains("filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh.pdf"),
                "the Vietnamese name survives the download: " + disposition);
        PublicStatus status = lookup.byCode(code).orElseThrow();
        assertEquals(NationalStatus.RETURNED, status.status());

        // The process control sheet lists every step.
        byte[] sheet = receiver.call(() -> office.paper(id, PaperKind.CONTROL_SHEET));
        assertTrue(TestFiles.isPdf(sheet));
        String text = TestFiles.text(sheet);
        assertTrue(text.contains(code), "the control sheet names the dossier");
        for (DossierAction step : List.of(DossierAction.SUBMIT, DossierAction.ACCEPT,
                DossierAction.ASSIGN, DossierAction.CONSULT, DossierAction.ANSWER,
                DossierAction.REQUEST_SUPPLEMENT, DossierAction.SUPPLEMENT,
                DossierAction.PROPOSE, DossierAction.APPROVE, DossierAction.RETURN_RESULT)) {
            assertTrue(text.contains(step.label()), "the control sheet lists \""
                    + step.label() + "\": " + text);
        }
        assertEquals(List.of(DossierAction.CREATE, DossierAction.SUBMIT, DossierAction.ACCEPT,
                DossierAction.ASSIGN, DossierAction.CONSULT, DossierAction.ANSWER,
                DossierAction.REQUEST_SUPPLEMENT, DossierAction.SUPPLEMENT,
                DossierAction.PROPOSE, DossierAction.APPROVE, DossierAction.RETURN_RESULT),
                receiver.call(() -> office.detail(id)).events().stream()
                        .map(EventView::action).toList(), "every step recorded once, in order");
    }

    @Test
    void theDeskRefusesADossier() throws Exception {
        SignedIn citizen = fx.citizen("000702", "Trần Văn Từ Chối");
        MailBox mail = new MailBox(DossierFixture.email(citizen.login()));
        SubmitResult s = fx.submitted(citizen);
        SignedIn receiver = fx.official(RECEIVER);
        long version = receiver.call(() -> office.detail(s.id())).version();
        assertEquals(Set.of(DossierAction.ACCEPT, DossierAction.REQUEST_SUPPLEMENT,
                DossierAction.REFUSE_RECEIPT), receiver.call(() -> office.detail(s.id()))
                        .actions());

        ValidationFailure noReason = assertThrows(ValidationFailure.class,
                () -> receiver.call(() -> office.refuse(s.id(), version, "  ")));
        assertVietnamese(noReason.problem("reasons"));
        int seen = mail.count();
        DossierDetail refused = receiver.call(() -> office.refuse(s.id(), version,
                "Thủ tục không thuộc thẩm quyền."));
        assertEquals(DossierStep.NOT_RECEIVED, refused.step());
        assertEquals(Outcome.NOT_RECEIVED, refused.outcome());
        assertNotNull(refused.closedAt());
        MailBox.Letter letter = mail.await("Hồ sơ " + s.code() + " không được tiếp nhận", seen,
                MAIL_WAIT);
        byte[] paper = letter.attachments().get(PaperKind.REFUSAL.fileName(s.code()));
        assertNotNull(paper, "Mẫu 03 is attached: " + letter.attachments().keySet());
        assertTrue(TestFiles.text(paper).contains("Thủ tục không thuộc thẩm quyền."));

        DossierDetail seenByCitizen = citizen.call(() -> applications.mineDetail(s.code()));
        assertEquals(NationalStatus.NOT_RECEIVED, seenByCitizen.status());
        assertEquals(3, seenByCitizen.status().code());
        assertTrue(seenByCitizen.actions().isEmpty(), "nothing more to do on a closed dossier");
        ValidationFailure late = assertThrows(ValidationFailure.class,
                () -> receiver.call(() -> office.accept(s.id(), refused.version(), null)));
        assertVietnamese(late.problem("action"));
        assertThrows(ValidationFailure.class, () -> citizen.call(() -> applications.withdraw(
                s.code(), "Rút")), "a refused dossier cannot be withdrawn");
    }

    @Test
    void theLeaderRefusesTheProposal() throws Exception {
        SignedIn citizen = fx.citizen("000702", "Trần Văn Từ Chối");
        MailBox mail = new MailBox(DossierFixture.email(citizen.login()));
        SubmitResult s = fx.submitted(citizen);
        byte[] result = TestFiles.pdf("Du thao quyet dinh", s.code());
        DossierDetail proposed = fx.proposed(s.id(), result);
        long resultId = proposed.files().stream().filter(f -> f.kind() == DossierFileKind.RESULT)
                .findFirst().orElseThrow().id();
        SignedIn approver = fx.official(APPROVER);

        int seen = mail.count();
        DossierDetail stopped = approver.call(() -> office.refuse(s.id(), proposed.version(),
                "Hồ sơ không đủ điều kiện theo quy định."));
        assertEquals(DossierStep.STOPPED, stopped.step());
        assertEquals(Outcome.REFUSED, stopped.outcome());
        mail.await("Hồ sơ " + s.code() + " không được giải quyết", seen, MAIL_WAIT);

        DossierDetail seenByCitizen = citizen.call(() -> applications.mineDetail(s.code()));
        assertEquals(NationalStatus.STOPPED, seenByCitizen.status());
        assertEquals(8, seenByCitizen.status().code());
        assertTrue(seenByCitizen.files().stream().noneMatch(f -> f.id() == resultId),
                "the draft result of a refused dossier is not the applicant's");
        assertThrows(AccessDenied.class, () -> citizen.call(() -> files.open(resultId)));
        assertThrows(ValidationFailure.class, () -> approver.call(() -> office.approve(s.id(),
                stopped.version(), null)), "a stopped dossier is closed");
    }

    @Test
    void aDossierIsDelayedOnceOnly() throws Exception {
        SignedIn citizen = fx.citizen("000702", "Trần Văn Từ Chối");
        MailBox mail = new MailBox(DossierFixture.email(citizen.login()));
        SubmitResult s = fx.submitted(citizen);
        DossierDetail assigned = fx.assigned(s.id());
        SignedIn processor = fx.official(PROCESSOR);
        assertTrue(processor.call(() -> office.detail(s.id())).actions()
                .contains(DossierAction.DELAY), "the processor is offered the delay");
        Instant due = assigned.dueAt();
        LocalDate dueDay = due.atZone(WorkingCalendar.ZONE).toLocalDate();
        LocalDate newDay = fx.calendar().plusWorkingDays(dueDay, 3);

        LocalDate weekend = newDay;
        while (fx.calendar().isWorkingDay(weekend)) {
            weekend = weekend.plusDays(1);
        }
        LocalDate dayOff = weekend;
        ValidationFailure notWorking = assertThrows(ValidationFailure.class,
                () -> processor.call(() -> office.delay(s.id(), assigned.version(), dayOff,
                        "Cần xác minh thêm.")));
        assertVietnamese(notWorking.problem("newDue"));
        ValidationFailure earlier = assertThrows(ValidationFailure.class,
                () -> processor.call(() -> office.delay(s.id(), assigned.version(), dueDay,
                        "Cần xác minh thêm.")));
        assertVietnamese(earlier.problem("newDue"));
        int seen = mail.count();
        DossierDetail delayed = processor.call(() -> office.delay(s.id(), assigned.version(),
                newDay, "Cần xác minh thêm tại cơ quan khác."));
        assertEquals(due, delayed.previousDueAt());
        assertEquals(newDay, delayed.dueAt().atZone(WorkingCalendar.ZONE).toLocalDate());
        assertEquals("Cần xác minh thêm tại cơ quan khác.", delayed.extensionReason());
        MailBox.Letter letter = mail.await("Hẹn lại ngày trả kết quả hồ sơ " + s.code(), seen,
                MAIL_WAIT);
        assertNotNull(letter.attachments().get(PaperKind.APOLOGY.fileName(s.code())),
                "Mẫu 04 is attached: " + letter.attachments().keySet());
        assertFalse(delayed.actions().contains(DossierAction.DELAY), "no second delay offered");

        LocalDate later = fx.calendar().plusWorkingDays(newDay, 2);
        ValidationFailure twice = assertThrows(ValidationFailure.class,
                () -> fx.official(APPROVER).call(() -> office.delay(s.id(), delayed.version(),
                        later, "Lần thứ hai.")));
        assertEquals("Hồ sơ đã được gia hạn một lần; không thể gia hạn lần nữa.",
                twice.problem("newDue"));
        assertEquals(delayed.dueAt(), processor.call(() -> office.detail(s.id())).dueAt(),
                "the refused second delay changed nothing");
        assertEquals(delayed.dueAt(), citizen.call(() -> applications.mineDetail(s.code()))
                .dueAt(), "the applicant sees the new date");
    }

    @Test
    void aDelayComesTooLateOnTheDueDay() throws Exception {
        SignedIn citizen = fx.citizen("000702", "Trần Văn Từ Chối");
        SubmitResult s = fx.submitted(citizen);
        DossierDetail assigned = fx.assigned(s.id());
        // Due this very day: the working day before it, the last to announce, is past.
        LocalDate today = LocalDate.now(WorkingCalendar.ZONE);
        fx.setDueAt(s.id(), today.atTime(17, 0).atZone(WorkingCalendar.ZONE).toInstant());
        LocalDate newDay = fx.calendar().plusWorkingDays(today, 3);
        ValidationFailure late = assertThrows(ValidationFailure.class,
                () -> fx.official(PROCESSOR).call(() -> office.delay(s.id(), assigned.version(),
                        newDay, "Quá muộn.")));
        assertTrue(late.problem("newDue").contains("chậm nhất"), late.problem("newDue"));
    }

    @Test
    void theApplicantWithdraws() throws Exception {
        SignedIn citizen = fx.citizen("000702", "Trần Văn Từ Chối");
        SubmitResult s = fx.submitted(citizen);
        fx.received(s.id());

        ValidationFailure noReason = assertThrows(ValidationFailure.class,
                () -> citizen.call(() -> applications.withdraw(s.code(), "")));
        assertVietnamese(noReason.problem("reason"));
        DossierDetail withdrawn = citizen.call(() -> applications.withdraw(s.code(),
                "Tôi không còn nhu cầu."));
        assertEquals(NationalStatus.WITHDRAWN, withdrawn.status());
        assertEquals(7, withdrawn.status().code());
        assertEquals(Outcome.WITHDRAWN, withdrawn.outcome());
        assertNotNull(withdrawn.closedAt());
        assertEquals(NationalStatus.WITHDRAWN, lookup.byCode(s.code()).orElseThrow().status());

        SignedIn approver = fx.official(APPROVER);
        DossierDetail seenByAgency = approver.call(() -> office.detail(s.id()));
        assertEquals(DossierStep.WITHDRAWN, seenByAgency.step());
        assertTrue(seenByAgency.actions().isEmpty());
        assertThrows(ValidationFailure.class, () -> approver.call(() -> office.assign(s.id(),
                seenByAgency.version(), PROCESSOR, null)), "a withdrawn dossier is closed");
        assertFalse(codes(approver, WorkQueue.TO_ASSIGN).contains(s.code()));
    }

    @Test
    void theDeskAsksForASupplementBeforeReceiving() throws Exception {
        SignedIn citizen = fx.citizen("000703", "Khúc Thị Bổ Sung");
        MailBox mail = new MailBox(DossierFixture.email(citizen.login()));
        SubmitResult s = fx.submitted(citizen);
        SignedIn receiver = fx.official(RECEIVER);
        long version = receiver.call(() -> office.detail(s.id())).version();

        int seen = mail.count();
        DossierDetail asked = receiver.call(() -> office.requestSupplement(s.id(), version,
                "Ảnh chụp giấy tờ bị mờ.", List.of("Giấy tờ tùy thân rõ nét")));
        assertEquals(DossierStep.SUPPLEMENT_AT_RECEIPT, asked.step());
        MailBox.Letter letter = mail.await("Yêu cầu bổ sung hồ sơ " + s.code(), seen,
                MAIL_WAIT);
        byte[] paper = letter.attachments().get(PaperKind.SUPPLEMENT_REQUEST.fileName(
                s.code()));
        assertNotNull(paper, "Mẫu 02 is attached: " + letter.attachments().keySet());
        String text = TestFiles.text(paper);
        assertTrue(text.contains("Ảnh chụp giấy tờ bị mờ.") && text.contains(
                "Giấy tờ tùy thân rõ nét"), "Mẫu 02 gives the reasons and the list: " + text);
        DossierDetail mine = citizen.call(() -> applications.mineDetail(s.code()));
        assertEquals(NationalStatus.SUPPLEMENT, mine.status());
        assertEquals(List.of("Giấy tờ tùy thân rõ nét"), mine.supplementMissing());
        assertFalse(mine.overdue(), "the agency's clock stops while it waits");
        assertThrows(ValidationFailure.class, () -> receiver.call(() -> office.accept(s.id(),
                asked.version(), null)), "nothing to receive before the supplement");

        ValidationFailure empty = assertThrows(ValidationFailure.class,
                () -> citizen.call(() -> applications.supplement(s.code(), " ")));
        assertVietnamese(empty.problem("note"));
        DossierDetail back = citizen.call(() -> applications.supplement(s.code(),
                "Tôi đã nộp bản rõ tại quầy."));
        assertEquals(NationalStatus.NEW, back.status());
        assertEquals(fx.expectedDue(fx.procedure(), last(back.events(),
                DossierAction.SUPPLEMENT).at()), back.dueAt());
        assertThrows(ValidationFailure.class, () -> citizen.call(() -> applications
                .attachSupplement(s.code(), -1, "muon.pdf", TestFiles.in(TestFiles.pdf("x")))),
                "no supplement once the dossier is back at the desk");
        DossierDetail received = fx.received(s.id());
        assertEquals(DossierStep.RECEIVED, received.step());
    }

    @Test
    void lateDossiersAreFlaggedOnlyWhileTheClockRuns() throws Exception {
        SignedIn citizen = fx.citizen("000703", "Khúc Thị Bổ Sung");
        SubmitResult s = fx.submitted(citizen);
        fx.assigned(s.id());
        fx.setDueAt(s.id(), Instant.now().minus(Duration.ofDays(2)));
        SignedIn processor = fx.official(PROCESSOR);

        DossierDetail late = processor.call(() -> office.detail(s.id()));
        assertTrue(late.overdue(), "past its due date while processed");
        assertTrue(codes(processor, WorkQueue.OVERDUE).contains(s.code()));
        assertTrue(processor.call(() -> office.counts()).overdue() >= 1);
        assertTrue(processor.call(() -> office.list(new WorkQuery(WorkQueue.ALL, null, null,
                true, false, 0, WorkQuery.MAX_SIZE, false))).stream()
                .anyMatch(w -> w.code().equals(s.code()) && w.overdue()),
                "the overdue filter finds it, marked");

        DossierDetail waiting = processor.call(() -> office.requestSupplement(s.id(),
                late.version(), "Thiếu giấy tờ.", List.of("Giấy tờ")));
        assertFalse(waiting.overdue(), "no longer late while waiting for the applicant");
        assertFalse(codes(processor, WorkQueue.OVERDUE).contains(s.code()));
    }

    @Test
    void theLeaderSendsBackAndTheProcessorProposesAgain() throws Exception {
        SignedIn citizen = fx.citizen("000703", "Khúc Thị Bổ Sung");
        SubmitResult s = fx.submitted(citizen);
        DossierDetail proposed = fx.proposed(s.id(), TestFiles.pdf("Du thao"));
        SignedIn approver = fx.official(APPROVER);
        SignedIn processor = fx.official(PROCESSOR);

        ValidationFailure noReason = assertThrows(ValidationFailure.class,
                () -> approver.call(() -> office.sendBack(s.id(), proposed.version(), "")));
        assertVietnamese(noReason.problem("note"));
        DossierDetail back = approver.call(() -> office.sendBack(s.id(), proposed.version(),
                "Sửa lại căn cứ pháp lý."));
        assertEquals(DossierStep.PROCESSING, back.step());
        assertTrue(codes(processor, WorkQueue.MINE).contains(s.code()));
        DossierDetail again = processor.call(() -> office.propose(s.id(), back.version(),
                true, "Đã sửa."));
        assertEquals(DossierStep.AWAITING_APPROVAL, again.step());
        DossierDetail approved = approver.call(() -> office.approve(s.id(), again.version(),
                null));
        assertEquals(DossierStep.RESULT_READY, approved.step());
        assertThrows(ValidationFailure.class, () -> citizen.call(() -> applications.withdraw(
                s.code(), "Muộn rồi")), "no withdrawal once the result is ready");
        assertEquals(1, citizen.call(() -> applications.mineDetail(s.code())).files().stream()
                .filter(f -> f.kind() == DossierFileKind.RESULT).count(),
                "the approved result is the applicant's now");
    }

    @Test
    void onlyTheAssignedProcessorAndTheConsultedDepartmentAct() throws Exception {
        SignedIn citizen = fx.citizen("000703", "Khúc Thị Bổ Sung");
        SubmitResult s = fx.submitted(citizen);
        DossierDetail assigned = fx.assigned(s.id());
        SignedIn colleague = fx.colleague("it.chuyenvien2.stp", "Tạ Văn Đồng Nghiệp",
                "STP-HCTP", Roles.PROCESSOR);
        SignedIn processor = fx.official(PROCESSOR);
        long v = assigned.version();

        assertFalse(codes(colleague, WorkQueue.MINE).contains(s.code()));
        assertThrows(AccessDenied.class, () -> colleague.call(() -> office.propose(s.id(), v,
                false, "Từ chối")));
        assertThrows(AccessDenied.class, () -> colleague.call(() -> office.delay(s.id(), v,
                fx.calendar().plusWorkingDays(LocalDate.now(WorkingCalendar.ZONE), 10),
                "Gia hạn")));
        assertThrows(ValidationFailure.class, () -> colleague.call(() -> office.attachResult(
                s.id(), "x.pdf", TestFiles.in(TestFiles.pdf("x")))));

        long otherAgencyUnit = fx.orgUnits.list().stream()
                .filter(u -> u.code().equals("SYT-VP")).findFirst().orElseThrow().id();
        LocalDate later = fx.calendar().plusWorkingDays(LocalDate.now(WorkingCalendar.ZONE), 3);
        ValidationFailure foreign = assertThrows(ValidationFailure.class,
                () -> processor.call(() -> office.consult(s.id(), v, otherAgencyUnit, later,
                        "Hỏi Sở Y tế")));
        assertVietnamese(foreign.problem("unit"));
        ValidationFailure past = assertThrows(ValidationFailure.class,
                () -> processor.call(() -> office.consult(s.id(), v, fx.consultedUnit().id(),
                        LocalDate.now(WorkingCalendar.ZONE).minusDays(1), "Hỏi")));
        assertVietnamese(past.problem("deadline"));
        DossierDetail consulting = processor.call(() -> office.consult(s.id(), v,
                fx.consultedUnit().id(), later, "Cho ý kiến."));
        long consultation = consulting.consultations().get(0).id();
        assertThrows(AccessDenied.class, () -> processor.call(() -> office.answer(consultation,
                "Tự trả lời")), "the asker's own department does not answer for another");
        assertThrows(AccessDenied.class, () -> fx.official(DossierFixture.OTHER_RECEIVER)
                .call(() -> office.answer(consultation, "Trả lời hộ")));
        DossierDetail answered = fx.official(RECEIVER).call(() -> office.answer(consultation,
                "Nhất trí."));
        assertEquals(DossierStep.PROCESSING, answered.step());
        assertThrows(AccessDenied.class, () -> fx.official(RECEIVER).call(() -> office.answer(
                consultation, "Lần hai")), "an answer is given once");

        DossierDetail seenByApplicant = citizen.call(() -> applications.mineDetail(s.code()));
        for (EventView e : seenByApplicant.events()) {
            String note = e.note() == null ? "" : e.note();
            assertFalse(note.contains("Cho ý kiến.") || note.contains("Nhất trí.")
                    || note.contains("Đề nghị xử lý đúng hạn."),
                    "the agency's internal notes stay inside: " + e);
        }
    }

    @Test
    void theAgencyWritesAndTheApplicantIsMailed() throws Exception {
        SignedIn citizen = fx.citizen("000703", "Khúc Thị Bổ Sung");
        MailBox mail = new MailBox(DossierFixture.email(citizen.login()));
        SubmitResult s = fx.submitted(citizen);
        citizen.call(() -> applications.message(s.code(), "Khi nào có kết quả?"));
        int seen = mail.count();
        fx.official(RECEIVER).call(() -> office.message(s.id(), "Dự kiến trong tuần."));
        MailBox.Letter letter = mail.await("Trao đổi về hồ sơ " + s.code(), seen, MAIL_WAIT);
        assertTrue(letter.text().contains("Dự kiến trong tuần."), letter.text());
        DossierDetail mine = citizen.call(() -> applications.mineDetail(s.code()));
        assertEquals(List.of(false, true), mine.messages().stream().map(m -> m.official())
                .toList());
        assertTrue(fx.official(RECEIVER).call(() -> office.list(new WorkQuery(WorkQueue.ALL,
                "khuc thi bo sung", null, false, false, 0, WorkQuery.MAX_SIZE, true))).stream()
                .anyMatch(w -> w.code().equals(s.code())),
                "the work list finds the applicant typed without marks");
    }

    // ------------------------------------------------------------------ helpers

    private List<String> codes(SignedIn official, WorkQueue queue) throws Exception {
        return official.call(() -> office.list(new WorkQuery(queue, null, null, false, false, 0,
                WorkQuery.MAX_SIZE, true))).stream().map(WorkItem::code).toList();
    }

    private static EventView last(List<EventView> events, DossierAction action) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).action() == action) {
                return events.get(i);
            }
        }
        throw new AssertionError("no event " + action + " in " + events);
    }

    private static void assertVietnamese(String message) {
        DossierFixture.assertVietnamese(message);
    }
}
