package vn.dvcportal.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A dossier's life in headless Chromium, page by page: a citizen registers, opens a procedure,
 * applies online with two files and gets the code; the desk receives, the leader assigns, the
 * processor proposes with a result, the leader approves, the desk hands it over; the citizen
 * sees the result and downloads it.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(LocalMail.class)
class DossierBrowserIT {

    static final String BASE = PortalPagesIT.BASE;
    static final String PERSONAL_ID = "001090001301";
    static final String NAME = "Đoàn Thị Trình Duyệt";
    static final String EMAIL = "it-hoso-trinh-duyet@example.org";

    /** The application with the test module that tells which procedure to apply for. */
    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal(ProcedureProbe.class, DossierFixture.class, SignedIn.class,
                SignedIn.Work.class, TestAccounts.class, TestFiles.class, MailBox.class,
                MailBox.Letter.class);
    }

    @Test
    void aDossierGoesFromTheCitizenThroughTheOfficeAndBack() throws Exception {
        String procedure = get(ProcedureProbe.URL).body().strip();
        Path pdf = file("to-khai.pdf", TestFiles.pdf("To khai", PERSONAL_ID));
        Path png = file("anh-giay-to.png", TestFiles.png(80, 60, 0x336699));
        byte[] resultContent = TestFiles.pdf("Quyet dinh", "Ket qua giai quyet ho so");
        Path result = file("quyet-dinh.pdf", resultContent);

        // The citizen registers, verifies by the mailed link, opens the procedure and applies.
        Browser citizen = Browser.open();
        String code;
        try {
            register(citizen);
            citizen.go(BASE + "thu-tuc/" + procedure);
            assertEquals("Nộp hồ sơ trực tuyến", citizen.text("#apply-link"));
            citizen.click("#apply-link");
            citizen.waitForUrl("/dang-nhap");
            signIn(citizen, PERSONAL_ID, TestAccounts.PASSWORD);
            citizen.waitForUrl("/nop-ho-so/" + procedure);
            citizen.waitFor("#step-heading");

            if (citizen.count("input[type='radio'][id^='apply:case']") > 0) {
                citizen.clickAt("input[type='radio'][id^='apply:case']", 0);
                next(citizen);
            }
            citizen.waitFor(".eform-field");
            checkPhoneField(citizen);
            keptWithoutSaving(citizen);
            fillForm(citizen);
            next(citizen);

            citizen.waitFor("#accepted-files");
            attachTwoFiles(citizen, pdf, png);
            next(citizen);

            citizen.waitFor("input[type='radio'][id^='apply:delivery']");
            citizen.click("input[type='radio'][id^='apply:delivery'][value='ONLINE']");
            next(citizen);

            citizen.waitFor("button[id$=':submit']");
            String review = citizen.text(".wizard");
            assertTrue(review.contains("to-khai.pdf") && review.contains("anh-giay-to.png"),
                    "the review lists both files: " + review);
            citizen.click("button[id$=':submit']");
            citizen.waitFor("#apply-done");
            code = citizen.text("#dossier-code");
            assertTrue(DossierFixture.CODE.matcher(code).matches(), code);
            assertTrue(code.startsWith(DossierFixture.AGENCY + "-"), code);
        } finally {
            citizen.quit();
        }

        // The desk receives.
        String dossierUrl;
        Browser desk = official(DossierFixture.RECEIVER);
        try {
            desk.go(BASE + "quan-ly/ho-so");
            desk.fill("input[id$=':text']", code);
            desk.click("button[id$=':apply-filters']");
            desk.waitForText(".work-table", code);
            desk.clickText(".work-table a", code);
            desk.waitForUrl("/quan-ly/ho-so/");
            dossierUrl = desk.url();
            act(desk, "Tiếp nhận", null, "Đã tiếp nhận, chờ phân công");
        } finally {
            desk.quit();
        }

        // The leader assigns the processor.
        Browser leader = official(DossierFixture.APPROVER);
        try {
            leader.go(dossierUrl);
            openAction(leader, "Phân công xử lý");
            leader.chooseValue("select[id$=':processor']", DossierFixture.PROCESSOR);
            perform(leader, "Đang xử lý");
        } finally {
            leader.quit();
        }

        // The processor proposes with a result file.
        Browser processor = official(DossierFixture.PROCESSOR);
        try {
            processor.go(dossierUrl);
            openAction(processor, "Trình kết quả");
            processor.click("input[type='radio'][id$=':grant:0']");
            processor.upload("[id$=':result-upload'] input[type='file']", 0, result);
            processor.waitForText("[id$=':action-form'] .file-list", "quyet-dinh.pdf");
            perform(processor, "Chờ lãnh đạo phê duyệt");
        } finally {
            processor.quit();
        }

        // The leader approves; the desk hands the result over.
        leader = official(DossierFixture.APPROVER);
        try {
            leader.go(dossierUrl);
            act(leader, "Phê duyệt", null, "Đã có kết quả, chờ trả");
        } finally {
            leader.quit();
        }
        desk = official(DossierFixture.RECEIVER);
        try {
            desk.go(dossierUrl);
            act(desk, "Trả kết quả", "Trả kết quả trực tuyến.", "Đã trả kết quả");
        } finally {
            desk.quit();
        }

        // The citizen sees the result and downloads it.
        citizen = Browser.open();
        try {
            citizen.go(BASE + "dang-nhap");
            signIn(citizen, PERSONAL_ID, TestAccounts.PASSWORD);
            citizen.waitForUrl("/ca-nhan");
            citizen.go(BASE + "ho-so-cua-toi/" + code);
            citizen.waitFor("#dossier-status");
            assertEquals("Đã trả kết quả", citizen.text("#dossier-status"));
            List<String> links = citizen.attributes("#results a[href*='/tep/']", "href");
            assertEquals(1, links.size(), "one result offered: " + links);
            assertEquals("quyet-dinh.pdf", citizen.text("#results a[href*='/tep/']"));
            HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest
                    .newBuilder(URI.create(BASE).resolve(links.get(0)))
                    .header("Cookie", "JSESSIONID=" + citizen.cookie("JSESSIONID")).GET()
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, download.statusCode());
            assertEquals("application/pdf", download.headers().firstValue("Content-Type")
                    .orElse("").split(";")[0].strip());
            assertTrue(download.headers().firstValue("Content-Disposition").orElse("")
                    .contains("quyet-dinh.pdf"));
            assertArrayEquals(resultContent, download.body(),
                    "the citizen receives the very file the processor uploaded");
            HttpResponse<byte[]> stranger = HttpClient.newHttpClient().send(HttpRequest
                    .newBuilder(URI.create(BASE).resolve(links.get(0))).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertTrue(stranger.statusCode() != 200
                    || !java.util.Arrays.equals(resultContent, stranger.body()),
                    "nobody else downloads it");
        } finally {
            citizen.quit();
        }
    }

    // ------------------------------------------------------------------ the citizen

    private static void register(Browser browser) throws Exception {
        browser.go(BASE + "dang-ky");
        browser.fill("input[id$=':personalId']", PERSONAL_ID);
        browser.fill("input[id$=':fullName']", NAME);
        browser.fill("input[id$=':dateOfBirth']", "17/05/1990");
        browser.fill("input[id$=':email']", EMAIL);
        browser.fill("input[id$=':phone']", "0912345678");
        if (browser.count("select[id$=':province']") > 0) {
            browser.choose("select[id$=':province']", 1);
            browser.waitForCount("#communeCode option", 2);
            browser.choose("#communeCode", 1);
        } else {
            browser.fill("input[id$=':provinceCodeText']", "01");
            browser.fill("input[id$=':communeCodeText']", "00004");
        }
        browser.fill("input[id$=':street']", "Số 9 phố Trình Duyệt");
        browser.fill("input[id$=':password']", TestAccounts.PASSWORD);
        browser.fill("input[id$=':password2']", TestAccounts.PASSWORD);
        browser.click("input[id$=':submit']");
        browser.waitFor("#register-done");
        browser.go(new MailBox(EMAIL).link("/xac-thuc-email", 0, TestAccounts.MAIL_WAIT));
        browser.waitFor("#verify-done");
    }

    /** Fills what the e-form still lacks after the prefill from the profile. */
    private static void fillForm(Browser b) {
        String areas = "textarea[id$=':area']";
        for (int i = 0; i < b.count(areas); i++) {
            if (b.values(areas).get(i).isBlank()) {
                b.fillAt(areas, i, "Đề nghị cơ quan giải quyết theo quy định.");
            }
        }
        String lists = "select[id$=':select']";
        for (int i = 0; i < b.count(lists); i++) {
            if (b.values(lists).get(i).isBlank()) {
                b.chooseAt(lists, i, 1);
            }
        }
        String ticks = "input[type='checkbox'][id$=':check']";
        for (int i = 0; i < b.count(ticks); i++) {
            if (!b.selectedAt(ticks, i)) {
                b.clickAt(ticks, i);
            }
        }
        String texts = "input[id$=':text'][required]";
        List<String> placeholders = b.attributes(texts, "placeholder");
        List<String> modes = b.attributes(texts, "inputmode");
        for (int i = 0; i < b.count(texts); i++) {
            if (!b.values(texts).get(i).isBlank()) {
                continue;
            }
            String value = "dd/mm/yyyy".equals(placeholders.get(i)) ? "15/01/2000"
                    : "numeric".equals(modes.get(i)) ? "1"
                    : "tel".equals(modes.get(i)) ? "0912345678"
                    : "email".equals(modes.get(i)) ? EMAIL : "Nguyễn Văn Thử";
            b.fillAt(texts, i, value);
        }
    }

    /** A wrong phone number is pointed out in Vietnamese as soon as the field is left. */
    private static void checkPhoneField(Browser b) {
        String phone = "input[type='tel'][id$=':text']";
        if (b.count(phone) == 0) {
            return;
        }
        String id = b.attribute(phone, "id");
        String error = "[id='" + id.substring(0, id.length() - ":text".length())
                + ":err'] .field-error";
        b.fillAt(phone, 0, "12ab");
        b.leaveAt(phone, 0);
        b.waitFor(error);
        DossierFixture.assertVietnamese(b.text(error));
        b.fillAt(phone, 0, "0912345678");
        b.leaveAt(phone, 0);
        b.waitUntilHidden(error);
    }

    /**
     * What is typed is saved as the field is left: after a reload, before any button, the
     * text is still there.
     */
    private static void keptWithoutSaving(Browser b) {
        String areas = "textarea[id$=':area']";
        if (b.count(areas) == 0) {
            return;
        }
        String typed = "Nội dung được lưu khi rời ô nhập.";
        b.fillAt(areas, 0, typed);
        b.leaveAt(areas, 0);
        String url = b.url();
        String found = null;
        for (int attempt = 0; attempt < 10 && !typed.equals(found); attempt++) {
            sleep(500);
            b.go(url);
            b.waitFor("#step-heading");
            if (b.count("input[type='radio'][id^='apply:case']") > 0) {
                next(b);
            }
            b.waitFor(".eform-field");
            found = b.values(areas).get(0);
        }
        assertEquals(typed, found, "the text typed survives a reload");
    }

    /**
     * A PDF on the first document required and a PNG on the second, or both on the first
     * when only one is required.
     */
    private static void attachTwoFiles(Browser b, Path pdf, Path png) {
        int parts = b.count(".doc-part");
        assertTrue(parts > 0, "the procedure asks for documents");
        int first = -1;
        int second = -1;
        for (int i = 0; i < parts; i++) {
            if (b.count(".doc-part:nth-child(" + (i + 1) + ") .required-mark") > 0) {
                if (first < 0) {
                    first = i;
                } else if (second < 0) {
                    second = i;
                }
            }
        }
        first = Math.max(first, 0);
        second = second < 0 ? first : second;
        for (int i = 0; i < parts; i++) {
            boolean required = b.count(".doc-part:nth-child(" + (i + 1)
                    + ") .required-mark") > 0;
            if (i == first || i == second || required) {
                String part = ".doc-part:nth-child(" + (i + 1) + ")";
                int had = b.count(part + " .file-list a");
                Path file = i == second && second != first ? png : pdf;
                b.upload(part + " input[type='file']", 0, file);
                b.waitForCount(part + " .file-list a", had + 1);
                if (i == first && second == first) {
                    b.upload(part + " input[type='file']", 0, png);
                    b.waitForCount(part + " .file-list a", had + 2);
                }
            }
        }
    }

    /** Goes on to the next step, which must come. */
    private static void next(Browser b) {
        String heading = b.text("#step-heading");
        b.click("button[id$=':next']");
        for (int i = 0; i < 200 && headingOr(b, heading).equals(heading); i++) {
            sleep(100);
        }
        assertTrue(!headingOr(b, heading).equals(heading), () -> "the step \"" + heading
                + "\" is accepted; the page says: " + b.text(".wizard"));
    }

    /** The step's heading, or the fallback while the page is being replaced. */
    private static String headingOr(Browser b, String fallback) {
        try {
            return b.count("#step-heading") == 0 ? fallback : b.text("#step-heading");
        } catch (RuntimeException stale) {
            return fallback;
        }
    }

    // ------------------------------------------------------------------ the office

    private static Browser official(String login) throws Exception {
        Browser b = Browser.open();
        b.go(BASE + "dang-nhap");
        signIn(b, login, SignedIn.DEMO_PASSWORD);
        b.waitForUrl("/quan-ly");
        return b;
    }

    private static void openAction(Browser b, String label) {
        b.clickText("button[id$=':act'], button[id*=':act-']", label);
        b.waitFor("[id$=':perform']");
    }

    /** Takes the action with the text, and waits for the step it leads to. */
    private static void act(Browser b, String label, String text, String step) {
        openAction(b, label);
        if (text != null) {
            b.fill("textarea[id$=':action-text']", text);
        }
        perform(b, step);
    }

    private static void perform(Browser b, String step) {
        b.click("[id$=':perform']");
        b.waitForText("#dossier-step", step);
        assertEquals(step, b.text("#dossier-step"));
    }

    // ------------------------------------------------------------------ helpers

    private static void signIn(Browser browser, String login, String password) {
        browser.fill("input[id$=':login']", login);
        browser.fill("input[id$=':password']", password);
        browser.click("input[id$=':submit']");
    }

    private static Path file(String name, byte[] content) throws Exception {
        Path dir = Files.createTempDirectory("ho-so");
        return Files.write(dir.resolve(name), content);
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                .send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
