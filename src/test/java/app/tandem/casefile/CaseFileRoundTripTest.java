package app.tandem.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CaseFileRoundTripTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void test_data_fills_every_field_of_the_format() throws CaseFileException {
        CaseFile file = CaseFileReader.read(CaseFileReaderTest.resource("full.json"));

        List<String> empty = new ArrayList<>();
        findEmpty(file, "", empty);

        assertThat(empty).as("fields left null or empty in full.json").isEmpty();
    }

    @Test
    void export_read_write_gives_the_same_document() throws CaseFileException {
        byte[] original = CaseFileWriter.write(CaseFileReader.read(CaseFileReaderTest.resource("full.json")));

        byte[] again = CaseFileWriter.write(CaseFileReader.read(original));

        assertThat(new String(again, StandardCharsets.UTF_8)).isEqualTo(new String(original, StandardCharsets.UTF_8));
    }

    @Test
    void writer_keeps_every_value_of_the_source_document() throws CaseFileException {
        byte[] source = CaseFileReaderTest.resource("full.json");

        byte[] written = CaseFileWriter.write(CaseFileReader.read(source));

        JsonNode expected = JSON.readTree(source);
        JsonNode actual = JSON.readTree(written);
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void writer_uses_the_key_order_of_the_format() throws CaseFileException {
        String written = new String(
                CaseFileWriter.write(CaseFileReader.read(CaseFileReaderTest.resource("full.json"))),
                StandardCharsets.UTF_8);

        assertThat(written)
                .containsSubsequence(
                        "\"format\"",
                        "\"formatVersion\"",
                        "\"exportedAt\"",
                        "\"couple\"",
                        "\"reference\"",
                        "\"intakeDate\"",
                        "\"status\"",
                        "\"statusHistory\"",
                        "\"closingSummary\"",
                        "\"counselor\"",
                        "\"partners\"",
                        "\"context\"",
                        "\"goals\"",
                        "\"secretsPolicy\"",
                        "\"childrenInHousehold\"",
                        "\"referrals\"",
                        "\"homework\"",
                        "\"stepKey\"",
                        "\"title\"",
                        "\"purpose\"",
                        "\"instructions\"",
                        "\"examples\"",
                        "\"assignee\"",
                        "\"assignedOn\"",
                        "\"dueOn\"",
                        "\"series\"",
                        "\"completion\"",
                        "\"reflections\"",
                        "\"reviewedOn\"",
                        "\"sessions\"",
                        "\"date\"",
                        "\"startTime\"",
                        "\"durationMinutes\"",
                        "\"format\"",
                        "\"attendance\"",
                        "\"signed\"",
                        "\"signedAt\"",
                        "\"signedBy\"",
                        "\"scores\"",
                        "\"flags\"",
                        "\"pitfalls\"",
                        "\"note\"",
                        "\"privateNotes\"",
                        "\"amendments\"",
                        "\"safetyReviews\"",
                        "\"reports\"",
                        "\"generatedAt\"",
                        "\"audience\"",
                        "\"ruleSet\"",
                        "\"recommendation\"",
                        "\"decision\"");
    }

    @Test
    void a_minimal_file_round_trips_with_nulls_written_out() throws CaseFileException {
        byte[] once = CaseFileWriter.write(CaseFileReader.read(CaseFileReaderTest.resource("minimal.json")));

        assertThat(CaseFileWriter.write(CaseFileReader.read(once))).isEqualTo(once);
        assertThat(new String(once, StandardCharsets.UTF_8)).contains("\"closingSummary\" : null");
    }

    @Test
    void shifting_dates_moves_every_date_and_instant_and_shifting_back_restores_the_file() throws CaseFileException {
        CaseFile file = CaseFileReader.read(CaseFileReaderTest.resource("full.json"));

        CaseFile shifted = CaseFiles.shiftDates(file, 100);

        assertThat(shifted.couple().intakeDate()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(shifted.sessions().get(0).date()).isEqualTo(LocalDate.of(2026, 12, 17));
        assertThat(shifted.sessions().get(0).signedAt())
                .isEqualTo(file.sessions().get(0).signedAt().plusSeconds(100L * 86400));
        assertThat(shifted.reports().get(0).decision().at())
                .isEqualTo(file.reports().get(0).decision().at().plusSeconds(100L * 86400));
        assertThat(shifted).isNotEqualTo(file);
        assertThat(CaseFiles.shiftDates(shifted, -100)).isEqualTo(file);
    }

    /** Collects the paths of null components and empty lists, walking records and lists. */
    private static void findEmpty(Object value, String path, List<String> empty) {
        if (value == null) {
            empty.add(path);
            return;
        }
        if (value instanceof Collection<?> c) {
            if (c.isEmpty()) {
                empty.add(path);
            }
            int i = 0;
            for (Object item : c) {
                findEmpty(item, path + "[" + i++ + "]", empty);
            }
            return;
        }
        if (value instanceof Record r) {
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                try {
                    findEmpty(rc.getAccessor().invoke(r), path + "." + rc.getName(), empty);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
