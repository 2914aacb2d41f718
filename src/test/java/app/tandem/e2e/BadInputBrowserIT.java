package app.tandem.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
 * Bad input in Debian's headless Chromium against the packaged jar in demo mode: a fraction and
 * a number too large in a score, and a session dated 1 January 1000, each get a sentence beside
 * the field, nothing is saved (the form stays a new session, no "Draft saved"), and an unknown
 * couple's address reads as a sentence inside the shell. On a couple made here: 2.5 children
 * (new and edited) are refused beside the field; homework assigned on 1/1/1000 or due on
 * 31/12/9999 is refused naming the limit; 10,000 characters pasted into a first name, a contact
 * note and the context notes keep the first 100 / 500 / 5,000 with a sentence saying so. Each
 * check reloads the page and reads the stored value back from the screen.
 */
class BadInputBrowserIT extends DemoPracticeBrowserTest {

    private static final Path SHOTS = Browsers.SHOTS;

    @BeforeAll
    static void start() throws Exception {
        startDemo("bad-input-browser-it", false);
        driver.get(app.baseUrl() + "/login");
        WebElement user =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
        user.sendKeys("dana@demo.tandem");
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys("demo-counselor-2026", Keys.ENTER);
        waitForText("Needs attention");
    }

    @Test
    void fractions_huge_numbers_and_impossible_dates_get_a_sentence_and_nothing_is_saved() throws Exception {
        driver.get(app.baseUrl() + "/couples/C-9999");
        waitForText("There is no couple C-9999 in your caseload.");
        assertThat(driver.findElements(By.tagName("vaadin-side-nav"))).isNotEmpty();
        assertThat(bodyText()).doesNotContain("Exception").doesNotContain("Could not navigate");
        shot("50-unknown-couple");

        driver.get(app.baseUrl() + "/couples/C-0001/sessions/new");
        WebElement score = wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#score-a-emotionalSafety input")));
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

        // 0.5 would arrive as 5, a score the form could keep: the field says the "." was left out, and nothing is
        // saved.
        clear("#score-a-emotionalSafety input");
        clear("#score-b-emotionalSafety input");
        driver.findElement(By.cssSelector("#score-a-emotionalSafety input")).sendKeys("0.5", Keys.TAB);
        click(By.id("save-draft"));
        waitForText("the “.” you typed was left out, so this shows 5.");
        assertThat(invalid("score-a-emotionalSafety")).isTrue();
        assertThat(bodyText()).doesNotContain("Draft saved");
        assertThat(driver.getCurrentUrl()).as("no draft was created").endsWith("/sessions/new");
        shot("51b-score-half-refused");

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

    /** 10,000 characters: "abcdefghij" a thousand times, so the kept part is easy to name. */
    private static final String LONG = "abcdefghij".repeat(1000);

    @Test
    void a_couple_with_pasted_long_texts_and_two_and_a_half_children_keeps_only_what_the_screen_showed()
            throws Exception {
        driver.get(app.baseUrl() + "/couples/new");
        paste(By.cssSelector("#a-first-name input"), LONG);
        waitForText("Kept the first 100 characters of what you pasted (10,000): this field holds at most 100.");
        assertThat(value("#a-first-name input")).isEqualTo(LONG.substring(0, 100));
        type(By.cssSelector("#a-last-name input"), "Quennell");
        type(By.cssSelector("#b-first-name input"), "Ossian");
        type(By.cssSelector("#b-last-name input"), "Marrow");
        type(By.cssSelector("#children input"), "2.5");
        click(By.id("add-couple"));
        waitForText("the “.” you typed was left out, so this shows 25");
        assertThat(invalid("children")).isTrue();
        assertThat(driver.getCurrentUrl()).as("no couple was added").endsWith("/couples/new");
        shot("53-children-fraction-refused");

        clear("#children input");
        type(By.cssSelector("#children input"), "2");
        click(By.id("add-couple"));
        wait.until(ExpectedConditions.urlMatches(".*/couples/C-\\d{4}$"));
        String couple = driver.getCurrentUrl();

        // Stored as shown: after a reload the form reads back the 100 characters and 2 children.
        driver.get(couple);
        click(By.id("edit-intake"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#a-first-name input")));
        assertThat(value("#a-first-name input")).isEqualTo(LONG.substring(0, 100));
        assertThat(value("#children input")).isEqualTo("2");

        clear("#children input");
        type(By.cssSelector("#children input"), "2.5");
        paste(By.cssSelector("#context-notes textarea"), LONG);
        waitForText("Kept the first 5,000 characters of what you pasted (10,000): this field holds at most 5,000.");
        assertThat(value("#context-notes textarea")).isEqualTo(LONG.substring(0, 5000));
        click(By.id("save-intake"));
        waitForText("the “.” you typed was left out, so this shows 25");
        assertThat(bodyText()).doesNotContain("Intake details saved");
        shot("54-edited-children-fraction-refused");
        driver.get(couple);
        click(By.id("edit-intake"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#children input")));
        assertThat(value("#children input"))
                .as("the refused edit changed nothing")
                .isEqualTo("2");
        assertThat(value("#context-notes textarea")).isEmpty();

        paste(By.cssSelector("#context-notes textarea"), LONG);
        waitForText("Kept the first 5,000 characters");
        click(By.id("save-intake"));
        waitForText("Intake details saved.");
        driver.get(couple);
        click(By.id("edit-intake"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#context-notes textarea")));
        assertThat(value("#context-notes textarea")).isEqualTo(LONG.substring(0, 5000));

        driver.get(couple);
        click(By.id("open-partner-record-a"));
        paste(By.cssSelector("#safe-note input"), LONG);
        waitForText("Kept the first 500 characters of what you pasted (10,000): this field holds at most 500.");
        assertThat(value("#safe-note input")).isEqualTo(LONG.substring(0, 500));
        shot("55-contact-note-cut-said");
        click(By.id("save-safe-contact"));
        waitForText("Safe contact saved.");
        driver.get(couple);
        click(By.id("open-partner-record-a"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#safe-note input")));
        assertThat(value("#safe-note input")).isEqualTo(LONG.substring(0, 500));
    }

    @Test
    void homework_assigned_in_the_year_1000_or_due_in_9999_is_refused_naming_the_limit() throws Exception {
        driver.get(app.baseUrl() + "/couples/new");
        type(By.cssSelector("#a-first-name input"), "Wren");
        type(By.cssSelector("#a-last-name input"), "Halloway");
        type(By.cssSelector("#b-first-name input"), "Tamsin");
        type(By.cssSelector("#b-last-name input"), "Oakes");
        click(By.id("add-couple"));
        wait.until(ExpectedConditions.urlMatches(".*/couples/C-\\d{4}$"));
        String couple = driver.getCurrentUrl();

        clickTab("Homework");
        click(By.id("assign-step"));
        WebElement step =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#assign-step-choice input")));
        step.sendKeys("Easy Moment");
        pause(500);
        step.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        pause(500);
        By assignedOn = datePicker("Assigned on");
        By dueOn = datePicker("Due on");
        String today = value(assignedOn);
        boolean dayFirst =
                today.equals(java.time.LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy")))
                        || today.equals(java.time.LocalDate.now()
                                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));

        typeDate(assignedOn, "1/1/1000");
        click(By.id("assign-save"));
        waitForText("The homework cannot be dated before the couple's intake on");
        shot("56-homework-assigned-1000-refused");

        typeDate(assignedOn, today);
        typeDate(dueOn, dayFirst ? "31/12/9999" : "12/31/9999");
        click(By.id("assign-save"));
        waitForText("The due date cannot be more than 2 years ahead (after");
        shot("57-homework-due-9999-refused");

        driver.get(couple);
        clickTab("Homework");
        waitForText("No homework yet");
        assertThat(bodyText()).doesNotContain("Easy Moment");
    }

    private static By datePicker(String label) {
        return By.xpath("//vaadin-date-picker[label[normalize-space(.)='" + label + "']]//input");
    }

    private static void typeDate(By by, String date) {
        WebElement e = driver.findElement(by);
        e.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        e.sendKeys(date, Keys.TAB);
        pause(300);
    }

    /**
     * A real paste: the text is put on the browser's clipboard from a scratch text area (Ctrl+C),
     * then pasted into the field with Ctrl+V, so the field sees the paste event a person makes.
     */
    private static void paste(By target, String text) {
        WebElement field = wait.until(ExpectedConditions.presenceOfElementLocated(target));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        WebElement source = (WebElement) js.executeScript("""
                const t = document.createElement('textarea');
                t.id = 'paste-source';
                t.value = arguments[0];
                document.body.appendChild(t);
                t.focus();
                t.select();
                return t;""", text);
        source.sendKeys(Keys.chord(Keys.CONTROL, "c"));
        js.executeScript("document.getElementById('paste-source').remove();");
        js.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", field);
        field.sendKeys(Keys.chord(Keys.CONTROL, "v"));
        field.sendKeys(Keys.TAB);
        pause(300);
    }

    private static String value(String css) {
        return value(By.cssSelector(css));
    }

    private static String value(By by) {
        return (String)
                ((JavascriptExecutor) driver).executeScript("return arguments[0].value;", driver.findElement(by));
    }

    private static void type(By by, String text) {
        WebElement e = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        e.sendKeys(text, Keys.TAB);
    }

    private static void clickTab(String label) {
        click(By.xpath("//vaadin-tab[normalize-space(.)='" + label + "']"));
        pause(700);
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean invalid(String id) {
        return (Boolean) ((JavascriptExecutor) driver)
                .executeScript("return document.getElementById(arguments[0]).invalid;", id);
    }

    private static void clear(String css) {
        WebElement e = driver.findElement(By.cssSelector(css));
        e.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, Keys.TAB);
    }

    private static void click(By by) {
        WebElement e = wait.until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", e);
    }

    private static String bodyText() {
        return (String) ((JavascriptExecutor) driver)
                .executeScript("return document.body.innerText + ' ' + Array.from(document.querySelectorAll("
                        + "'vaadin-notification-card, vaadin-dialog-overlay')).map(o => o.innerText).join(' ')");
    }

    private static void waitForText(String text) {
        wait.until(d -> bodyText().contains(text));
    }

    private static void shot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
