package app.tandem.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code target/tandem-cli.jar} as a user runs it: the same answers as the full jar's command
 * line, several files and folders in one process, and nothing of Spring, Vaadin or the embedded
 * database inside.
 */
class CliJarIT {

    private static final String CLI_JAR = System.getProperty("tandem.cli.jar", "target/tandem-cli.jar");
    private static final String FULL_JAR = System.getProperty("tandem.jar", "target/tandem.jar");
    private static final String JAVA =
            Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    record Result(int exit, String out, String err) {}

    private Result run(String jar, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(JAVA, "-jar", jar));
        cmd.addAll(List.of(args));
        return exec(new ProcessBuilder(cmd), args);
    }

    private Result exec(ProcessBuilder builder, String... args) throws Exception {
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        Process p =
                builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the jar did not finish: " + String.join(" ", args));
        }
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void assess_answers_exactly_as_the_full_jar_does() throws Exception {
        Result small = run(
                CLI_JAR, "assess", "seeds/examples/couples-therapy.json", "--as-of", "2026-10-20", "--set", "sd=6.0");
        Result full = run(
                FULL_JAR, "assess", "seeds/examples/couples-therapy.json", "--as-of", "2026-10-20", "--set", "sd=6.0");

        assertThat(small.exit()).isZero();
        assertThat(small.err()).isEmpty();
        assertThat(small.out()).isEqualTo(full.out());
        Result missing = run(CLI_JAR, "assess", "no-such-file.json");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
    }

    /**
     * An invalid case file in the small jar, a process without Spring: each problem in the same words
     * as the import screen, from the texts the jar carries, with its JSON path in brackets; the full
     * jar says exactly the same.
     */
    @Test
    void an_invalid_file_is_explained_in_words_from_the_texts_the_jar_carries() throws Exception {
        Path bad = temp.resolve("bad.json");
        Files.writeString(
                bad,
                Files.readString(Path.of("seeds/examples/couples-therapy.json"))
                        .replaceFirst("\"emotionalSafety\"\\s*:\\s*\\d+", "\"emotionalSafety\": 14")
                        .replaceFirst("\"intakeDate\"\\s*:\\s*\"[^\"]*\"", "\"intakeDate\": \"2026-02-30\""));

        Result small = run(CLI_JAR, "assess", bad.toString());
        Result full = run(FULL_JAR, "assess", bad.toString());

        assertThat(small.exit()).isEqualTo(2);
        assertThat(small.out()).isEmpty();
        assertThat(small.err())
                .contains("is not a valid case file (2 errors)")
                .contains(bad
                        + ": Intake date: \"2026-02-30\" is not a real date in the form YYYY-MM-DD (couple.intakeDate)")
                .contains(bad + ": Session 1, partner A's score for emotional safety: 14 is outside the range 0 to 10"
                        + " (sessions[0].scores.A.emotionalSafety)");
        assertThat(full.err()).isEqualTo(small.err());
    }

    /** bin/tandem: the launcher with the AOT cache answers as the jar does, on its first run (writing the cache) and after. */
    @Test
    void the_launcher_answers_as_the_jar_does_before_and_after_its_cache_exists() throws Exception {
        String[] args = {"assess", "seeds/examples/couples-therapy.json", "--as-of", "2026-10-20"};
        Result jar = run(CLI_JAR, args);
        for (int i = 0; i < 2; i++) {
            List<String> cmd = new ArrayList<>(List.of("bin/tandem"));
            cmd.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(cmd);
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment()
                    .put("TANDEM_CLI_JAR", Path.of(CLI_JAR).toAbsolutePath().toString());
            builder.environment().put("TANDEM_CLI_CACHE", temp.resolve("cache").toString());
            Result launched = exec(builder, args);
            assertThat(launched.exit()).as("run %d: %s", i, launched.err()).isZero();
            assertThat(launched.out()).as("run %d", i).isEqualTo(jar.out());
        }
        try (var cache = Files.list(temp.resolve("cache"))) {
            assertThat(cache.toList()).as("the cache the first run wrote").isNotEmpty();
        }
    }

    @Test
    void a_folder_is_assessed_in_one_process_one_line_per_case_file() throws Exception {
        long examples;
        try (var files = Files.list(Path.of("seeds/examples"))) {
            examples = files.filter(f -> f.toString().endsWith(".json")).count();
        }

        Result r = run(CLI_JAR, "assess", "seeds/examples");

        assertThat(r.exit()).isZero();
        List<JsonNode> lines = r.out().lines().map(JSON::readTree).toList();
        assertThat(lines).hasSize((int) examples);
        assertThat(lines)
                .allSatisfy(l -> assertThat(l.get("assessment").get("ruleSet").asString())
                        .isNotBlank());
    }

    @Test
    void report_writes_a_folder_of_pdfs_and_refuses_the_client_report_under_a_safety_referral() throws Exception {
        Path out = temp.resolve("reports");

        Result r = run(
                CLI_JAR,
                "report",
                "seeds/examples/on-track.json",
                "seeds/examples/safety-referral.json",
                "--audience",
                "client",
                "--out-dir",
                out.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(out.resolve("on-track-client.pdf")).isNotEmptyFile();
        assertThat(out.resolve("safety-referral-client.pdf")).doesNotExist();
        assertThat(r.err()).contains("No client report was produced").contains("1 of 2 case files failed");
        assertThat(Files.readAllBytes(out.resolve("on-track-client.pdf"))).startsWith("%PDF-".getBytes());
    }

    @Test
    void the_jar_carries_no_spring_vaadin_or_embedded_database() throws Exception {
        try (JarFile jar = new JarFile(CLI_JAR)) {
            List<String> names = jar.stream().map(e -> e.getName()).toList();
            assertThat(names)
                    .contains("app/tandem/cli/TandemCli.class", "seeds/texts/index.txt", "fonts/DejaVuSans.ttf");
            assertThat(names)
                    .noneMatch(n -> n.startsWith("org/springframework/")
                            || n.startsWith("com/vaadin/")
                            || n.startsWith("ch/vorburger/")
                            || n.startsWith("org/hibernate/")
                            || n.startsWith("BOOT-INF/"));
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo("app.tandem.cli.TandemCli");
        }
        assertThat(Files.size(Path.of(CLI_JAR))).isLessThan(20L * 1024 * 1024);
    }
}
