package app.tandem.e2e;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the browser tests on the demo practice share: one {@link Browsers.Run} for the whole class
 * (the jar started with the demo profile, or a Tandem already running where the test allows it,
 * and a headless Chromium on it), its parts at hand as fields, stopped after the last test.
 */
abstract class DemoPracticeBrowserTest {

    static Browsers.Run run;
    static Browsers.App app;
    static String baseUrl;
    static WebDriver driver;
    static WebDriverWait wait;

    /** Starts the run for the subclass's {@code @BeforeAll}; {@code name} names its data folder and log. */
    static void startDemo(String name, boolean externalAllowed) throws Exception {
        run = Browsers.Run.start(name, List.of("--spring.profiles.active=demo"), externalAllowed);
        app = run.app();
        baseUrl = run.baseUrl();
        driver = run.driver();
        wait = run.waiter();
    }

    /** Stops this class's run; forgetting it keeps the next class from stopping it again should its own start fail. */
    @AfterAll
    static void stopDemo() {
        Browsers.Run.stop(run);
        run = null;
    }
}
