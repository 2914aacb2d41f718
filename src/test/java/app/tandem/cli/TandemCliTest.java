package app.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the command line in-process; the packaged jar as a process belongs in an *IT test. */
class TandemCliTest {

    private static final Path EXAMPLES = Path.of("seeds/examples");

    @TempDir
    Path temp;

    record Result(int code, String out, String err) {
        JsonNode json() {
            return JsonMapper.builder().build().readTree(out);
        }
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = TandemCli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void assess_prints_only_the_assessment_json_and_exits_0() {
        Result r = run("assess", EXAMPLES.resolve("couples-therapy.json").toString(), "--as-of", "2026-10-20");

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("{").endsWith("}\n");
        assertThat(r.json().get("recommendation").asString()).isEqualTo("COUPLES_THERAPY");
        assertThat(r.json().get("asOf").asString()).isEqualTo("2026-10-20");
        assertThat(r.json().get("partners").get("A").get("rci").decimalValue()).isEqualByComparingTo("1.10");
    }

    @Test
    void assess_without_as_of_uses_the_latest_session_signed_or_not() {
        Result r = run("assess", EXAMPLES.resolve("unsigned-safety-flag.json").toString());

        assertThat(r.code()).isZero();
        assertThat(r.json().get("asOf").asString()).isEqualTo("2026-09-29");
        assertThat(r.json().get("warnings").get(0).asString()).isEqualTo("UNSIGNED_SAFETY_FLAG");
    }

    @Test
    void set_overrides_a_setting_and_the_output_shows_it() {
        Result r = run(
                "assess",
                EXAMPLES.resolve("couples-therapy.json").toString(),
                "--set",
                "hostilityCount=3",
                "--set=sd=6.5");

        assertThat(r.code()).isZero();
        assertThat(r.json().get("settings").get("hostilityCount").asInt()).isEqualTo(3);
        assertThat(r.json().get("settings").get("sd").asDouble()).isEqualTo(6.5);
        assertThat(r.json().get("decisiveRule").asString()).isEqualTo("R4");
    }

    @Test
    void invalid_file_prints_each_error_with_its_path_on_stderr_and_exits_2() throws IOException {
        String json = Files.readString(EXAMPLES.resolve("continue.json"))
                .replaceFirst("\"emotionalSafety\" : 4", "\"emotionalSafety\" : 14")
                .replaceFirst("\"status\" : \"ACTIVE\"", "\"status\" : \"OPEN\"");
        Path file = temp.resolve("bad.json");
        Files.writeString(file, json);

        Result r = run("assess", file.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err())
                .contains("2 errors")
                .contains(file + ": Status: \"OPEN\" is not one of")
                .contains("(couple.status)")
                .contains(file + ": Session 1, partner A's score for emotional safety: 14 is outside the range 0 to 10"
                        + " (sessions[0].scores.A.emotionalSafety)");
    }

    @Test
    void missing_file_exits_2() {
        Result r = run("assess", temp.resolve("nowhere.json").toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("no such file");
    }

    @Test
    void file_without_sessions_needs_as_of() throws IOException {
        String json = Files.readString(Path.of("src/test/resources/casefile/minimal.json"))
                .replaceFirst("(?s)\"sessions\": \\[.*?\\n \\],", "\"sessions\": [],");
        Path file = temp.resolve("no-sessions.json");
        Files.writeString(file, json);

        Result without = run("assess", file.toString());
        Result with = run("assess", file.toString(), "--as-of", "2026-10-01");

        assertThat(without.code()).isEqualTo(2);
        assertThat(without.err()).contains("has no session").contains("--as-of");
        assertThat(with.code()).isZero();
        assertThat(with.json().get("recommendation").asString()).isEqualTo("INSUFFICIENT_DATA");
    }

    @Test
    void bad_usage_exits_2_with_a_usage_line() {
        assertThat(run("assess").code()).isEqualTo(2);
        assertThat(run("assess").err()).contains("usage: assess CASE.json");
        assertThat(run("assess", "a.json", "--as-of", "2026-02-30").err()).contains("real date");
        assertThat(run("assess", "a.json", "--as-of").err()).contains("--as-of needs a value");
        assertThat(run("assess", "a.json", "--set", "colour=blue").err()).contains("Unknown setting 'colour'");
        assertThat(run("assess", "a.json", "--verbose").err()).contains("unknown option '--verbose'");
        assertThat(run("frobnicate").code()).isEqualTo(2);
        assertThat(run().code()).isEqualTo(2);
    }

    @Test
    void help_lists_the_commands_and_exits_0() {
        Result r = run("--help");

        assertThat(r.code()).isZero();
        assertThat(r.out())
                .contains("assess CASE.json|FOLDER ... [--as-of YYYY-MM-DD] [--set key=value ...]")
                .contains("--help");
        assertThat(run("assess", "--help").out()).startsWith("usage: assess");
    }

    @Test
    void handles_only_cli_commands_so_anything_else_starts_the_web_app() {
        assertThat(TandemCli.handles(new String[] {"assess", "x.json"})).isTrue();
        assertThat(TandemCli.handles(new String[] {"--help"})).isTrue();
        assertThat(TandemCli.handles(new String[] {})).isFalse();
        assertThat(TandemCli.handles(new String[] {"--server.port=8081"})).isFalse();
    }

    @Test
    void several_files_give_one_json_line_each_labelled_with_its_path() {
        String a = EXAMPLES.resolve("couples-therapy.json").toString();
        String b = EXAMPLES.resolve("on-track.json").toString();

        Result r = run("assess", a, b, "--as-of", "2026-10-20");

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        List<JsonNode> lines = lines(r.out());
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("file").asString()).isEqualTo(a);
        assertThat(lines.get(0).get("assessment").get("recommendation").asString())
                .isEqualTo("COUPLES_THERAPY");
        assertThat(lines.get(1).get("file").asString()).isEqualTo(b);
        assertThat(lines.get(1).get("assessment").get("asOf").asString()).isEqualTo("2026-10-20");
    }

