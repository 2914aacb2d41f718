package app.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.base.db.EmbeddedMariaDb;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
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
 * The database stops while a counselor works, in Debian's headless Chromium against the packaged
 * jar. The test starts its own MariaDB (an embedded server in the test's JVM, the jar pointed at
 * it as at an external one) so that it can stop and start it. During the outage the caseload, a
 * couple, a tab switch and the sign-in page each show the sentence inside Tandem, never exception
 * text, and the health endpoint says DOWN; once the database is back the same browser tab works
 * again without a reload and the health endpoint says UP.
 */
class DatabaseOutageBrowserIT {

    private static final Pattern CODE = Pattern.compile("setup code ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})");
    private static final Path SHOTS = Path.of("target/browser-screenshots");
    private static final String OUTAGE = "The database cannot be reached right now";
    private static final String SIGN_IN_UNAVAILABLE = "Sign-in is unavailable for now";
    private static final List<String> DEVELOPER_OUTPUT = List.of(
            "Exception", "exception", "Could not navigate", "root cause", "Connection refused", "java.", "not saved");

    private static EmbeddedMariaDb db;
    private static Browsers.App app;
    private static WebDriver driver;
    private static WebDriver stranger;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        Path data = Path.of("target/outage-it-db").toAbsolutePath();
        Browsers.deleteRecursively(data);
        Path base = Path.of(System.getProperty("user.home"), ".cache/tandem/mariadb-11.4.5");
        db = EmbeddedMariaDb.start(data, base, "tandem");
        db.awaitReady();
        app = Browsers.startJar(
                "outage-browser-it",
                List.of(
                        "--spring.datasource.url=" + db.jdbcUrl("tandem"),
                        "--spring.datasource.username=" + db.appUser(),
                        "--spring.datasource.password=" + db.appPassword(),
                        "--spring.flyway.user=root",
                        "--spring.flyway.password=" + db.rootPassword()));
        driver = Browsers.chromium();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (stranger != null) {
            stranger.quit();
        }
        if (app != null) {
            app.stop();
        }
        if (db != null) {
            db.stop();
        }
    }

    @Test
    void an_outage_reads_as_a_sentence_everywhere_and_the_same_tab_works_again_afterwards() throws Exception {
        try {
            outageJourney();
        } catch (Exception | AssertionError e) {
            shot(driver, "49-outage-failure");
            throw e;
        }
    }

    private void outageJourney() throws Exception {
        String reference = signInAndAddACouple();
        assertThat(health()).isEqualTo(200);

        db.stop();
        try {
            // A tab opened for the first time during the outage: a sentence in the tab, no "not saved".
            clickTab("Sessions");
            waitForText(driver, OUTAGE);
            assertNoDeveloperOutput(driver);
            shot(driver, "40-outage-tab-switch");

            // The caseload, reached through the navigation: the shell stays, the sentence shows.
            WebElement caseload = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//vaadin-side-nav-item[normalize-space(.)='Caseload']")));
            ((JavascriptExecutor) driver)
                    .executeScript("arguments[0].shadowRoot.querySelector('a').click();", caseload);
            wait.until(ExpectedConditions.urlContains("/caseload"));
            new WebDriverWait(driver, Duration.ofSeconds(40))
                    .until(d -> d.findElements(By.id("couple-tabs")).isEmpty()
                            && bodyText(d).contains(OUTAGE));
            assertThat(driver.findElements(By.tagName("vaadin-side-nav")))
                    .as("the navigation is still there")
                    .isNotEmpty();
            assertNoDeveloperOutput(driver);
            shot(driver, "41-outage-caseload");

            // A couple opened by its address (a full page load): inside the shell, with a retry button.
            driver.get(app.baseUrl() + "/couples/" + reference);
            waitForText(driver, OUTAGE);
            assertThat(driver.findElements(By.tagName("vaadin-side-nav"))).isNotEmpty();
            assertThat(driver.findElements(By.id("error-next")))
                    .as("a retry button")
                    .isNotEmpty();
            assertNoDeveloperOutput(driver);
            shot(driver, "42-outage-couple");

            // The sign-in page, for someone not signed in: it loads and says sign-in is unavailable.
            stranger = Browsers.chromium();
            stranger.get(app.baseUrl() + "/login");
            waitForText(stranger, SIGN_IN_UNAVAILABLE);
            assertNoDeveloperOutput(stranger);
            signIn(stranger, "robin@example.org", "a calm and steady river");
            waitForText(stranger, SIGN_IN_UNAVAILABLE);
            assertNoDeveloperOutput(stranger);
            shot(stranger, "43-outage-login");

            assertThat(health()).as("health while the database is stopped").isEqualTo(503);
        } finally {
            db.restart();
        }
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> health() == 200);

        // The same tab, no reload: the retry opens the couple, and its tabs work.
        String marker =
                (String) ((JavascriptExecutor) driver).executeScript("return window.tandemNoReload = 'still here';");
        click(driver, By.id("error-next"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("couple-tabs")));
        waitForText(driver, "Ana Lindqvist");
        clickTab("Sessions");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("new-session")));
        assertThat(((JavascriptExecutor) driver).executeScript("return window.tandemNoReload"))
                .isEqualTo(marker);
        assertThat(bodyText(driver)).doesNotContain(OUTAGE);
        shot(driver, "44-after-outage-couple");

        // Sign-in works again from the same sign-in tab.
        stranger.get(app.baseUrl() + "/login");
        signIn(stranger, "robin@example.org", "a calm and steady river");
        waitForText(stranger, "Needs attention");
    }

    /** First start: the supervisor from the setup code, then one couple; returns its reference. */
    private static String signInAndAddACouple() throws Exception {
        Matcher m = CODE.matcher(Files.readString(app.log()));
        assertThat(m.find()).as("the setup code is in the log").isTrue();
        driver.get(app.baseUrl() + "/setup");
        type("#setup-code input", m.group(1));
        type("#setup-name input", "Robin Okafor");
        type("#setup-email input", "robin@example.org");
        type("#setup-password input", "a calm and steady river");
        type("#setup-confirm input", "a calm and steady river");
        click(driver, By.id("setup-create"));
        wait.until(ExpectedConditions.urlContains("/login"));
        signIn(driver, "robin@example.org", "a calm and steady river");
        waitForText(driver, "Needs attention");
        driver.get(app.baseUrl() + "/couples/new");
        type("#a-first-name input", "Ana");
        type("#a-last-name input", "Lindqvist");
        type("#b-first-name input", "Tomas");
        type("#b-last-name input", "Ferreira");
        click(driver, By.id("add-couple"));
        wait.until(ExpectedConditions.urlMatches(".*/couples/C-\\d{4}$"));
        waitForText(driver, "Ana Lindqvist");
        return driver.getCurrentUrl().replaceAll(".*/couples/", "");
    }

    private static void signIn(WebDriver browser, String email, String password) {
        WebDriverWait w = new WebDriverWait(browser, Duration.ofSeconds(30));
        WebElement user =
                w.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
        user.sendKeys(email);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(password, Keys.ENTER);
    }

    private static int health() {
        try {
            HttpURLConnection c = (HttpURLConnection)
                    URI.create(app.baseUrl() + "/actuator/health").toURL().openConnection();
            c.setConnectTimeout(2000);
            c.setReadTimeout(20000);
            return c.getResponseCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private static void assertNoDeveloperOutput(WebDriver browser) {
        String text = bodyText(browser);
        for (String developer : DEVELOPER_OUTPUT) {
            assertThat(text).as("developer output on the page").doesNotContain(developer);
        }
    }

    private static void type(String css, String text) {
        WebElement e = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        e.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        e.sendKeys(text, Keys.TAB);
    }

    private static void click(WebDriver browser, By by) {
        WebElement e =
                new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", e);
    }

    private static void clickTab(String label) {
        click(driver, By.xpath("//vaadin-tab[normalize-space(.)='" + label + "']"));
    }

    /** The page's text and any notification's or dialog's (they live in overlays outside the body's flow). */
    private static String bodyText(WebDriver browser) {
        return (String) ((JavascriptExecutor) browser)
                .executeScript("return document.body.innerText + ' ' + Array.from(document.querySelectorAll("
                        + "'vaadin-notification-card, vaadin-dialog-overlay')).map(o => o.innerText).join(' ')");
    }

    private static void waitForText(WebDriver browser, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(40))
                .until(d -> bodyText(d).contains(text));
    }

    private static void shot(WebDriver browser, String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
