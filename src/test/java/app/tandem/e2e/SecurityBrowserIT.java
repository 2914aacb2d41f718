package app.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * First start and idle sign-out in Debian's headless Chromium against the packaged jar without
 * the demo: the setup screen refuses a wrong setup code and takes the one printed in the log;
 * then, with a short idle timeout (75 s, warning 30 s before), a tab left alone shows the warning
 * and lands on the sign-in page by itself. Run with {@code mvn verify -Pbrowser}.
 */
class SecurityBrowserIT {

    private static final Pattern CODE = Pattern.compile("setup code ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})");
    private static final Path SHOTS = Path.of("target/browser-screenshots");

    private static Browsers.App app;
    private static WebDriver driver;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        app = Browsers.startJar(
                "security-browser-it",
                List.of("--tandem.security.idle-timeout=75s", "--tandem.security.idle-warning=30s"));
        driver = Browsers.chromium();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void setup_needs_the_printed_code_and_an_idle_tab_is_warned_then_signed_out() throws Exception {
        Matcher m = CODE.matcher(Files.readString(app.log()));
        assertThat(m.find()).as("the setup code is in the log").isTrue();
        String code = m.group(1);

        driver.get(app.baseUrl() + "/login");
        wait.until(ExpectedConditions.urlContains("/setup"));
        fillSetup(code.startsWith("A") ? "B" + code.substring(1) : "A" + code.substring(1));
        waitForText("This is not the setup code");
        shot("20-setup-wrong-code");
        driver.get(app.baseUrl() + "/login");
        wait.until(ExpectedConditions.urlContains("/setup"));

        fillSetup(code);
        wait.until(ExpectedConditions.urlContains("/login"));
        WebElement user =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
        user.sendKeys("robin@example.org");
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys("a calm and steady river", Keys.ENTER);
        waitForText("Needs attention");
        shot("21-signed-in");

        // Nothing more happens in this tab: the warning comes at 45 s, the sign-out at 75 s.
        long idleFrom = System.nanoTime();
        new WebDriverWait(driver, Duration.ofSeconds(90)).until(d -> bodyText().contains("You will be signed out"));
        long warnedAfter = (System.nanoTime() - idleFrom) / 1_000_000_000;
        shot("22-idle-warning");
        assertThat(warnedAfter).as("seconds until the warning").isBetween(35L, 70L);
        new WebDriverWait(driver, Duration.ofSeconds(90))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
        long signedOutAfter = (System.nanoTime() - idleFrom) / 1_000_000_000;
        shot("23-idle-signed-out");
        assertThat(signedOutAfter).as("seconds until the sign-in page").isBetween(70L, 110L);
        driver.get(app.baseUrl() + "/caseload");
        wait.until(ExpectedConditions.urlContains("/login"));

        assertThat(Browsers.cspViolations(driver))
                .as("CSP violations in the console")
                .isEmpty();
        // The check can fail: an image from another origin (a loopback address, so nothing
        // leaves the machine even if it were loaded) is refused, and the console says so.
        ((JavascriptExecutor) driver)
                .executeScript("const i = document.createElement('img'); "
                        + "i.src = 'http://127.0.0.2:9/csp-probe.png'; document.body.appendChild(i);");
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !Browsers.cspViolations(d).isEmpty());
    }

    private static void fillSetup(String code) {
        type("#setup-code input", code);
        type("#setup-name input", "Robin Okafor");
        type("#setup-email input", "robin@example.org");
        type("#setup-password input", "a calm and steady river");
        type("#setup-confirm input", "a calm and steady river");
        WebElement create = wait.until(ExpectedConditions.elementToBeClickable(By.id("setup-create")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", create);
    }

    private static void type(String css, String text) {
        WebElement e = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        e.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        e.sendKeys(text, Keys.TAB);
    }

    private static String bodyText() {
        return (String) ((JavascriptExecutor) driver)
                .executeScript(
                        "return document.body.innerText + ' ' + Array.from(document.querySelectorAll('vaadin-dialog-overlay'))"
                                + ".map(o => o.innerText).join(' ')");
    }

    private static void waitForText(String text) {
        wait.until(d -> bodyText().contains(text));
    }

    private static void shot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
