package app.tandem.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditEventRepository;
import app.tandem.base.NotFoundException;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFileException;
import app.tandem.casefile.CaseFileReader;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleRepository;
import app.tandem.security.Counselor;
import app.tandem.support.Fixtures;
import app.tandem.support.TandemTest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@TandemTest
class CaseFileTransferTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Fixtures fixtures;

    @Autowired
    CaseFileTransferService transfer;

    @Autowired
    CoupleRepository couples;

    @Autowired
    AuditEventRepository audit;

    Counselor dana;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        dana = fixtures.counselor("Dana Whitfield");
        fixtures.loginAs(dana);
    }

    static byte[] resource(String path) throws Exception {
        try (InputStream in = CaseFileTransferTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    /** The document without the fields an import is allowed to change: the three of the couple and the import markers. */
    static JsonNode comparable(byte[] bytes) {
        ObjectNode root = (ObjectNode) JSON.readTree(bytes);
        root.remove("exportedAt");
        ObjectNode couple = (ObjectNode) root.get("couple");
        couple.remove("reference");
        couple.remove("counselor");
        for (JsonNode session : root.get("sessions")) {
            ((ObjectNode) session).remove("imported");
            session.get("amendments").forEach(a -> ((ObjectNode) a).remove("imported"));
        }
        root.get("safetyReviews").forEach(r -> ((ObjectNode) r).remove("imported"));
        return root;
    }

    @Test
    void export_import_export_gives_the_same_document_with_every_field_filled() throws Exception {
        byte[] original = resource("/casefile/full.json");
        Couple imported = transfer.importFile(original);
        byte[] first = transfer.export(imported.getId(), CaseFileTransferService.ExportKind.TRANSFER);
        assertThat(comparable(first)).isEqualTo(comparable(original));

        Couple again = transfer.importFile(first);
        byte[] second = transfer.export(again.getId(), CaseFileTransferService.ExportKind.TRANSFER);
        assertThat(comparable(second)).isEqualTo(comparable(first));
        assertThat(again.getReference()).isNotEqualTo(imported.getReference());
        assertThat(JSON.readTree(second).at("/couple/counselor/email").asString())
                .isEqualTo(dana.getEmail());
    }

    @Test
    void every_example_imports_and_keeps_its_recommendation() throws Exception {
        for (String name :
                new String[] {"couples-therapy", "retreat", "safety-referral", "insufficient-data", "on-track"}) {
            byte[] bytes = resource("/seeds/examples/" + name + ".json");
            Couple c = transfer.importFile(bytes);
            CaseFile exported =
                    CaseFileReader.read(transfer.export(c.getId(), CaseFileTransferService.ExportKind.TRANSFER));
            CaseFile original = CaseFileReader.read(bytes);
            var asOf = app.tandem.assessment.AssessmentEngine.latestSessionDate(original)
                    .orElseThrow();
            assertThat(app.tandem.assessment.AssessmentEngine.assess(exported, asOf)
                            .recommendation())
                    .as(name)
                    .isEqualTo(app.tandem.assessment.AssessmentEngine.assess(original, asOf)
                            .recommendation());
        }
    }

    @Test
    void a_bad_file_writes_nothing_and_lists_every_error_with_its_path() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(resource("/casefile/full.json"));
        ((ObjectNode) root.at("/sessions/0/scores/A")).put("emotionalSafety", 14);
        ((ObjectNode) root.at("/couple/partners/B")).remove("lastName");
        long before = couples.count();
        assertThatThrownBy(() -> transfer.importFile(JSON.writeValueAsBytes(root)))
                .isInstanceOfSatisfying(
                        CaseFileException.class,
                        e -> assertThat(e.errors())
                                .anyMatch(err -> err.startsWith("sessions[0].scores.A.emotionalSafety"))
                                .anyMatch(err -> err.startsWith("couple.partners.B.lastName")));
        assertThat(couples.count()).isEqualTo(before);
        assertThatThrownBy(() ->
                        transfer.importFile("{\"format\": \"tandem-case-file\", ".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CaseFileException.class);
        assertThat(couples.count()).isEqualTo(before);
    }

    @Test
    void texts_longer_than_tandem_keeps_are_refused_by_name_path_and_limit_and_nothing_is_stored() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(resource("/casefile/full.json"));
        ((ObjectNode) root.at("/couple/partners/A")).put("firstName", "M".repeat(101));
        ((ObjectNode) root.at("/couple/partners/B/safeContact")).put("note", "n".repeat(501));
        ((ObjectNode) root.at("/couple/context")).put("notes", "c".repeat(5001));
        ((ObjectNode) root.at("/couple/referrals/0")).put("notes", "r".repeat(2001));
        ((ObjectNode) root.at("/sessions/0/note")).put("observations", "o".repeat(20_001));
        long before = couples.count();
        assertThatThrownBy(() -> transfer.importFile(JSON.writeValueAsBytes(root)))
                .isInstanceOfSatisfying(
                        CaseFileException.class,
                        e -> assertThat(e.errors())
                                .contains(
                                        "couple.partners.A.firstName: at most 100 characters fit here, and this has 101."
                                                + " Shorten it in the file: Tandem does not cut it.")
                                .anyMatch(
                                        err -> err.startsWith(
                                                "couple.partners.B.safeContact.note: at most 500 characters fit here, and this has 501."))
                                .anyMatch(err -> err.startsWith(
                                        "couple.context.notes: at most 5,000 characters fit here, and this has 5,001."))
                                .anyMatch(
                                        err -> err.startsWith(
                                                "couple.referrals[0].notes: at most 2,000 characters fit here, and this has 2,001."))
                                .anyMatch(
                                        err -> err.startsWith(
                                                "sessions[0].note.observations: at most 20,000 characters fit here, and this has 20,001."))
                                // each field once: the intake form's own "use at most" is not said a second time
                                .noneMatch(err -> err.contains("Use at most"))
                                .hasSize(5));
        assertThat(couples.count()).isEqualTo(before);
    }

    @Test
    void texts_exactly_at_the_limit_are_imported_whole() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(resource("/casefile/full.json"));
        ((ObjectNode) root.at("/couple/partners/A")).put("firstName", "M".repeat(100));
        ((ObjectNode) root.at("/couple/partners/B/safeContact")).put("note", "n".repeat(500));
        ((ObjectNode) root.at("/couple/context")).put("notes", "c".repeat(5000));
        Couple c = transfer.importFile(JSON.writeValueAsBytes(root));
        CaseFile back = CaseFileReader.read(transfer.export(c.getId(), CaseFileTransferService.ExportKind.TRANSFER));
        assertThat(back.couple().partners().a().firstName()).isEqualTo("M".repeat(100));
        assertThat(back.couple().partners().b().safeContact().note()).isEqualTo("n".repeat(500));
        assertThat(back.couple().context().notes()).isEqualTo("c".repeat(5000));
    }

    @Test
    void a_data_access_copy_carries_only_that_partners_private_notes() throws Exception {
        Couple c = transfer.importFile(resource("/casefile/full.json"));
        CaseFile forA =
                CaseFileReader.read(transfer.export(c.getId(), CaseFileTransferService.ExportKind.ACCESS_REQUEST_A));
        CaseFile forB =
                CaseFileReader.read(transfer.export(c.getId(), CaseFileTransferService.ExportKind.ACCESS_REQUEST_B));
        CaseFile full = CaseFileReader.read(transfer.export(c.getId(), CaseFileTransferService.ExportKind.TRANSFER));
        assertThat(full.sessions()).anyMatch(s -> s.privateNotes().a() != null);
        assertThat(full.sessions()).anyMatch(s -> s.privateNotes().b() != null);
        assertThat(forA.sessions())
                .allMatch(s -> s.privateNotes().b() == null)
                .anyMatch(s -> s.privateNotes().a() != null);
        assertThat(forB.sessions())
                .allMatch(s -> s.privateNotes().a() == null)
                .anyMatch(s -> s.privateNotes().b() != null);
    }

    @Test
    void every_export_is_audited_and_another_counselor_cannot_export() throws Exception {
        Couple c = transfer.importFile(resource("/casefile/minimal.json"));
        transfer.export(c.getId(), CaseFileTransferService.ExportKind.TRANSFER);
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.CASE_FILE_EXPORTED))
                .hasSize(1);
        fixtures.loginAs(fixtures.counselor("Lee Marsh"));
        assertThatThrownBy(() -> transfer.export(c.getId(), CaseFileTransferService.ExportKind.TRANSFER))
                .isInstanceOf(NotFoundException.class);
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.CASE_FILE_EXPORTED))
                .hasSize(1);
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.ACCESS_DENIED)).hasSize(1);
    }
}
