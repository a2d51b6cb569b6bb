package io.zhucan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's chromium and chromium-driver, nothing downloaded) driving the back
 * office like a person: logs in at the real Keycloak, checks every page with axe-core (WCAG 2.1 A/AA,
 * no violation allowed) and saves a full-page screenshot of it.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("zhucan.e2e.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("zhucan.e2e.chromedriver", "/usr/bin/chromedriver");
    private static final String AXE = resource("/axe/axe.min.js");
    private static final Duration WAIT = Duration.ofSeconds(30);

    final ChromeDriver driver;
    private final Path profile;
    private final Path screenshots;
    private int shots;

    Browser(Path screenshots) {
        this.screenshots = screenshots;
        try {
            Files.createDirectories(screenshots);
            profile = Files.createTempDirectory("e2e-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--lang=zh-CN",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    static boolean available() {
        return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    }

    void open(String url) {
        driver.get(url);
    }

    /** Through Keycloak's login form (the back office sends the browser there), back to the back office. */
    void login(String backoffice, String username) {
        open(backoffice + "/");
        waitFor(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(DemoUsers.PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlMatches("^" + backoffice + "/.*"));
        waitFor(By.id("main-content"));
    }

    /** Logout ends the Keycloak session too: the next visit asks for credentials again. */
    void logout() {
        click(By.cssSelector("form[action$='/logout'] button"));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlMatches("/signed-out$"));
        waitFor(By.id("main-content"));
    }

    WebElement waitFor(By what) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(what));
    }

    void waitForText(By where, String text) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(where, text));
    }

    void click(By what) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(what)).click();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String lang() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    /** Presses Tab until the focused element matches, as a keyboard user would; fails after {@code limit}. */
    WebElement tabTo(By what, int limit) {
        List<WebElement> wanted = driver.findElements(what);
        for (int i = 0; i < limit; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement focused = driver.switchTo().activeElement();
            if (wanted.contains(focused)) {
                return focused;
            }
        }
        throw new AssertionError("no " + what + " within " + limit + " presses of Tab");
    }

    void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    /** Whether the focused element shows it (GOV.UK: yellow background or outline, a thick bottom shadow). */
    boolean focusIsVisible() {
        Object visible = ((JavascriptExecutor) driver).executeScript("""
                const s = getComputedStyle(document.activeElement);
                return (s.outlineStyle !== 'none' && s.outlineWidth !== '0px' && s.outlineColor !== 'rgba(0, 0, 0, 0)')
                    || s.boxShadow !== 'none' || s.backgroundColor === 'rgb(255, 221, 0)';""");
        return Boolean.TRUE.equals(visible);
    }

    /** axe-core on the page as it is now: no WCAG 2.1 A or AA violation. */
    void assertAccessible(String page) {
        JavascriptExecutor js = driver;
        js.executeScript(AXE);
        Object violations = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                  .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): '
                      + v.nodes.map(n => n.target.join(' ')).join(', '))))
                  .catch(e => done(['axe failed: ' + e]));""");
        assertThat((List<?>) violations).as("axe-core violations on " + page + " (" + driver.getCurrentUrl() + ")")
                .isEmpty();
    }

    /** Checks the page with axe-core and for labels missing from the bundles, and saves it as {@code NN-name.png}. */
    void check(String name) {
        assertAccessible(name);
        assertThat(text()).as("every label of " + name + " from the bundles").doesNotContainPattern("\\?\\?\\S*_(zh|en)\\S*\\?\\?");
        screenshot(name);
    }

    void screenshot(String name) {
        Dimension normal = driver.manage().window().getSize();
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(normal.getWidth(), Math.max(normal.getHeight(), height.intValue())));
        try {
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            Files.write(screenshots.resolve("%02d-%s.png".formatted(++shots, name)), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(normal);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory
        }
    }

    private static String resource(String name) {
        try (InputStream in = Browser.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
