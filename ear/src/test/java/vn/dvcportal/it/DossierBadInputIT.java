package vn.dvcportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dvcportal.it.DossierFixture.RECEIVER;
import static vn.dvcportal.it.DossierFixture.assertVietnamese;

import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import vn.dvcportal.dossier.boundary.Applications;
import vn.dvcportal.dossier.boundary.BackOffice;
import vn.dvcportal.dossier.control.DossierDetail;
import vn.dvcportal.dossier.control.DossierFileView;
import vn.dvcportal.dossier.control.DraftInput;
import vn.dvcportal.dossier.control.DraftView;
import vn.dvcportal.dossier.control.MessageView;
import vn.dvcportal.dossier.control.SubmitResult;
import vn.dvcportal.dossier.entity.Delivery;
import vn.dvcportal.dossier.entity.DossierStep;
import vn.dvcportal.eform.control.FieldType;
import vn.dvcportal.eform.control.FormField;
import vn.dvcportal.identity.control.ValidationFailure;

/**
 * Hostile and careless input to dossiers: files that are not what they claim, empty, too
 * large or badly named; script in every field and message. Each is refused in Vietnamese or
 * kept as plain text, nothing refused is stored, the draft keeps what was saved before, and
 * the pages show the script as text.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(LocalMail.class)
class DossierBadInputIT {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String SCRIPT_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";
    static final String IMAGE = "\"><img src=x onerror=alert(1)>";
    static final String IMAGE_RAW = "<img src=x onerror=alert(1)>";
    static final String IMAGE_ESCAPED = "&lt;img src=x onerror=alert(1)&gt;";
    /** Both payloads in one value, as a field would receive them. */
    static final String PAYLOAD = SCRIPT + " " + IMAGE;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(DossierBadInputIT.class, DossierFixture.class,
                SignedIn.class, SignedIn.Work.class, TestAccounts.class, TestFiles.class,
                MailBox.class, MailBox.Letter.class, LocalMail.class, WebSession.class);
    }

    @Inject
    DossierFixture fx;

    @Inject
    Applications applications;

    @Inject
    BackOffice office;

    @Test
    void refusedFilesLeaveNothingBehindAndTheDraftAsItWas() throws Exception {
        SignedIn citizen = fx.citizen("000901", "Quách Thị Tệp Lạ");
        DraftView draft = fx.readyDraft(citizen, fx.procedure());
        long id = draft.id();
        long stored = fx.rows("STORED_FILE");
        long attached = fx.rows("DOSSIER_FILE");
        Set<Path> blobs = blobs();

        String exe = refusedFile(() -> citizen.call(() -> applications.attach(id, -1,
                "giay-to.pdf", TestFiles.in(TestFiles.windowsProgram()))));
        assertTrue(exe.contains("PDF"), "says which files are accepted: " + exe);
        String empty = refusedFile(() -> citizen.call(() -> applications.attach(id, -1,
                "trong.pdf", TestFiles.in(new byte[0]))));
        assertTrue(empty.contains("0 byte") || empty.contains("rỗng"), empty);
        String large = refusedFile(() -> citizen.call(() -> applications.attach(id, -1,
                "lon.pdf", TestFiles.largePdfLike(draft.maxUploadBytes() + 1))));
        assertTrue(large.contains("quá lớn"), large);
        String longName = "Giấy chứng nhận quyền sử dụng đất ".repeat(9).substring(0, 296)
                + ".pdf";
        assertEquals(300, longName.codePointCount(0, longName.length()));
        String named = refusedFile(() -> citizen.call(() -> applications.attach(id, -1,
                longName, TestFiles.in(TestFiles.pdf("ten dai")))));
        assertTrue(named.contains("255"), "names the limit: " + named);
        refusedFile(() -> citizen.call(() -> applications.attach(id, -1, "   ",
                TestFiles.in(TestFiles.pdf("khong ten")))));
        ValidationFailure part = assertThrows(ValidationFailure.class,
                () -> citizen.call(() -> applications.attach(id, 9999, "x.pdf",
                        TestFiles.in(TestFiles.pdf("thanh phan la")))));
        assertVietnamese(part.problem("part"));

        assertEquals(stored, fx.rows("STORED_FILE"), "no refused file was stored");
        assertEquals(attached, fx.rows("DOSSIER_FILE"));
        assertEquals(blobs, blobs(), "nothing left in the file store, not even a part");
        DraftView after = citizen.call(() -> applications.draft(id));
        assertEquals(draft.values(), after.values(), "the values saved before are there");
        assertEquals(draft.caseName(), after.caseName());
        assertEquals(draft.delivery(), after.delivery());
        assertEquals(draft.files().stream().map(DossierFileView::id).toList(),
                after.files().stream().map(DossierFileView::id).toList());

        // A name with a folder in it keeps only the file's own name.
        DraftView sneaky = citizen.call(() -> applications.attach(id, -1,
                "..\\..\\windows\\..\\../../etc/passwd.pdf", TestFiles.in(TestFiles.pdf("x"))));
        assertTrue(sneaky.files().stream().map(DossierFileView::name)
                .anyMatch("passwd.pdf"::equals), "folders are cut off the name");
        SubmitResult s = fx.submit(citizen, id);
        assertNotNull(s.code(), "the draft is still good to submit");
    }

    @Test
    void scriptInEveryFieldIsKeptAsTextOrRefusedAndPagesEscapeIt() throws Exception {
        SignedIn citizen = fx.citizen("000902", "Lục Văn Kịch Bản");
        String procedure = fx.procedure();
        DraftView ready = fx.readyDraft(citizen, procedure);
        long id = ready.id();
        Map<String, String> good = ready.values();

        // Script in every field of the e-form at once; a field too short for it refuses the
        // whole save, naming the field.
        Map<String, String> hostile = new LinkedHashMap<>();
        FormField tooShort = null;
        for (FormField f : ready.form().fields()) {
            if (PAYLOAD.length() <= f.limit()) {
                hostile.put(f.key(), PAYLOAD);
            } else if (tooShort == null) {
                tooShort = f;
            }
        }
        if (tooShort != null) {
            String shortKey = tooShort.key();
            ValidationFailure over = assertThrows(ValidationFailure.class,
                    () -> citizen.call(() -> applications.save(id, ready.version(),
                            new DraftInput(null, Map.of(shortKey, PAYLOAD), null, null))));
            assertVietnamese(over.problem("form." + shortKey));
            assertEquals(good.get(shortKey), citizen.call(() -> applications.draft(id))
                    .values().get(shortKey), "nothing of a refused save is kept");
        }
        DraftView saved = citizen.call(() -> applications.save(id, ready.version(),
                new DraftInput(null, hostile, Delivery.POST, PAYLOAD)));
        for (FormField f : ready.form().fields()) {
            if (!hostile.containsKey(f.key())) {
                continue;
            }
            String problem = saved.problems().get("form." + f.key());
            if (freeText(f)) {
                assertEquals(PAYLOAD, saved.values().get(f.key()), f.key() + " kept as typed");
            } else if (problem != null) {
                assertVietnamese(problem);
            } else {
                // A tick box takes anything but "true" as unticked.
                assertEquals(FieldType.CHECKBOX, f.type(), f.key() + " (" + f.type()
                        + ") refuses the script");
                assertFalse(PAYLOAD.equals(saved.values().get(f.key())), f.key());
            }
        }
        assertEquals(PAYLOAD, saved.postalAddress());
        DraftView badCase = citizen.call(() -> applications.save(id, saved.version(),
                new DraftInput(PAYLOAD, null, null, null)));
        assertVietnamese(badCase.problems().get("case"));
        assertEquals(ready.caseName(), badCase.caseName(), "the case chosen before is kept");
        ValidationFailure refused = assertThrows(ValidationFailure.class,
                () -> citizen.call(() -> applications.submit(id)));
        assertFalse(refused.problems().isEmpty());
        refused.problems().values().forEach(DossierFixture::assertVietnamese);
        assertEquals(DossierStep.DRAFT, citizen.call(() -> applications.mine()).stream()
                .filter(d -> d.id() == id).findFirst().orElseThrow().step(),
                "a refused submission leaves a draft");

        // The draft page shows what was typed as text.
        WebSession web = new WebSession();
        web.signIn(citizen.login(), TestAccounts.PASSWORD);
        assertEscaped(web.get("/nop-ho-so/" + procedure), "the draft page");

        // Valid values where the type requires them; the script stays in free text.
        Map<String, String> fixed = new LinkedHashMap<>();
        for (FormField f : ready.form().fields()) {
            if (!freeText(f)) {
                fixed.put(f.key(), good.getOrDefault(f.key(), ""));
            }
        }
        DraftView repaired = citizen.call(() -> applications.save(id, 0,
                new DraftInput(null, fixed, null, null)));
        assertEquals(Map.of(), repaired.problems());
        SubmitResult s = fx.submit(citizen, id);
        String code = s.code();

        // Script in messages, both ways, and in an official's note.
        ValidationFailure blank = assertThrows(ValidationFailure.class,
                () -> citizen.call(() -> applications.message(code, "   ")));
        assertVietnamese(blank.getMessage());
        ValidationFailure tooLong = assertThrows(ValidationFailure.class,
                () -> citizen.call(() -> applications.message(code, "Dài ".repeat(1001))));
        assertVietnamese(tooLong.getMessage());
        citizen.call(() -> applications.message(code, SCRIPT));
        citizen.call(() -> applications.message(code, IMAGE));
        SignedIn receiver = fx.official(RECEIVER);
        receiver.call(() -> office.message(s.id(), PAYLOAD));
        long version = receiver.call(() -> office.detail(s.id())).version();
        receiver.call(() -> office.accept(s.id(), version, PAYLOAD));
        DossierDetail seen = receiver.call(() -> office.detail(s.id()));
        assertEquals(List.of(SCRIPT, IMAGE, PAYLOAD), seen.messages().stream()
                .map(MessageView::body).toList(), "messages are kept as typed");

        assertEscaped(web.get("/ho-so-cua-toi/" + code), "the citizen's dossier page");
        WebSession desk = new WebSession();
        desk.signIn(RECEIVER, SignedIn.DEMO_PASSWORD);
        assertEscaped(desk.get("/quan-ly/ho-so/" + s.id()), "the back office dossier page");
        assertEscaped(new WebSession().get("/tra-cuu-ho-so?ma=" + java.net.URLEncoder.encode(
                PAYLOAD, java.nio.charset.StandardCharsets.UTF_8)), "the lookup page");
    }

    @Test
    void valuesBeyondTheFormAndUnknownProceduresAreRefused() throws Exception {
        SignedIn citizen = fx.citizen("000903", "Ông Văn Lạ Lùng");
        for (String code : List.of("9.999999", SCRIPT, "")) {
            ValidationFailure unknown = assertThrows(ValidationFailure.class,
                    () -> citizen.call(() -> applications.start(code)));
            assertVietnamese(unknown.problem("procedure"));
        }
        DraftView ready = fx.readyDraft(citizen, fx.procedure());
        long id = ready.id();
        String textKey = ready.form().fields().stream().filter(f -> freeText(f)
                && f.type() == FieldType.TEXT).map(FormField::key).findFirst().orElseThrow();
        String tooLong = "Đường ".repeat(120);
        ValidationFailure over = assertThrows(ValidationFailure.class,
                () -> citizen.call(() -> applications.save(id, ready.version(),
                        new DraftInput(null, Map.of(textKey, tooLong), null, null))));
        String problem = over.problem("form." + textKey);
        assertVietnamese(problem);
        assertTrue(problem.contains("tối đa"), problem);
        assertEquals(ready.values().get(textKey), citizen.call(() -> applications.draft(id))
                .values().get(textKey), "a value over the limit is not stored");
        ValidationFailure address = assertThrows(ValidationFailure.class,
                () -> citizen.call(() -> applications.save(id, ready.version(),
                        new DraftInput(null, null, Delivery.POST, "Số 1 ".repeat(101)))));
        assertVietnamese(address.problem("postalAddress"));
        DraftView saved = citizen.call(() -> applications.save(id, ready.version(),
                new DraftInput(null, Map.of("khongCoTruongNay", "giá trị lạ"), null, null)));
        assertFalse(saved.values().containsKey("khongCoTruongNay"), "unknown keys are dropped");
        DraftView repaired = citizen.call(() -> applications.save(id, saved.version(),
                new DraftInput(null, Map.of(textKey, "Số 1"), null, null)));
        assertEquals(Map.of(), repaired.problems());
        ready.values().forEach((k, v) -> {
            if (!k.equals(textKey)) {
                assertEquals(v, repaired.values().get(k), k + " kept through it all");
            }
        });

        // A name typed on a system that decomposes letters is kept composed.
        String decomposed = java.text.Normalizer.normalize("Ảnh chụp hộ chiếu.png",
                java.text.Normalizer.Form.NFD);
        DraftView withPhoto = citizen.call(() -> applications.attach(id, -1, decomposed,
                TestFiles.in(TestFiles.png(10, 10, 0xff0000))));
        assertTrue(withPhoto.files().stream().map(DossierFileView::name)
                .anyMatch("Ảnh chụp hộ chiếu.png"::equals), "NFC name kept");
    }

    // ------------------------------------------------------------------ helpers

    /** A field whose value is any text: a script in it is text like any other. */
    private static boolean freeText(FormField f) {
        return (f.type() == FieldType.TEXT || f.type() == FieldType.TEXTAREA)
                && f.pattern() == null;
    }

    /** The upload is refused on the file with a Vietnamese message, which is returned. */
    private static String refusedFile(Executable upload) {
        ValidationFailure e = assertThrows(ValidationFailure.class, upload);
        String message = e.problem("file");
        assertNotNull(message, "the file is named: " + e.problems());
        assertVietnamese(message);
        return message;
    }

    /** The files in the store directory. */
    private static Set<Path> blobs() throws IOException {
        String configured = System.getProperty("dvc.files.dir");
        Path root = configured != null ? Path.of(configured)
                : Path.of(System.getProperty("jboss.server.data.dir"), "dvc-files");
        if (!Files.isDirectory(root)) {
            return Set.of();
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).collect(Collectors.toSet());
        }
    }

    /** The page came, and shows both payloads as text, never as markup. */
    private static void assertEscaped(HttpResponse<String> page, String what) {
        assertEquals(200, page.statusCode(), what + " at " + page.uri());
        String html = page.body();
        assertFalse(html.contains(SCRIPT), what + " carries a raw script tag");
        assertFalse(html.contains(IMAGE_RAW), what + " carries a raw image tag");
        assertTrue(html.contains(SCRIPT_ESCAPED), what + " shows the script as text");
        assertTrue(html.contains(IMAGE_ESCAPED), what + " shows the image tag as text");
    }
}
