package vn.dvcportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.dvcportal.dossier.boundary.Applications;
import vn.dvcportal.dossier.boundary.BackOffice;
import vn.dvcportal.dossier.control.ConcurrentChange;
import vn.dvcportal.dossier.control.DossierDetail;
import vn.dvcportal.dossier.control.DossierSummary;
import vn.dvcportal.dossier.control.DraftView;
import vn.dvcportal.dossier.control.EventView;
import vn.dvcportal.dossier.control.SubmitResult;
import vn.dvcportal.dossier.entity.DossierAction;
import vn.dvcportal.dossier.entity.DossierStep;
import vn.dvcportal.identity.entity.Roles;

/**
 * Dossiers under contention in the running server: two officials acting on what they both
 * saw, fifty citizens submitting in the same instant, one citizen submitting twice at once.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(LocalMail.class)
class DossierConcurrencyIT {

    static final int CITIZENS = 50;
    /** The words every loser of a race reads. */
    static final Pattern RELOAD = Pattern.compile("Hồ sơ vừa được người khác xử lý \\(.+\\)\\."
            + " Vui lòng tải lại để xem trạng thái mới\\.");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(DossierConcurrencyIT.class, DossierFixture.class,
                SignedIn.class, SignedIn.Work.class, TestAccounts.class, TestFiles.class,
                MailBox.class, MailBox.Letter.class, LocalMail.class);
    }

    @Inject
    DossierFixture fx;

    @Inject
    Applications applications;

    @Inject
    BackOffice office;

    @Test
    void twoOfficialsActOnTheSameVersionAndOneWins() throws Exception {
        SignedIn citizen = fx.citizen("001101", "Lý Thị Tranh Chấp");
        SignedIn first = fx.official(DossierFixture.RECEIVER);
        SignedIn second = fx.colleague("it.motcua2.stp", "Đỗ Văn Cùng Bàn", "STP-VP",
                Roles.RECEIVER);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // Several rounds, as one round may be decided by the order threads happen to start.
            for (int round = 0; round < 5; round++) {
                SubmitResult s = fx.submitted(citizen);
                long version = first.call(() -> office.detail(s.id())).version();
                assertEquals(version, second.call(() -> office.detail(s.id())).version());
                CyclicBarrier together = new CyclicBarrier(2);
                Future<DossierDetail> accepting = pool.submit(() -> {
                    together.await();
                    return first.call(() -> office.accept(s.id(), version, "Tiếp nhận."));
                });
                Future<DossierDetail> refusing = pool.submit(() -> {
                    together.await();
                    return second.call(() -> office.refuse(s.id(), version,
                            "Từ chối tiếp nhận."));
                });
                List<Object> outcomes = List.of(outcome(accepting), outcome(refusing));
                long won = outcomes.stream().filter(o -> o instanceof DossierDetail).count();
                List<ConcurrentChange> lost = outcomes.stream()
                        .filter(o -> o instanceof ConcurrentChange)
                        .map(ConcurrentChange.class::cast).toList();
                assertEquals(1, won, "exactly one official wins: " + outcomes);
                assertEquals(1, lost.size(), "the other is told of the change: " + outcomes);
                assertTrue(RELOAD.matcher(lost.get(0).getMessage()).matches(),
                        lost.get(0).getMessage());

                DossierDetail after = first.call(() -> office.detail(s.id()));
                List<DossierAction> taken = after.events().stream().map(EventView::action)
                        .filter(a -> a == DossierAction.ACCEPT
                                || a == DossierAction.REFUSE_RECEIPT).toList();
                assertEquals(1, taken.size(), "one step recorded: " + taken);
                assertEquals(taken.get(0) == DossierAction.ACCEPT ? DossierStep.RECEIVED
                        : DossierStep.NOT_RECEIVED, after.step());
                assertEquals(version + 1, after.version(), "the dossier changed once");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fiftyCitizensSubmitAtOnceAndGetDistinctCodes() throws Exception {
        String procedure = fx.procedure();
        ExecutorService pool = Executors.newFixedThreadPool(CITIZENS);
        try {
            // Each citizen with a draft ready to submit; made four at a time, as registering
            // hashes a password.
            List<Future<Object[]>> preparing = new ArrayList<>();
            ExecutorService few = Executors.newFixedThreadPool(4);
            try {
                for (int i = 0; i < CITIZENS; i++) {
                    String serial = String.format("%06d", 1200 + i);
                    String name = "Công Dân " + syllable(i / 10) + " " + syllable(i % 10);
                    preparing.add(few.submit(() -> {
                        SignedIn c = fx.citizen(serial, name);
                        DraftView d = fx.readyDraft(c, procedure);
                        return new Object[] {c, d};
                    }));
                }
                for (Future<Object[]> f : preparing) {
                    f.get(10, TimeUnit.MINUTES);
                }
            } finally {
                few.shutdownNow();
            }

            long before = fx.rows("DOSSIER");
            CyclicBarrier together = new CyclicBarrier(CITIZENS);
            List<Future<SubmitResult>> submitting = new ArrayList<>();
            for (Future<Object[]> f : preparing) {
                SignedIn c = (SignedIn) f.get()[0];
                DraftView d = (DraftView) f.get()[1];
                submitting.add(pool.submit(() -> {
                    together.await();
                    return c.call(() -> applications.submit(d.id()));
                }));
            }
            Set<String> codes = new HashSet<>();
            Set<Long> ids = new HashSet<>();
            List<String> failures = new ArrayList<>();
            for (Future<SubmitResult> f : submitting) {
                try {
                    SubmitResult r = f.get(5, TimeUnit.MINUTES);
                    DossierFixture.assertCode(r.code(), r.submittedAt());
                    codes.add(r.code());
                    ids.add(r.id());
                } catch (ExecutionException e) {
                    failures.add(String.valueOf(e.getCause()));
                }
            }
            assertEquals(List.of(), failures, "every submission succeeds");
            assertEquals(CITIZENS, ids.size(), "fifty dossiers");
            assertEquals(CITIZENS, codes.size(), "fifty distinct codes: " + codes);
            assertEquals(before, fx.rows("DOSSIER"), "the drafts became the dossiers");
            for (Future<Object[]> f : preparing) {
                SignedIn c = (SignedIn) f.get()[0];
                List<String> mine = c.call(() -> applications.mine()).stream()
                        .map(DossierSummary::code).filter(codes::contains).toList();
                assertEquals(1, mine.size(), c.login() + " has one dossier: " + mine);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void submittingOneDraftTwiceAtOnceMakesOneDossier() throws Exception {
        SignedIn citizen = fx.citizen("001102", "Mai Văn Bấm Hai Lần");
        DraftView draft = fx.readyDraft(citizen, fx.procedure());
        long before = fx.rows("DOSSIER");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CyclicBarrier together = new CyclicBarrier(4);
            List<Future<SubmitResult>> clicks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                clicks.add(pool.submit(() -> {
                    together.await();
                    return citizen.call(() -> applications.submit(draft.id()));
                }));
            }
            Set<String> codes = new HashSet<>();
            int fresh = 0;
            for (Future<SubmitResult> click : clicks) {
                SubmitResult r = click.get(2, TimeUnit.MINUTES);
                codes.add(r.code());
                assertEquals(draft.id(), r.id());
                if (!r.repeated()) {
                    fresh++;
                }
            }
            assertEquals(1, codes.size(), "one code for every click: " + codes);
            assertEquals(1, fresh, "one submission, the others told it was done already");
            assertEquals(before, fx.rows("DOSSIER"), "no second dossier");
            String code = codes.iterator().next();
            SubmitResult later = citizen.call(() -> applications.submit(draft.id()));
            assertEquals(code, later.code(), "a later retry gets the same code");
            assertTrue(later.repeated());
            long submits = citizen.call(() -> applications.mineDetail(code)).events().stream()
                    .filter(e -> e.action() == DossierAction.SUBMIT).count();
            assertEquals(1, submits, "submitted once");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anOfficialOnAnOldPageIsToldToReload() throws Exception {
        SignedIn citizen = fx.citizen("001101", "Lý Thị Tranh Chấp");
        SignedIn first = fx.official(DossierFixture.RECEIVER);
        SignedIn second = fx.colleague("it.motcua2.stp", "Đỗ Văn Cùng Bàn", "STP-VP",
                Roles.RECEIVER);
        SubmitResult s = fx.submitted(citizen);
        long seen = second.call(() -> office.detail(s.id())).version();
        first.call(() -> office.accept(s.id(), seen, null));

        ConcurrentChange stale = assertThrows(ConcurrentChange.class, () -> second.call(
                () -> office.requestSupplement(s.id(), seen, "Thiếu", List.of("Giấy tờ"))));
        assertTrue(RELOAD.matcher(stale.getMessage()).matches(), stale.getMessage());
        assertTrue(stale.getMessage().contains("Đã tiếp nhận"),
                "says where the dossier stands now: " + stale.getMessage());
        assertEquals(DossierStep.RECEIVED, first.call(() -> office.detail(s.id())).step());
    }

    @Test
    void theSameFileUploadedAtOnceIsStoredOnce() throws Exception {
        String procedure = fx.procedure();
        int uploaders = 8;
        List<SignedIn> people = new ArrayList<>();
        List<DraftView> drafts = new ArrayList<>();
        for (int i = 0; i < uploaders; i++) {
            SignedIn c = fx.citizen(String.format("%06d", 1110 + i), "Công Dân Trùng "
                    + syllable(i));
            people.add(c);
            drafts.add(c.call(() -> applications.start(procedure)).draft());
        }
        byte[] same = TestFiles.pdf("Cung mot noi dung", String.valueOf(System.nanoTime()));
        long stored = fx.rows("STORED_FILE");
        ExecutorService pool = Executors.newFixedThreadPool(uploaders);
        try {
            CyclicBarrier together = new CyclicBarrier(uploaders);
            List<Future<DraftView>> uploads = new ArrayList<>();
            for (int i = 0; i < uploaders; i++) {
                SignedIn c = people.get(i);
                long id = drafts.get(i).id();
                uploads.add(pool.submit(() -> {
                    together.await();
                    return c.call(() -> applications.attach(id, -1, "giong-nhau.pdf",
                            TestFiles.in(same)));
                }));
            }
            for (Future<DraftView> u : uploads) {
                DraftView d = u.get(2, TimeUnit.MINUTES);
                assertTrue(d.files().stream().anyMatch(f -> f.name().equals("giong-nhau.pdf")));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(stored + 1, fx.rows("STORED_FILE"), "one stored file for one content");
    }

    // ------------------------------------------------------------------ helpers

    /** What a racing call came to: its result, or what it threw. */
    private static Object outcome(Future<DossierDetail> f) throws InterruptedException {
        try {
            return f.get(2, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            fail("an official waited more than two minutes: " + e);
            return null;
        }
    }

    private static String syllable(int i) {
        return List.of("An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Khánh", "Lan", "Minh",
                "Nga").get(i);
    }
}
