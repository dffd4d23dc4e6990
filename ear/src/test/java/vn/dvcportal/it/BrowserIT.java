package vn.dvcportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.file.Files;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.dvcportal.catalog.boundary.Catalog;
import vn.dvcportal.catalog.boundary.CatalogImports;

/** A person in headless Chromium finds a procedure of the national catalogue and opens it. */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portal(BrowserIT.class);
    }

    @Inject
    Catalog catalog;

    @Inject
    CatalogImports imports;

    @Inject
    AsAdministrator admin;

    @Test
    @Order(1)
    void nationalCatalogueLoaded() throws Exception {
        var file = SharedData.nationalCatalog();
        if (catalog.findByCode("1.001193").isEmpty()) {
            admin.call(() -> imports.importNow(file));
        }
        assertTrue(catalog.findByCode("1.001193").isPresent());
    }

    @Test
    @Order(2)
    @RunAsClient
    void findAProcedureWithoutDiacriticsAndOpenIt() throws Exception {
        SharedData.nationalCatalog();
        WebDriver browser = chromium();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get(PortalPagesIT.BASE);
            assertTrue(browser.findElement(By.tagName("header")).getText()
                    .contains("Ủy ban nhân dân tỉnh Mẫu"));
            assertTrue(browser.findElement(By.tagName("footer")).isDisplayed());

            WebElement box = browser.findElement(By.cssSelector("header input[name='q']"));
            box.sendKeys("dang ky khai sinh", Keys.ENTER);
            WebElement result = wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("a[href$='/thu-tuc/1.001193']")));
            assertTrue(browser.getCurrentUrl().contains("q=dang+ky+khai+sinh"),
                    "the search is a shareable address: " + browser.getCurrentUrl());
            result.click();

            wait.until(ExpectedConditions.urlContains("/thu-tuc/1.001193"));
            assertEquals("Thủ tục đăng ký khai sinh",
                    browser.findElement(By.tagName("h1")).getText().trim());
            assertTrue(browser.findElement(By.tagName("main")).getText().contains("Hộ tịch"));
            assertTrue(browser.findElement(By.tagName("footer")).getText().contains("Địa chỉ"));
        } finally {
            browser.quit();
        }
    }

    private static WebDriver chromium() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run",
                "--disable-component-update", "--disable-sync", "--window-size=1280,1024",
                "--lang=vi", "--user-data-dir=" + Files.createTempDirectory("chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build();
        return new ChromeDriver(service, options);
    }
}
