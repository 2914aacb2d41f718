package app.tandem.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditEvent;
import app.tandem.audit.AuditEventRepository;
import app.tandem.casefile.CaseFile.SecretsPolicy;
import app.tandem.casefile.CaseFileReader;
import app.tandem.casefile.PartnerId;
import app.tandem.couple.Couple;
import app.tandem.couple.JointReleaseService;
import app.tandem.security.Counselor;
import app.tandem.support.EveryRecordCouple;
import app.tandem.support.Fixtures;
import app.tandem.support.TandemTest;
import app.tandem.text.Texts;
import app.tandem.transfer.CaseFileTransferService.ExportKind;
import app.tandem.transfer.CaseFileTransferService.SafetyRelease;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every kind of data-access copy of a couple with every kind of record for both partners, checked
 * field by field against the table in docs/data-access-copy.md, and searched byte by byte for the
 * other partner's strings.
 */
@TandemTest
class DataAccessCopyRuleTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Fixtures fixtures;

    @Autowired
    CaseFileTransferService transfer;

    @Autowired
    JointReleaseService consents;

    @Autowired
    AuditEventRepository audit;

    Counselor dana;
    Counselor robin;
    Couple couple;

    @BeforeEach
    void setUp() throws Exception {
        fixtures.reset();
        dana = fixtures.counselor("Dana Whitfield");
        robin = fixtures.supervisor("Robin Okafor");
        couple = fixtures.importAs(dana, EveryRecordCouple.json());
    }

    static Stream<Arguments> everyKindOfCopy() {
        List<Arguments> kinds = new ArrayList<>();
        for (PartnerId partner : PartnerId.values()) {
            for (boolean joint : new boolean[] {false, true}) {
                for (boolean safety : new boolean[] {false, true}) {
                    kinds.add(Arguments.of(partner, joint, safety));
                }
            }
        }
        return kinds.stream();
    }

    @ParameterizedTest(name = "copy for partner {0}, joint records released {1}, safety records released {2}")
    @MethodSource("everyKindOfCopy")
    void every_field_of_the_copy_follows_the_table_and_no_string_of_the_other_partner_is_in_it(
            PartnerId partner, boolean joint, boolean safety) throws Exception {
        if (joint) {
            consents.record(couple.getId(), partner.other(), LocalDate.of(2026, 11, 2), "signed form at the session");
        }
        byte[] whole = transfer.export(couple.getId(), ExportKind.TRANSFER);
        if (safety) {
            fixtures.loginAs(robin);
        }
        byte[] copy = transfer.exportAccessCopy(
                couple.getId(), partner, safety ? new SafetyRelease("court order 12/26") : null);

        CaseFileReader.read(copy);
        List<String> problems = new RuleCheck(RuleTable.read(), partner, joint, safety)
                .check(JSON.readTree(whole), JSON.readTree(copy));
        assertThat(problems).as("fields of the copy against the table").isEmpty();

        String bytes = new String(copy, StandardCharsets.UTF_8);
        assertThat(EveryRecordCouple.strings(partner.other()))
                .as("the other partner's strings")
                .allSatisfy(s -> assertThat(bytes).doesNotContain(s));
        assertThat(EveryRecordCouple.NEVER_STRINGS)
                .allSatisfy(s -> assertThat(bytes).doesNotContain(s));
        assertThat(EveryRecordCouple.JOINT_STRINGS)
                .allSatisfy(s -> assertThat(bytes.contains(s)).as(s).isEqualTo(joint));
        for (String s : EveryRecordCouple.SAFETY_STRINGS) {
            // A safety flag on a session the other partner attended alone stays out with its session.
            assertThat(bytes.contains(s)).as(s).isEqualTo(safety);
        }
        assertThat(EveryRecordCouple.strings(partner))
                .as("the partner's own data")
                .allSatisfy(s -> assertThat(bytes).contains(s));
    }

    @Test
    void the_table_names_every_field_of_the_format() throws Exception {
        Couple full = transfer.importFile(CaseFileTransferTest.resource("/casefile/full.json"));
        JsonNode whole = JSON.readTree(transfer.export(full.getId(), ExportKind.TRANSFER));
        List<String> unnamed = new ArrayList<>();
        collectLeaves(whole, "", unnamed);
        RuleTable table = RuleTable.read();

        assertThat(unnamed)
                .isNotEmpty()
                .allSatisfy(path -> assertThat(table.covers(path)).as(path).isTrue());
    }

    @Test
    void the_export_is_audited_with_the_summary_the_counselor_read_and_the_release_with_its_reason() {
        var preview = transfer.preview(couple.getId(), PartnerId.A, false).summary();
        transfer.exportAccessCopy(couple.getId(), PartnerId.A, null);

        AuditEvent export =
                audit.findByActionOrderByIdAsc(AuditAction.CASE_FILE_EXPORTED).getLast();
        assertThat(export.getDetail())
                .contains("kind=ACCESS_REQUEST_A")
                .contains(String.join("; ", preview.holds(Texts.shared())))
                .contains(String.join("; ", preview.leftOut(Texts.shared())))
                .contains("partner B has not authorised")
                .doesNotContain("Teodoro")
                .doesNotContain("Maribel");

        fixtures.loginAs(robin);
        transfer.exportAccessCopy(couple.getId(), PartnerId.A, new SafetyRelease("requested by her lawyer"));
        AuditEvent release =
                audit.findByActionOrderByIdAsc(AuditAction.SAFETY_RELEASED).getLast();
        assertThat(release.getDetail())
                .contains("partner A")
                .contains("safety flags: 2")
                .contains("safety reviews: 1")
                .contains("domestic-violence referrals: 1")
                .contains("Reason: requested by her lawyer");
        assertThat(release.getActorEmail()).isEqualTo(robin.getEmail());
    }

    @Test
    void a_counselor_cannot_release_safety_records_and_the_refusal_is_audited() {
        assertThatThrownBy(() -> transfer.exportAccessCopy(couple.getId(), PartnerId.B, new SafetyRelease("asked")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.ACCESS_DENIED))
                .singleElement()
                .satisfies(e -> assertThat(e.getDetail()).contains("supervisor"));
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.SAFETY_RELEASED)).isEmpty();
    }

    @Test
    void a_release_needs_a_reason() {
        fixtures.loginAs(robin);
        assertThatThrownBy(() -> transfer.exportAccessCopy(couple.getId(), PartnerId.B, new SafetyRelease("  ")))
                .hasMessageContaining("Say why");
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.SAFETY_RELEASED)).isEmpty();
    }

    @Test
    void without_an_agreed_secrets_policy_an_authorisation_releases_no_joint_record() {
        assertThat(JointRelease.decide(SecretsPolicy.NOT_AGREED, true).released())
                .isFalse();
        assertThat(JointRelease.decide(SecretsPolicy.LIMITED_SECRETS, false).reason())
                .isEqualTo(JointRelease.Reason.NO_AUTHORISATION);
        assertThat(JointRelease.decide(SecretsPolicy.NO_SECRETS, true).released())
                .isTrue();
        assertThat(JointRelease.decide(SecretsPolicy.LIMITED_SECRETS, true).released())
                .isTrue();
    }

    private static void collectLeaves(JsonNode n, String path, List<String> out) {
        if (n.isObject()) {
            n.properties()
                    .forEach(e -> collectLeaves(
                            e.getValue(),
                            (path.isEmpty() ? "" : path + ".")
                                    + (e.getKey().equals("A") ? "X" : e.getKey().equals("B") ? "Y" : e.getKey()),
                            out));
        } else if (n.isArray() && !n.isEmpty() && n.get(0).isObject()) {
            n.values().forEach(e -> collectLeaves(e, path + "[]", out));
        } else {
            out.add(path);
        }
    }
}
