package vn.dvcportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The report pages in headless Chromium: the administrator browses a little, makes today's
 * access report from the reports page, watches it finish without reloading (the page polls),
 * and reads the figures of those very page views on the access report page.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsBrowserIT {

    static final String BASE = PortalPagesIT.BASE;
    /** The administrator's password in the test server (arquillian.xml). */
    static final String ADMIN_PASSWORD = "Quan-tri-thu-2025";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void anAdministratorMakesTodaysAccessReportAndReadsIt() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        Browser browser = Browser.open();
        try {
            browser.go(BASE + "dang-nhap");
            browser.fill("input[id$=':login']", "admin");
            browser.fill("input[id$=':password']", ADMIN_PASSWORD);
            browser.click("input[id$=':submit']");
            browser.waitForUrl("/quan-ly");
            browser.go(BASE + "thu-tuc");
            browser.go(BASE + "hoi-dap");
            browser.go(BASE + "quan-tri/bao-cao");
            assertEquals("Báo cáo thống kê", browser.text("h1"));
            // The access log reaches the database about a second after each request.
            Thread.sleep(2500);

            // A date field takes digits in the order of the browser's own date format, which
            // headless Chromium may not take from its language: try both orders.
            browser.fill("input[id$=':day']", today.format(DateTimeFormatter.ofPattern(
                    "ddMMyyyy")));
            if (!today.toString().equals(browser.value("input[id$=':day']"))) {
                browser.fill("input[id$=':day']", today.format(DateTimeFormatter.ofPattern(
                        "MMddyyyy")));
            }
            assertEquals(today.toString(), browser.value("input[id$=':day']"));
            browser.click("button[id$=':start']");
            browser.waitFor(".ui-growl-message");
            assertTrue(browser.text(".ui-growl-message").contains("Đã bắt đầu lập báo cáo"),
                    browser.text(".ui-growl-message"));
            browser.waitForCount(".report-history tbody tr", 1);
            waitForText(browser, ".report-history tbody tr:first-child", "Hoàn thành");
            String row = browser.text(".report-history tbody tr:first-child");
            assertTrue(row.contains("Ngày " + today.format(DateTimeFormatter.ofPattern(
                    "dd/MM/yyyy"))), row);
            assertTrue(row.contains("100%"), row);

            browser.go(BASE + "quan-tri/truy-cap?ky=" + today);
            assertEquals("Thống kê truy cập", browser.text("h1"));
            long views = Long.parseLong(browser.text("#total-views").replace(".", ""));
            assertTrue(views >= 3, "at least the administrator's page views: " + views);
            String pages = browser.text("[id$='pages']");
            assertTrue(pages.contains("/thu-tuc"), pages);
            assertTrue(pages.contains("/hoi-dap"), pages);
            assertTrue(browser.count("button[id$=':xlsx']") == 1
                    && browser.count("button[id$=':pdf']") == 1, "export buttons");
        } finally {
            browser.quit();
        }
    }

    /** Waits up to a minute for an element's text to contain a phrase, as polling updates it. */
    private static void waitForText(Browser browser, String css, String phrase)
            throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        String text = "";
        while (!text.contains(phrase)) {
            assertTrue(System.nanoTime() < deadline, "still: " + text);
            Thread.sleep(250);
            try {
                text = browser.text(css);
            } catch (RuntimeException e) {
                // The poll replaced the table while it was read; read it again.
            }
        }
    }
}
