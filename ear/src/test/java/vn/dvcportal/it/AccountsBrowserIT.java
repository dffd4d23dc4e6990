package vn.dvcportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * People in headless Chromium: a citizen registers, opens the link of the mail that arrived,
 * signs in, edits their information and signs out; officials of the demo agencies (created at
 * start-up, see arquillian.xml) sign in to the back office.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(LocalMail.class)
class AccountsBrowserIT {

    static final String BASE = PortalPagesIT.BASE;
    /** The password of the demo officials in the test server (arquillian.xml). */
    static final String DEMO_PASSWORD = "Thu-nghiem-2025";
    static final String SCRIPT = "<script>alert('x')</script>";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aCitizenRegistersVerifiesSignsInEditsAndSignsOut() throws Exception {
        String email = "it-trinh-duyet@example.org";
        String name = "Đặng Thị Trình Duyệt";
        Browser browser = Browser.open();
        try {
            browser.go(BASE + "dang-ky");
            browser.fill("input[id$=':personalId']", "001195000301");
            browser.fill("input[id$=':fullName']", name);
            browser.fill("input[id$=':dateOfBirth']", "12/08/1995");
            browser.fill("input[id$=':email']", email);
            browser.fill("input[id$=':phone']", "0901234567");
            address(browser);
            browser.fill("input[id$=':street']", SCRIPT + " số 3");
            browser.fill("input[id$=':password']", TestAccounts.PASSWORD);
            browser.fill("input[id$=':password2']", "Khac-han-2025");
            browser.click("input[id$=':submit']");

            browser.waitFor(".field-error");
            assertTrue(browser.text("#password2-error").contains("không khớp"));
            assertEquals(name, browser.value("input[id$=':fullName']"), "nothing typed is lost");

            browser.fill("input[id$=':password']", TestAccounts.PASSWORD);
            browser.fill("input[id$=':password2']", TestAccounts.PASSWORD);
            browser.click("input[id$=':submit']");
            browser.waitFor("#register-done");
            assertTrue(browser.text("#register-done").contains(email));

            browser.go(new MailBox(email).link("/xac-thuc-email", 0, TestAccounts.MAIL_WAIT));
            browser.waitFor("#verify-done");

            browser.go(BASE + "dang-nhap");
            browser.fill("input[id$=':login']", "001195000301");
            browser.fill("input[id$=':password']", TestAccounts.PASSWORD);
            browser.click("input[id$=':submit']");
            browser.waitForUrl("/ca-nhan");
            assertEquals(name, browser.text("#profile-name"));
            assertTrue(browser.text("header").contains(name), "the header names who signed in");
            assertTrue(browser.text("header").contains("Đăng xuất"));
            assertTrue(browser.text("#profile-address").contains(SCRIPT),
                    "what was typed is shown as text, never run");

            browser.fill("form[id='profile'] input[id$=':phone']", "0907654321");
            browser.click("input[id$=':save']");
            browser.waitFor("#profile-notice");
            assertEquals("0907654321", browser.text("#profile-phone"));

            String fresh = "Mat-khau-doi-2025";
            browser.fill("input[id$=':oldPassword']", TestAccounts.PASSWORD);
            browser.fill("input[id$=':newPassword']", fresh);
            browser.fill("input[id$=':newPassword2']", fresh);
            browser.click("input[id$=':change']");
            browser.waitFor("#profile-notice");
            assertTrue(browser.text("#profile-notice").contains("Đã đổi mật khẩu"));
            browser.go(BASE + "ca-nhan");
            assertEquals(name, browser.text("#profile-name"), "this session goes on");

            browser.click("form.sign-out-form button");
            browser.waitForUrl("/dang-nhap");
            assertTrue(browser.text("main").contains("Bạn đã đăng xuất"));
            assertTrue(browser.text("header").contains("Đăng nhập"));
            browser.go(BASE + "ca-nhan");
            browser.waitForUrl("/dang-nhap?tiep=");
            signIn(browser, "001195000301", fresh);
            browser.waitForUrl("/ca-nhan");
        } finally {
            browser.quit();
        }
    }

    @Test
    void anOfficialSignsInToTheBackOffice() throws Exception {
        Browser browser = Browser.open();
        try {
            browser.go(BASE + "quan-ly");
            browser.waitForUrl("/dang-nhap?tiep=");
            signIn(browser, "syt.chuyenvien", DEMO_PASSWORD);
            browser.waitForUrl("/quan-ly");
            assertEquals("Trần Văn Minh", browser.text("#office-name"));
            assertEquals("Sở Y tế", browser.text("#office-agency"));
            assertTrue(browser.text("#office-roles").contains("Chuyên viên"));
            assertEquals(0, browser.count("a[href$='/quan-tri/can-bo']"),
                    "a processor is not offered the officials' administration");
        } finally {
            browser.quit();
        }
    }

    @Test
    void anAgencyAdministratorSeesTheOfficialsOfTheirAgencyOnly() throws Exception {
        Browser browser = Browser.open();
        try {
            browser.go(BASE + "dang-nhap");
            signIn(browser, "syt.quantri", DEMO_PASSWORD);
            browser.waitForUrl("/quan-ly");
            browser.click("a[href$='/quan-tri/can-bo']");
            browser.waitForUrl("/quan-tri/can-bo");
            String list = browser.text(".officials-table");
            assertTrue(list.contains("syt.chuyenvien"), list);
            assertFalse(list.contains("stp."), "officials of another agency are not shown");
        } finally {
            browser.quit();
        }
    }

    @Test
    void signingOutEverywhereEndsTheOtherSessions() throws Exception {
        Browser first = Browser.open();
        Browser second = Browser.open();
        try {
            first.go(BASE + "dang-nhap?tiep=%2F%2Fevil.example%2Fx");
            String before = first.cookie("JSESSIONID");
            signIn(first, "syt.lanhdao", DEMO_PASSWORD);
            first.waitForUrl("/quan-ly");
            assertTrue(first.url().startsWith(BASE), "no other site after signing in");
            String after = first.cookie("JSESSIONID");
            assertTrue(before != null && after != null && !before.equals(after),
                    "a new session id after signing in");

            second.go(BASE + "dang-nhap");
            signIn(second, "syt.lanhdao", DEMO_PASSWORD);
            second.waitForUrl("/quan-ly");

            first.go(BASE + "ca-nhan");
            first.click("input[id$=':everywhere']");
            first.waitForUrl("/dang-nhap");
            assertTrue(first.text("main").contains("mọi thiết bị"));

            second.go(BASE + "ca-nhan");
            second.waitForUrl("ly-do=het-phien");
            assertTrue(second.text("main").contains("Phiên đăng nhập đã kết thúc"));
            assertTrue(second.text("header").contains("Đăng nhập"));
        } finally {
            first.quit();
            second.quit();
        }
    }

    private static void signIn(Browser browser, String login, String password) {
        browser.fill("input[id$=':login']", login);
        browser.fill("input[id$=':password']", password);
        browser.click("input[id$=':submit']");
    }

    /** A province and commune from the lists when the server has them, else typed codes. */
    private static void address(Browser browser) {
        if (browser.count("select[id$=':province']") > 0) {
            browser.choose("select[id$=':province']", 1);
            browser.waitForCount("#communeCode option", 2);
            browser.choose("#communeCode", 1);
        } else {
            browser.fill("input[id$=':provinceCodeText']", "01");
            browser.fill("input[id$=':communeCodeText']", "00004");
        }
    }
}
