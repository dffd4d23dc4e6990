package vn.dvcportal.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
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

    /** The value of each field the CSS selector finds, in page order. */
    List<String> values(String css) {
        return driver.findElements(By.cssSelector(css)).stream()
                .map(e -> e.getDomProperty("value")).toList();
    }

    /** Replaces what the field at that position holds with the text; 0 is the first. */
    void fillAt(String css, int index, String text) {
        WebElement field = driver.findElements(By.cssSelector(css)).get(index);
        field.clear();
        field.sendKeys(text);
    }

    /** Leaves the field at that position, as the Tab key does, which commits its value. */
    void leaveAt(String css, int index) {
        driver.findElements(By.cssSelector(css)).get(index).sendKeys(Keys.TAB);
    }

    /** Chooses the option at that position of the list at that position. */
    void chooseAt(String css, int index, int option) {
        new Select(driver.findElements(By.cssSelector(css)).get(index)).selectByIndex(option);
    }

    /** Chooses the option of that value in a list. */
    void chooseValue(String css, String value) {
        new Select(driver.findElement(By.cssSelector(css))).selectByValue(value);
    }

    /** Whether the tick box or radio button at that position is ticked. */
    boolean selectedAt(String css, int index) {
        return driver.findElements(By.cssSelector(css)).get(index).isSelected();
    }

    void clickAt(String css, int index) {
        WebElement e = driver.findElements(By.cssSelector(css)).get(index);
        wait.until(ExpectedConditions.elementToBeClickable(e)).click();
    }

    /** The value of an attribute of the first element the CSS selector finds, or null. */
    String attribute(String css, String name) {
        return driver.findElement(By.cssSelector(css)).getDomAttribute(name);
    }

    /** The value of an attribute of each element the CSS selector finds. */
    List<String> attributes(String css, String name) {
        return driver.findElements(By.cssSelector(css)).stream()
                .map(e -> e.getDomAttribute(name)).toList();
    }

    /**
     * Clicks the first element the CSS selector finds whose visible text is the text, trying
     * again while the page replaces its elements.
     */
    void clickText(String css, String text) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement e = d.findElements(By.cssSelector(css)).stream()
                    .filter(x -> x.isDisplayed() && x.getText().trim().equals(text))
                    .findFirst().orElse(null);
            if (e == null || !e.isEnabled()) {
                return false;
            }
            e.click();
            return true;
        });
    }

    /** Gives the file to the file input at that position, as choosing it in the dialog would. */
    void upload(String css, int index, Path file) {
        driver.findElements(By.cssSelector(css)).get(index)
                .sendKeys(file.toAbsolutePath().toString());
    }

    /** Waits until the first element the CSS selector finds shows the text among its own. */
    void waitForText(String css, String text) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElements(
                By.cssSelector(css)).stream().anyMatch(e -> e.getText().contains(text)));
    }

    /** Waits until the element is gone or hidden. */
    void waitUntilHidden(String css) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(css)));
    }

    void quit() {
        driver.quit();
    }
}
