package app.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The main journey in Debian's headless Chromium against the packaged jar in demo mode: sign in,
 * add a couple, assign a step, record and sign a session with scores, and read the assessment.
 * Screenshots go to target/browser-screenshots; the console must show no Content-Security-Policy
 * violation. Run with {@code mvn verify -Pbrowser}.
 */
class MainJourneyBrowserIT extends DemoPracticeBrowserTest {

    private static final Path SHOTS = Browsers.SHOTS;

    @BeforeAll
    static void start() throws Exception {
        startDemo("browser-it", true);
    }

    @Test
    void a_counselor_adds_a_couple_assigns_a_step_and_signs_a_scored_session() throws Exception {
        driver.get(baseUrl + "/login");
        WebElement user =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
        shot("01-login");
        assertThat(Browsers.seriousViolations(driver)).as("login page").isEmpty();
        user.sendKeys("dana@demo.tandem");
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys("demo-counselor-2026", Keys.ENTER);
        // The home is "Needs attention"; the journey continues from the caseload.
        waitForText("Needs attention");
        shot("02-needs-attention");
        assertThat(Browsers.seriousViolations(driver)).as("needs attention").isEmpty();
        driver.get(baseUrl + "/caseload");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("new-couple")));
        waitForText("C-0001");
        shot("02b-caseload");
        assertThat(Browsers.seriousViolations(driver)).as("caseload").isEmpty();

        click(By.id("new-couple"));
        type(By.cssSelector("#a-first-name input"), "Iris");
        type(By.cssSelector("#a-last-name input"), "Kestrel");
        type(By.cssSelector("#b-first-name input"), "Joel");
        type(By.cssSelector("#b-last-name input"), "Varga");
        shot("03-new-couple");
        click(By.id("add-couple"));
        wait.until(ExpectedConditions.urlMatches(".*/couples/C-\\d{4}$"));
        String reference = driver.getCurrentUrl().replaceAll(".*/couples/", "");
        waitForText("Iris Kestrel");

        clickTab("Homework");
        click(By.id("assign-step"));
        WebElement step =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#assign-step-choice input")));
        step.sendKeys("Easy Moment");
        pause(500);
        step.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        pause(500);
        shot("04-assign-step");
        click(By.id("assign-save"));
        waitForText("due");

        clickTab("Sessions");
        click(By.id("new-session"));
        wait.until(ExpectedConditions.urlContains("/sessions/new"));
        String[] metrics = {"emotionalSafety", "reciprocalEffort", "clearCommunication"};
        int value = 4;
        for (String side : new String[] {"a", "b"}) {
            for (String metric : metrics) {
                WebElement f = driver.findElement(By.cssSelector("#score-" + side + "-" + metric + " input"));
                f.sendKeys(String.valueOf(value++ % 9), Keys.TAB);
            }
        }
        type(By.cssSelector("#note-observations textarea"), "Both described one easier evening this week.");
        shot("05-session-form");
        assertThat(Browsers.seriousViolations(driver)).as("session form").isEmpty();
        click(By.id("sign-session"));
        click(By.cssSelector("vaadin-button[slot='confirm-button']"));
        waitForText("Signed by");
        shot("06-session-signed");

        driver.get(baseUrl + "/couples/" + reference);
        waitForText("Iris Kestrel");
        clickTab("Progress");
        waitForText("What would change it");
        shot("07-progress");
        assertThat(bodyText()).contains("Not enough data").contains("Iris");

        clickTab("Reports");
        click(By.id("generate-report"));
        click(By.id("report-generate-confirm"));
        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("download-counselor-report")));
        shot("08-report-generated");
        String href = link.getAttribute("href");
        Map<?, ?> fetched = (Map<?, ?>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {
                  const bytes = new Uint8Array(await r.arrayBuffer());
                  let s = ''; for (const b of bytes) s += String.fromCharCode(b);
                  done({status: r.status, cache: r.headers.get('Cache-Control'), body: btoa(s)});
                }).catch(e => done({status: -1, cache: String(e), body: ''}));""", href);
        assertThat(((Number) fetched.get("status")).intValue()).isEqualTo(200);
        assertThat(String.valueOf(fetched.get("cache"))).contains("no-store");
        byte[] pdf = Base64.getDecoder().decode((String) fetched.get("body"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(doc);
            assertThat(text).contains(reference).contains("Iris").contains("Joel");
        }

        driver.get(baseUrl + "/couples/C-0001");
        waitForText("Maya");
        clickTab("Progress");
        waitForText("What would change it");
        shot("09-demo-progress");
        assertThat(Browsers.seriousViolations(driver)).as("progress").isEmpty();
        driver.get(baseUrl + "/caseload");
        waitForText("C-0001");
        shot("10-caseload");

        assertThat(Browsers.cspViolations(driver))
                .as("CSP violations in the console")
                .isEmpty();
        HttpURLConnection page =
                (HttpURLConnection) URI.create(baseUrl + "/caseload").toURL().openConnection();
        assertThat(page.getHeaderField("Content-Security-Policy")).contains("default-src 'self'");

        if (app != null) {
            // Privacy: nothing identifying about clients reaches the log during the journey.
            String log = Files.readString(app.log());
            assertThat(log)
                    .doesNotContain("Kestrel")
                    .doesNotContain("Varga")
                    .doesNotContain("easier evening")
                    .doesNotContain("Rivera")
                    .doesNotContain("maya@example.org");
        }
    }

    /** Clicks through JavaScript: a long form's button may sit under a notification or off screen. */
    private static void click(By by) {
        WebElement e = wait.until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", e);
    }

    private static void type(By by, String text) {
        WebElement e = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        e.sendKeys(text, Keys.TAB);
    }

    private static void clickTab(String label) {
        By tab = By.xpath("//vaadin-tab[normalize-space(.)='" + label + "']");
        click(tab);
        pause(700);
    }

    private static String bodyText() {
        return (String) ((JavascriptExecutor) driver).executeScript("return document.body.innerText");
    }

    private static void waitForText(String text) {
        wait.until(d -> bodyText().contains(text));
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
