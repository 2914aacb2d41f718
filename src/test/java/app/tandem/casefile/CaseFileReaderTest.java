package app.tandem.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CaseFileReaderTest {

    static byte[] resource(String name) {
        try (InputStream in = CaseFileReaderTest.class.getResourceAsStream("/casefile/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(resource(name), StandardCharsets.UTF_8);
    }

    static List<String> errors(byte[] bytes) {
        CaseFileException e = catchThrowableOfType(CaseFileException.class, () -> CaseFileReader.read(bytes));
        assertThat(e).as("the file is rejected").isNotNull();
        return e.errors();
    }

    static List<String> errors(String json) {
        return errors(json.getBytes(StandardCharsets.UTF_8));
    }

    static Stream<Arguments> malformed() {
        return text("malformed/expected.tsv")
                .lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t"))
                .map(cols -> Arguments.argumentSet(cols[0], cols[0], cols[1]));
    }

    @Test
    void the_corpus_has_at_least_fifty_malformed_files() {
        assertThat(malformed().count()).isGreaterThanOrEqualTo(50);
    }

    @Test
    void the_corpus_base_file_is_valid() throws CaseFileException {
        CaseFile file = CaseFileReader.read(resource("minimal.json"));

        assertThat(file.sessions()).hasSize(4);
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformed_file_is_rejected_naming_the_json_path(String file, String expectedPath) {
        List<String> errors = errors(resource("malformed/" + file));

        assertThat(errors)
                .as("errors of " + file)
                .anySatisfy(error -> assertThat(error).startsWith(expectedPath));
        assertThat(errors).allSatisfy(error -> assertThat(error).contains(": "));
    }

    @Test
    void a_referral_written_before_firstSessionOn_existed_reads_without_it() throws CaseFileException {
        assertThat(text("minimal.json")).doesNotContain("firstSessionOn");

        CaseFile file = CaseFileReader.read(resource("minimal.json"));

        assertThat(file.couple().referrals())
                .singleElement()
                .satisfies(r -> assertThat(r.firstSessionOn()).isNull());
    }

    @Test
    void a_referral_reads_its_first_attended_session() throws CaseFileException {
        CaseFile file = CaseFileReader.read(resource("full.json"));

        assertThat(file.couple().referrals().get(0).firstSessionOn()).isEqualTo(java.time.LocalDate.of(2026, 11, 10));
    }

    @Test
    void error_names_path_and_range_as_documented() {
        String json = text("minimal.json").replace("\"emotionalSafety\": 4", "\"emotionalSafety\": 14");

        assertThat(errors(json))
                .containsExactly("sessions[0].scores.A.emotionalSafety: 14 is outside the range 0 to 10");
    }

    @Test
    void every_error_is_reported_not_only_the_first() {
        String json = text("minimal.json")
                .replace("\"emotionalSafety\": 4", "\"emotionalSafety\": 14")
                .replace("\"intakeDate\": \"2026-09-01\"", "\"intakeDate\": \"2026-02-30\"")
                .replace("\"outcome\": \"NOT_SAFE\"", "\"outcome\": \"MAYBE\"");

        assertThat(errors(json))
                .hasSize(3)
                .anySatisfy(e -> assertThat(e).startsWith("couple.intakeDate: "))
                .anySatisfy(e -> assertThat(e).startsWith("sessions[0].scores.A.emotionalSafety: "))
                .anySatisfy(e -> assertThat(e).startsWith("safetyReviews[0].outcome: "));
    }

    @Test
    void unknown_format_version_gives_one_clear_message() {
        String json = text("minimal.json")
                .replace("\"formatVersion\": 1", "\"formatVersion\": 2")
                .replace("\"emotionalSafety\": 4", "\"emotionalSafety\": 14");

        assertThat(errors(json))
                .containsExactly(
                        "formatVersion: version 2 is not supported: this Tandem reads case files of version 1");
    }

    @Test
    void unknown_fields_are_ignored() throws CaseFileException {
        String json = text("minimal.json")
                .replace(
                        "\"formatVersion\": 1,",
                        "\"formatVersion\": 1, \"comment\": {\"nested\": [1, 2, {\"deep\": true}]},");

        assertThat(CaseFileReader.read(json.getBytes(StandardCharsets.UTF_8))
                        .couple()
                        .reference())
                .isEqualTo("C-0001");
    }

    @Test
    void missing_optional_fields_are_null_or_empty() throws CaseFileException {
        CaseFile file = CaseFileReader.read(resource("minimal.json"));

        CaseFile.Session draft = file.sessions().get(2);
        assertThat(draft.startTime()).isNull();
        assertThat(draft.flags()).isEmpty();
        assertThat(draft.scores()).isEqualTo(new PerPartner<>(null, null));
        assertThat(file.couple().partners().b().safeContact()).isNull();
    }

    @Test
    void file_over_ten_megabytes_is_refused_before_parsing() {
        byte[] junk = new byte[CaseFileReader.MAX_BYTES + 1];
        Arrays.fill(junk, (byte) '[');

        assertThat(errors(junk)).singleElement().asString().startsWith("$: ").contains("over 10 MB");
    }

    @Test
    void ten_megabytes_of_junk_is_rejected_cleanly() {
        byte[] junk = new byte[CaseFileReader.MAX_BYTES];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) "{\"x]:,0 a\\".charAt((int) ((i * 7919L) % 10));
        }

        assertThat(errors(junk)).singleElement().asString().contains(": ");
    }

    @Test
    void string_over_100000_characters_is_refused() {
        String json = text("minimal.json")
                .replace(
                        "\"observations\": \"ok\"",
                        "\"observations\": \"" + "a".repeat(CaseFileReader.MAX_STRING_LENGTH + 1) + "\"");

        assertThat(errors(json))
                .singleElement()
                .asString()
                .startsWith("sessions[0].note")
                .contains("longer than 100,000 characters");
    }

    @Test
    void string_of_100000_characters_is_accepted() throws CaseFileException {
        String json = text("minimal.json")
                .replace(
                        "\"observations\": \"ok\"",
                        "\"observations\": \"" + "a".repeat(CaseFileReader.MAX_STRING_LENGTH) + "\"");

        CaseFile file = CaseFileReader.read(json.getBytes(StandardCharsets.UTF_8));

        assertThat(file.sessions().get(0).note().observations()).hasSize(CaseFileReader.MAX_STRING_LENGTH);
    }

    @Test
    void nesting_of_64_levels_is_read_and_65_refused() throws CaseFileException {
        // The root object is level 1; "x" adds the rest.
        String ok = text("minimal.json").replaceFirst("\\{", "{\"x\": " + "[".repeat(63) + "]".repeat(63) + ",");
        String deep = text("minimal.json").replaceFirst("\\{", "{\"x\": " + "[".repeat(64) + "]".repeat(64) + ",");

        assertThat(CaseFileReader.read(ok.getBytes(StandardCharsets.UTF_8))).isNotNull();
        assertThat(errors(deep)).singleElement().asString().startsWith("x").contains("nested deeper than 64");
    }

    @Test
    void duplicate_key_is_rejected_with_its_path() {
        String json = text("minimal.json")
                .replace("\"reference\": \"C-0001\",", "\"reference\": \"C-0001\", \"reference\": \"C-0002\",");

        assertThat(errors(json))
                .singleElement()
                .asString()
                .startsWith("couple.reference: ")
                .contains("twice");
    }

    @Test
    void accepted_decision_must_keep_the_recommendation() {
        String json = text("minimal.json")
                .replace("\"finalRecommendation\": \"COUPLES_THERAPY\"", "\"finalRecommendation\": \"RETREAT\"");

        assertThat(errors(json)).singleElement().asString().startsWith("reports[0].decision.finalRecommendation: ");
    }

    @Test
    void reading_from_a_stream_applies_the_size_limit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }
        };

        assertThatThrownBy(() -> CaseFileReader.read(endless))
                .isInstanceOf(CaseFileException.class)
                .hasMessageContaining("over 10 MB");
    }
}
