package vn.dvcportal.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, in words a test can read. It uses the system's
 * chromedriver, so Selenium never looks for a driver or browser anywhere else. Test classes
 * that run in the server mention only this class, never Selenium's, which the server lacks.
 */
final class Browser {

    private final WebDriver driver;
    private final WebDriverWait wait;

    private Browser(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    static Browser open() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run",
                "--disable-component-update", "--disable-sync", "--window-size=1280,1024",
                "--lang=vi", "--user-data-dir=" + Files.createTempDirectory("chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        return new Browser(new ChromeDriver(service, options));
    }

    void go(String url) {
        driver.get(url);
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /** The visible text of the first element the CSS selector finds. */
    String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText().trim();
    }

    boolean visible(String css) {
        return driver.findElement(By.cssSelector(css)).isDisplayed();
    }

    void type(String css, String text) {
        driver.findElement(By.cssSelector(css)).sendKeys(text, Keys.ENTER);
    }

    /** Replaces what a field holds with the text, without sending the form. */
    void fill(String css, String text) {
        WebElement field = driver.findElement(By.cssSelector(css));
        field.clear();
        field.sendKeys(text);
    }

    /** The current value of a field. */
    String value(String css) {
        return driver.findElement(By.cssSelector(css)).getDomProperty("value");
    }

    /** Chooses the option at that position of a list; 0 is the first. */
    void choose(String css, int index) {
        new Select(driver.findElement(By.cssSelector(css))).selectByIndex(index);
    }

    /** How many elements the CSS selector finds. */
    int count(String css) {
        return driver.findElements(By.cssSelector(css)).size();
    }

    /** Waits until the CSS selector finds at least that many elements. */
    void waitForCount(String css, int atLeast) {
        wait.until(d -> d.findElements(By.cssSelector(css)).size() >= atLeast);
    }

    /** Waits until the first element the CSS selector finds is shown. */
    void waitFor(String css) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** The value of a cookie of the current site, or null. */
    String cookie(String name) {
        org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    void click(String css) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    void waitForUrl(String part) {
        wait.until(ExpectedConditions.urlContains(part));
    }

    void quit() {
        driver.quit();
    }
}