    @Test
    void a_folder_gives_its_json_files_in_name_order_each_as_the_single_file_command_would() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("cases"));
        Files.copy(EXAMPLES.resolve("retreat.json"), folder.resolve("b-retreat.json"));
        Files.copy(EXAMPLES.resolve("continue.json"), folder.resolve("a-continue.json"));
        Files.writeString(folder.resolve("notes.txt"), "not a case file");

        Result r = run("assess", folder.toString());

        assertThat(r.code()).isZero();
        List<JsonNode> lines = lines(r.out());
        assertThat(lines)
                .extracting(l -> Path.of(l.get("file").asString()).getFileName().toString())
                .containsExactly("a-continue.json", "b-retreat.json");
        JsonNode alone =
                run("assess", folder.resolve("b-retreat.json").toString()).json();
        assertThat(lines.get(1).get("assessment")).isEqualTo(alone);
    }

    @Test
    void a_bad_file_among_several_is_reported_the_others_are_assessed_and_the_exit_code_is_2() throws IOException {
        Path bad = temp.resolve("bad.json");
        Files.writeString(bad, "{ \"format\": ");
        String good = EXAMPLES.resolve("continue.json").toString();

        Result r =
                run("assess", bad.toString(), good, temp.resolve("nowhere.json").toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(lines(r.out())).extracting(l -> l.get("file").asString()).containsExactly(good);
        assertThat(r.err())
                .contains(bad + " is not a valid case file")
                .contains("nowhere.json: no such file")
                .contains("tandem assess: 2 of 3 case files failed");
    }

    @Test
    void a_large_folder_is_assessed_in_parallel_but_written_in_name_order_with_each_problem_in_its_place()
            throws IOException {
        Path folder = Files.createDirectories(temp.resolve("many"));
        List<Path> examples;
        try (var list = Files.list(EXAMPLES)) {
            examples = list.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        for (int i = 0; i < 600; i++) {
            Path name = folder.resolve(String.format(Locale.ROOT, "case-%04d.json", i));
            if (i == 300) {
                Files.writeString(name, "{ \"format\": ");
            } else {
                Files.copy(examples.get(i % examples.size()), name);
            }
        }

        Result r = run("assess", folder.toString());

        assertThat(r.code()).isEqualTo(2);
        List<String> written = lines(r.out()).stream()
                .map(l -> Path.of(l.get("file").asString()).getFileName().toString())
                .toList();
        assertThat(written).hasSize(599).isSorted().doesNotContain("case-0300.json");
        assertThat(r.err())
                .contains("case-0300.json is not a valid case file")
                .contains("tandem assess: 1 of 600 case files failed");
        assertThat(lines(r.out()).get(299).get("assessment"))
                .isEqualTo(run("assess", folder.resolve("case-0299.json").toString())
                        .json());
    }

    @Test
    void an_empty_folder_exits_2_saying_so() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));

        Result r = run("assess", empty.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("no case file (*.json) in " + empty);
    }

    private static List<JsonNode> lines(String out) {
        JsonMapper mapper = JsonMapper.builder().build();
        return out.lines().map(mapper::readTree).toList();
    }
}
