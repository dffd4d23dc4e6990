package vn.dvcportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static vn.dvcportal.it.DossierFixture.APPROVER;
import static vn.dvcportal.it.DossierFixture.OTHER_APPROVER;
import static vn.dvcportal.it.DossierFixture.OTHER_RECEIVER;
import static vn.dvcportal.it.DossierFixture.PROCESSOR;
import static vn.dvcportal.it.DossierFixture.RECEIVER;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.lang.reflect.RecordComponent;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import vn.dvcportal.dossier.boundary.Applications;
import vn.dvcportal.dossier.boundary.BackOffice;
import vn.dvcportal.dossier.boundary.DossierFiles;
import vn.dvcportal.dossier.boundary.DossierLookup;
import vn.dvcportal.dossier.boundary.DossierRouting;
import vn.dvcportal.dossier.control.DossierDetail;
import vn.dvcportal.dossier.control.DossierSummary;
import vn.dvcportal.dossier.control.DraftInput;
import vn.dvcportal.dossier.control.DraftView;
import vn.dvcportal.dossier.control.PaperKind;
import vn.dvcportal.dossier.control.PublicStatus;
import vn.dvcportal.dossier.control.SubmitResult;
import vn.dvcportal.dossier.control.WorkItem;
import vn.dvcportal.dossier.control.WorkQuery;
import vn.dvcportal.dossier.control.WorkQueue;
import vn.dvcportal.dossier.entity.DossierStep;
import vn.dvcportal.dossier.entity.NationalStatus;
import vn.dvcportal.identity.control.AccessDenied;
import vn.dvcportal.identity.control.ValidationFailure;

