package app.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A partner's check-in on a phone-sized window (360 × 740) in Debian's headless Chromium against
 * the packaged jar in demo mode: the counselor makes the link; the partner, in a browser with no
 * sign-in, answers with the keyboard alone and saves; axe finds no serious or critical violation.
 */
class CheckInBrowserIT extends DemoPracticeBrowserTest {

    private static final Path SHOTS = Browsers.SHOTS;

    @BeforeAll
    static void start() throws Exception {
        startDemo("check-in-it", true);
    }

    @Test
    void a_partner_checks_in_on_a_phone_with_the_keyboard_alone() throws Exception {
        String link = counselorMakesLink();

        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(new Dimension(360, 740));
        driver.get(link);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("check-in-safe")));
        assertThat(driver.getTitle()).isEqualTo("Notes");
        assertThat(bodyText()).contains("Quick exit", "Hello ").doesNotContain("Dana", "Needs attention", "Caseload");
        Long overflow = (Long) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow)
                .as(
                        "no sideways scrolling at 360 px; too wide: %s",
                        ((JavascriptExecutor) driver)
                                .executeScript(
                                        "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > "
                                                + "document.documentElement.clientWidth + 1).slice(0, 8).map(e => e.tagName + '#' + e.id + '.' "
                                                + "+ e.className + ' ' + Math.round(e.getBoundingClientRect().width)).join(', ')"))
                .isLessThanOrEqualTo(0L);
        shot("check-in-01-open");
        assertThat(Browsers.seriousViolations(driver)).as("check-in page").isEmpty();

        // Safety question: the first answer, "Yes, I feel safe".
        tabInto("check-in-safe");
        keys(Keys.SPACE);
        // The three metrics: 6, 4 and 7, moving with the arrow keys inside each group.
        choose("check-in-emotionalSafety", 6);
        choose("check-in-reciprocalEffort", 4);
        choose("check-in-clearCommunication", 7);
        tabInto("check-in-note");
        keys("A calmer week; we kept two evenings.");
        tabInto("check-in-save");
        shot("check-in-02-filled");
        keys(Keys.ENTER);
        wait.until(d -> bodyText().contains("Your answers were saved"));
        shot("check-in-03-saved");
        assertThat(Browsers.seriousViolations(driver))
                .as("check-in page after saving")
                .isEmpty();

        // Opened again the same day: today's answers come back for correction.
        driver.get(link);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("check-in-note")));
        wait.until(d -> "A calmer week; we kept two evenings."
                .equals(((JavascriptExecutor) d)
                        .executeScript("return document.querySelector('#check-in-note').value")));
    }

    /** Signs in as the demo counselor, makes a link for partner A of the first couple, signs out. */
    private static String counselorMakesLink() throws IOException {
        driver.get(baseUrl + "/login");
        WebElement user =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
        user.sendKeys("dana@demo.tandem");
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys("demo-counselor-2026", Keys.ENTER);
        wait.until(d -> bodyText().contains("Needs attention"));
        driver.get(baseUrl + "/couples/C-0001");
        WebElement create = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("check-in-create-A")));
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", create);
        WebElement field =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#check-in-new-link input")));
        wait.until(d -> field.getAttribute("value") != null
                && field.getAttribute("value").contains("/c/"));
        shot("check-in-00-link-made");
        return field.getAttribute("value");
    }

    /** Presses Tab until the focus is inside the element with {@code id} (at most 300 times). */
    private static void tabInto(String id) {
        for (int i = 0; i < 300; i++) {
            Boolean inside = (Boolean) ((JavascriptExecutor) driver).executeScript("""
                    let a = document.activeElement;
                    while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; }
                    const target = document.getElementById(arguments[0]);
                    let e = document.activeElement;
                    return !!(target && e && (target === e || target.contains(e)));""", id);
            if (Boolean.TRUE.equals(inside)) {
                return;
            }
            keys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    /** Tabs into a 0–10 radio group, selects with Space, then moves with the arrow keys until {@code value} is chosen. */
    private static void choose(String id, int value) {
        tabInto(id);
        keys(Keys.SPACE);
        for (int i = 0; i < 24 && !String.valueOf(value).equals(valueOf(id)); i++) {
            keys(Integer.parseInt(valueOf(id).isEmpty() ? "0" : valueOf(id)) < value ? Keys.ARROW_DOWN : Keys.ARROW_UP);
        }
        assertThat(valueOf(id)).as(id).isEqualTo(String.valueOf(value));
    }

    private static String valueOf(String id) {
        Object v =
                ((JavascriptExecutor) driver).executeScript("return document.getElementById(arguments[0]).value", id);
        return v == null ? "" : String.valueOf(v);
    }

    private static void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        pause(150);
    }

    private static String bodyText() {
        return (String) ((JavascriptExecutor) driver).executeScript("return document.body.innerText");
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void shot(String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
