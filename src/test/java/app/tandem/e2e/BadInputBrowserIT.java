package app.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
 * Bad input in Debian's headless Chromium against the packaged jar in demo mode: a fraction and
 * a number too large in a score, and a session dated 1 January 1000, each get a sentence beside
 * the field, nothing is saved (the form stays a new session, no "Draft saved"), and an unknown
 * couple's address reads as a sentence inside the shell.
 */
class BadInputBrowserIT {

    private static final Path SHOTS = Browsers.SHOTS;

    private static Browsers.Run run;
    private static Browsers.App app;
    private static WebDriver driver;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        run = Browsers.Run.start("bad-input-browser-it", List.of("--spring.profiles.active=demo"), false);
        app = run.app();
        driver = run.driver();
        wait = run.waiter();
    }

    @AfterAll
    static void stop() {
        Browsers.Run.stop(run);
    }

    @Test
    void fractions_huge_numbers_and_impossible_dates_get_a_sentence_and_nothing_is_saved() throws Exception {
        driver.get(app.baseUrl() + "/login");
        WebElement user = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
        user.sendKeys("dana@demo.tandem");
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys("demo-counselor-2026", Keys.ENTER);
        waitForText("Needs attention");

        driver.get(app.baseUrl() + "/couples/C-9999");
        waitForText("There is no couple C-9999 in your caseload.");
        assertThat(driver.findElements(By.tagName("vaadin-side-nav"))).isNotEmpty();
        assertThat(bodyText()).doesNotContain("Exception").doesNotContain("Could not navigate");
        shot("50-unknown-couple");

        driver.get(app.baseUrl() + "/couples/C-0001/sessions/new");
        WebElement score = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#score-a-emotionalSafety input")));
        score.sendKeys("7.5", Keys.TAB);
        driver.findElement(By.cssSelector("#score-b-emotionalSafety input")).sendKeys("99999999999999", Keys.TAB);
        click(By.id("save-draft"));
        waitForText("cannot be kept as typed");
        // The browser's integer field drops the "." as it is typed: what is left (75) is shown and refused.
        waitForText("75 is outside");
        assertThat(invalid("score-a-emotionalSafety")).isTrue();
        assertThat(invalid("score-b-emotionalSafety")).isTrue();
        assertThat(bodyText()).doesNotContain("Draft saved");
        assertThat(driver.getCurrentUrl()).as("no draft was created").endsWith("/sessions/new");
        shot("51-score-fraction-refused");

        clear("#score-a-emotionalSafety input");
        clear("#score-b-emotionalSafety input");
        WebElement date = driver.findElement(By.cssSelector("#session-date input"));
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        date.sendKeys("1/1/1000", Keys.ENTER, Keys.TAB);
        click(By.id("save-draft"));
        waitForText("cannot be dated before the couple's intake on");
        assertThat(bodyText()).doesNotContain("Draft saved");
        assertThat(driver.getCurrentUrl()).endsWith("/sessions/new");
        shot("52-session-dated-1000-refused");
    }

    private static boolean invalid(String id) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript("return document.getElementById(arguments[0]).invalid;", id);
    }

    private static void clear(String css) {
        WebElement e = driver.findElement(By.cssSelector(css));
        e.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, Keys.TAB);
    }

    private static void click(By by) {
        WebElement e = wait.until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", e);
    }

    private static String bodyText() {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "return document.body.innerText + ' ' + Array.from(document.querySelectorAll("
                        + "'vaadin-notification-card, vaadin-dialog-overlay')).map(o => o.innerText).join(' ')");
    }

    private static void waitForText(String text) {
        wait.until(d -> bodyText().contains(text));
    }

    private static void shot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