/**
 * Who reaches which dossier: an applicant only their own, an official only their agency's,
 * the public only the procedure, status and dates. Whatever is out of reach answers exactly
 * as what does not exist, so nobody learns which codes or files are there.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(LocalMail.class)
class DossierAccessIT {

    /** A code in the right form that no dossier has. */
    static final String NO_SUCH_CODE = "STP-000101-9999";
    static final long NO_SUCH_ID = 987_654_321L;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(DossierAccessIT.class, DossierFixture.class,
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

    @Inject
    DossierRouting routing;

    @Test
    void aCitizenReachesOnlyTheirOwnDossiersAndFiles() throws Exception {
        SignedIn owner = fx.citizen("000801", "Phạm Thị Riêng Tư");
        SignedIn other = fx.citizen("000802", "Hoàng Văn Tò Mò");
        SubmitResult s = fx.submitted(owner);
        String code = s.code();
        DossierDetail mine = owner.call(() -> applications.mineDetail(code));
        long fileId = mine.files().get(0).id();

        String notFound = denied(() -> other.call(() -> applications.mineDetail(NO_SUCH_CODE)));
        assertEquals(notFound, denied(() -> other.call(() -> applications.mineDetail(code))),
                "another's dossier answers as a code that does not exist");
        for (Executable call : List.<Executable>of(
                () -> other.call(() -> applications.receipt(code)),
                () -> other.call(() -> applications.withdraw(code, "Rút hộ")),
                () -> other.call(() -> applications.message(code, "Xin chào")),
                () -> other.call(() -> applications.supplement(code, "Bổ sung hộ")),
                () -> other.call(() -> applications.attachSupplement(code, -1, "x.pdf",
                        TestFiles.in(TestFiles.pdf("x")))))) {
            assertEquals(notFound, denied(call));
        }

        String noFile = denied(() -> other.call(() -> files.open(NO_SUCH_ID)));
        assertEquals(noFile, denied(() -> other.call(() -> files.open(fileId))),
                "another's file answers as a file that does not exist");
        assertEquals(noFile, denied(() -> files.open(fileId)), "nobody signed in gets nothing");
        assertEquals(noFile, denied(() -> files.open(NO_SUCH_ID)));
        assertTrue(other.call(() -> applications.mine()).stream().map(DossierSummary::code)
                .noneMatch(code::equals));
        assertTrue(other.call(() -> applications.myFiles()).stream()
                .noneMatch(f -> f.dossierFileId() == fileId),
                "another's files are not offered for reuse");

        // Another's draft, by its id.
        DraftView draft = owner.call(() -> applications.start(fx.procedure())).draft();
        long draftId = draft.id();
        String noDraft = denied(() -> other.call(() -> applications.draft(NO_SUCH_ID)));
        for (Executable call : List.<Executable>of(
                () -> other.call(() -> applications.draft(draftId)),
                () -> other.call(() -> applications.save(draftId, draft.version(),
                        new DraftInput(null, Map.of("fullName", "Kẻ Sửa Hộ"), null, null))),
                () -> other.call(() -> applications.attach(draftId, -1, "x.pdf",
                        TestFiles.in(TestFiles.pdf("x")))),
                () -> other.call(() -> applications.attachExisting(draftId, -1, fileId)),
                () -> other.call(() -> applications.submit(draftId)))) {
            assertEquals(noDraft, denied(call));
        }
        DraftView ownOwn = other.call(() -> applications.start(fx.procedure())).draft();
        assertEquals(denied(() -> other.call(() -> applications.attachExisting(ownOwn.id(), -1,
                NO_SUCH_ID))), denied(() -> other.call(() -> applications.attachExisting(
                ownOwn.id(), -1, fileId))), "another's earlier file cannot be reused");

        // The same over HTTP: the file, the receipt and the page answer as if absent.
        WebSession ownerWeb = new WebSession();
        ownerWeb.signIn(owner.login(), TestAccounts.PASSWORD);
        WebSession otherWeb = new WebSession();
        otherWeb.signIn(other.login(), TestAccounts.PASSWORD);
        HttpResponse<byte[]> own = ownerWeb.download("/tep/" + fileId);
        assertEquals(200, own.statusCode());
        assertTrue(TestFiles.isPdf(own.body()));
        HttpResponse<byte[]> receipt = ownerWeb.download("/ho-so-cua-toi/" + code
                + "/giay-tiep-nhan.pdf");
        assertEquals(200, receipt.statusCode());
        assertTrue(TestFiles.text(receipt.body()).contains(code));
        assertSameAnswer(otherWeb.download("/tep/" + NO_SUCH_ID),
                otherWeb.download("/tep/" + fileId), "another's file");
        assertSameAnswer(otherWeb.download("/ho-so-cua-toi/" + NO_SUCH_CODE
                + "/giay-tiep-nhan.pdf"), otherWeb.download("/ho-so-cua-toi/" + code
                + "/giay-tiep-nhan.pdf"), "another's receipt");
        HttpResponse<String> page = otherWeb.get("/ho-so-cua-toi/" + code);
        assertEquals(otherWeb.get("/ho-so-cua-toi/" + NO_SUCH_CODE).statusCode(),
                page.statusCode(), "another's dossier page answers as a missing one");
        assertFalse(page.body().contains("Phạm Thị Riêng Tư"), "nothing of the owner shows");
        assertSameAnswer(new WebSession().download("/tep/" + NO_SUCH_ID),
                new WebSession().download("/tep/" + fileId), "a file, to nobody signed in");

        HttpResponse<String> wizard = otherWeb.get("/nop-ho-so/" + fx.procedure() + "?ho-so="
                + draftId);
        assertFalse(wizard.body().contains("Phạm Thị Riêng Tư"),
                "another's draft does not open in the wizard");
        HttpResponse<String> backOffice = ownerWeb.get("/quan-ly/ho-so/" + s.id());
        assertFalse(backOffice.statusCode() == 200
                && backOffice.body().contains("id=\"actions-heading\""),
                "a citizen gets no back-office page: " + backOffice.statusCode() + " "
                + backOffice.uri());

        DossierDetail still = owner.call(() -> applications.mineDetail(code));
        assertEquals(NationalStatus.NEW, still.status(), "nothing the other did changed it");
        assertTrue(still.messages().isEmpty());
        assertEquals("Phạm Thị Riêng Tư", owner.call(() -> applications.draft(draftId)).values()
                .get("fullName"));
        assertEquals(owner.call(() -> applications.draft(draftId)).files().size(),
                draft.files().size());
    }

    @Test
    void anOfficialReachesOnlyTheirAgencysDossiers() throws Exception {
        SignedIn citizen = fx.citizen("000803", "Đinh Thị Liên Cơ Quan");
        SubmitResult s = fx.submitted(citizen);
        long id = s.id();
        long fileId = citizen.call(() -> applications.mineDetail(s.code())).files().get(0).id();
        long version = fx.detail(RECEIVER, id).version();
        SignedIn stranger = fx.official(OTHER_RECEIVER);
        SignedIn strangerLeader = fx.official(OTHER_APPROVER);

        String notFound = denied(() -> stranger.call(() -> office.detail(NO_SUCH_ID)));
        assertEquals(notFound, denied(() -> stranger.call(() -> office.detail(id))),
                "another agency's dossier answers as one that does not exist");
        for (Executable call : List.<Executable>of(
                () -> stranger.call(() -> office.accept(id, version, null)),
                () -> stranger.call(() -> office.refuse(id, version, "Không thuộc Sở Y tế")),
                () -> stranger.call(() -> office.requestSupplement(id, version, "Thiếu",
                        List.of("Giấy tờ"))),
                () -> stranger.call(() -> office.paper(id, PaperKind.RECEIPT)),
                () -> stranger.call(() -> office.message(id, "Xin chào")),
                () -> strangerLeader.call(() -> office.assign(id, version, "syt.chuyenvien",
                        null)),
                () -> strangerLeader.call(() -> office.delay(id, version,
                        java.time.LocalDate.now().plusDays(30), "Gia hạn hộ")))) {
            assertEquals(notFound, denied(call));
        }
        String noFile = denied(() -> stranger.call(() -> files.open(NO_SUCH_ID)));
        assertEquals(noFile, denied(() -> stranger.call(() -> files.open(fileId))));
        WebSession strangerWeb = new WebSession();
        strangerWeb.signIn(OTHER_RECEIVER, SignedIn.DEMO_PASSWORD);
        assertSameAnswer(strangerWeb.download("/quan-ly/ho-so/" + NO_SUCH_ID + "/mau-01.pdf"),
                strangerWeb.download("/quan-ly/ho-so/" + id + "/mau-01.pdf"),
                "another agency's paper");
        assertSameAnswer(strangerWeb.download("/tep/" + NO_SUCH_ID),
                strangerWeb.download("/tep/" + fileId), "another agency's file");
        HttpResponse<String> page = strangerWeb.get("/quan-ly/ho-so/" + id);
        assertEquals(strangerWeb.get("/quan-ly/ho-so/" + NO_SUCH_ID).statusCode(),
                page.statusCode(), "another agency's dossier page answers as a missing one");
        assertFalse(page.body().contains("Đinh Thị Liên Cơ Quan"), "nothing of it shows");
        WebSession deskWeb = new WebSession();
        deskWeb.signIn(RECEIVER, SignedIn.DEMO_PASSWORD);
        HttpResponse<byte[]> paper = deskWeb.download("/quan-ly/ho-so/" + id + "/mau-01.pdf");
        assertEquals(200, paper.statusCode(), "the agency's own official prints it");
        assertTrue(TestFiles.text(paper.body()).contains(s.code()));
        assertFalse(codes(stranger, WorkQueue.ALL).contains(s.code()));
        assertFalse(codes(stranger, WorkQueue.TO_RECEIVE).contains(s.code()));
        DossierDetail untouched = fx.detail(RECEIVER, id);
        assertEquals(DossierStep.SUBMITTED, untouched.step());
        assertEquals(version, untouched.version(), "nothing was changed by the refused calls");
        assertTrue(codes(fx.official(RECEIVER), WorkQueue.TO_RECEIVE).contains(s.code()));

        // The leader may give the dossier only to a processor of the agency.
        DossierDetail received = fx.received(id);
        ValidationFailure foreign = assertThrows(ValidationFailure.class,
                () -> fx.official(APPROVER).call(() -> office.assign(id, received.version(),
                        "syt.chuyenvien", null)));
        DossierFixture.assertVietnamese(foreign.problem("processor"));

        // In the other direction, where the catalogue routes procedures to Sở Y tế.
        List<String> health = routing.proceduresReceivedBy("SYT", 5);
        if (!health.isEmpty()) {
            long sytId = fx.submit(citizen, fx.readyDraft(citizen, health.get(0)).id()).id();
            SignedIn stp = fx.official(RECEIVER);
            assertEquals(notFound, denied(() -> stp.call(() -> office.detail(sytId))));
            long sytVersion = fx.detail(OTHER_RECEIVER, sytId).version();
            assertEquals(notFound, denied(() -> stp.call(() -> office.accept(sytId, sytVersion,
                    null))));
            assertEquals(DossierStep.SUBMITTED, fx.detail(OTHER_RECEIVER, sytId).step());
        }
    }

    @Test
    void theContainerChecksEveryRole() throws Exception {
        SignedIn citizen = fx.citizen("000804", "Vương Văn Vai Trò");
        SubmitResult s = fx.submitted(citizen);
        long id = s.id();
        long version = fx.detail(RECEIVER, id).version();
        SignedIn receiver = fx.official(RECEIVER);
        SignedIn processor = fx.official(PROCESSOR);
        SignedIn approver = fx.official(APPROVER);

        containerRefuses(() -> citizen.call(() -> office.detail(id)));
        containerRefuses(() -> citizen.call(() -> office.accept(id, version, null)));
        containerRefuses(() -> citizen.call(() -> office.list(WorkQuery.of(WorkQueue.ALL))));
        containerRefuses(() -> processor.call(() -> office.accept(id, version, null)));
        containerRefuses(() -> processor.call(() -> office.returnResult(id, version, null)));
        containerRefuses(() -> receiver.call(() -> office.assign(id, version, PROCESSOR, null)));
        containerRefuses(() -> receiver.call(() -> office.approve(id, version, null)));
        containerRefuses(() -> approver.call(() -> office.accept(id, version, null)));
        containerRefuses(() -> receiver.call(() -> applications.start(fx.procedure())));
        containerRefuses(() -> receiver.call(() -> applications.mineDetail(s.code())));
        containerRefuses(() -> applications.mine());
        containerRefuses(() -> office.counts());
        assertEquals(version, fx.detail(RECEIVER, id).version(), "nothing changed");

        // A draft is the applicant's alone: the agency does not see it.
        DraftView draft = citizen.call(() -> applications.start(fx.procedure())).draft();
        assertEquals(denied(() -> receiver.call(() -> office.detail(NO_SUCH_ID))),
                denied(() -> receiver.call(() -> office.detail(draft.id()))));
    }

    @Test
    void thePublicLookupTellsOnlyProcedureStatusAndDates() throws Exception {
        SignedIn citizen = fx.citizen("000805", "Lã Thị Kín Đáo");
        SubmitResult s = fx.submitted(citizen);
        fx.received(s.id());

        assertEquals(List.of("code", "procedureName", "status", "statusKey", "receivedAt",
                "dueAt"), Arrays.stream(PublicStatus.class.getRecordComponents())
                        .map(RecordComponent::getName).toList(),
                "the public answer carries nothing about the applicant");
        PublicStatus found = lookup.byCode(s.code()).orElseThrow();
        assertEquals(NationalStatus.RECEIVED, found.status());
        assertEquals("status.2", found.statusKey());
        assertTrue(found.receivedAt() != null && found.dueAt() != null);
        assertTrue(lookup.byCode(NO_SUCH_CODE).isEmpty());
        assertTrue(lookup.byCode("<script>alert(1)</script>").isEmpty());
        assertTrue(lookup.byCode("").isEmpty());

        // The page, to anyone, without signing in.
        HttpResponse<String> page = new WebSession().get("/tra-cuu-ho-so?ma="
                + URLEncoder.encode(s.code(), StandardCharsets.UTF_8));
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("id=\"lookup-result\""), "a result is shown");
        assertTrue(html.contains(s.code()));
        assertTrue(html.contains("Được tiếp nhận"), "the national status is named");
        for (String personal : List.of("Lã Thị Kín Đáo", citizen.login(),
                DossierFixture.email(citizen.login()), "0912345678", "Số 7 ngõ Thử nghiệm")) {
            assertFalse(html.contains(personal), "the page does not show " + personal);
        }
    }

    // ------------------------------------------------------------------ helpers

    private List<String> codes(SignedIn official, WorkQueue queue) throws Exception {
        return official.call(() -> office.list(new WorkQuery(queue, null, null, false, false, 0,
                WorkQuery.MAX_SIZE, true))).stream().map(WorkItem::code).toList();
    }

    /** The call is refused by the portal; the message it gives. */
    private static String denied(Executable call) {
        AccessDenied e = assertThrows(AccessDenied.class, call);
        DossierFixture.assertVietnamese(e.getMessage());
        return e.getMessage();
    }

    /**
     * Two answers over HTTP that tell nothing apart: the same status, or the same way to the
     * sign-in page, and no content given.
     */
    private static void assertSameAnswer(HttpResponse<byte[]> missing,
            HttpResponse<byte[]> refused, String what) {
        assertEquals(missing.statusCode(), refused.statusCode(), what
                + " answers as a missing one");
        assertTrue(refused.statusCode() >= 400
                || refused.uri().getPath().startsWith("/dang-nhap"), what + " is refused: "
                + refused.statusCode() + " at " + refused.uri());
        assertEquals(missing.uri().getPath().startsWith("/dang-nhap"),
                refused.uri().getPath().startsWith("/dang-nhap"), what);
        assertFalse(TestFiles.isPdf(refused.body()), what + " is not sent");
    }

    /** The call is refused by the container for want of a role. */
    private static void containerRefuses(Executable call) {
        Throwable thrown = assertThrows(Throwable.class, call);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException) {
                return;
            }
        }
        fail("expected EJBAccessException, got " + thrown);
    }
}
