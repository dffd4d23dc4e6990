package vn.dvcportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A person in headless Chromium finds a procedure of the national catalogue, which the server
 * imports at start-up (see arquillian.xml), and opens it.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void findAProcedureWithoutDiacriticsAndOpenIt() throws Exception {
        SharedData.nationalCatalog();
        Browser browser = Browser.open();
        try {
            browser.go(PortalPagesIT.BASE);
            // The banner may set the agency's name in capitals; the words are what counts.
            assertTrue(browser.text("header").toLowerCase(Locale.ROOT)
                    .contains("ủy ban nhân dân tỉnh mẫu"));
            assertTrue(browser.visible("footer"));

            browser.type("header input[name='q']", "dang ky khai sinh");
            browser.click("main a[href$='/thu-tuc/1.001193']");
            browser.waitForUrl("/thu-tuc/1.001193");

            assertEquals("Thủ tục đăng ký khai sinh", browser.text("main h1"));
            assertTrue(browser.text("main").contains("Hộ tịch"));
            assertTrue(browser.text("footer").contains("Địa chỉ"));
        } finally {
            browser.quit();
        }
    }

    @Test
    void searchResultsAreAShareableAddress() throws Exception {
        SharedData.nationalCatalog();
        Browser browser = Browser.open();
        try {
            browser.go(PortalPagesIT.BASE + "thu-tuc?q="
                    + URLEncoder.encode("ĐĂNG KÝ KHAI SINH", StandardCharsets.UTF_8));

            assertTrue(browser.text("main").contains("Thủ tục đăng ký khai sinh"));
        } finally {
            browser.quit();
        }
    }
}
