package app.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.base.ValidationFailure;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.DecisionOutcome;
import app.tandem.casefile.CaseFile.DecisionType;
import app.tandem.casefile.CaseFileReader;
import app.tandem.casefile.Recommendation;
import app.tandem.couple.Couple;
import app.tandem.security.Counselor;
import app.tandem.support.Fixtures;
import app.tandem.support.TandemTest;
import app.tandem.text.Texts;
import app.tandem.transfer.CaseFileTransferService;
import app.tandem.transfer.CaseFileTransferService.ExportKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A report decision can end with an outcome the rules cannot express, each with a reason and its
 * own texts (clinical review 6.12); a safety referral is only ever accepted (review 1.13).
 */
@TandemTest
class ReportDecisionOutcomeTest {

    private static final String REASON =
            "Sam says he no longer knows whether he wants to stay; Maya wants to keep working.";

    @Autowired
    Fixtures fixtures;

    @Autowired
    ReportService reports;

    @Autowired
    CaseFileTransferService transfer;

    private final Texts texts = Texts.shared();
    Counselor dana;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        dana = fixtures.counselor("Dana Whitfield");
        fixtures.loginAs(dana);
    }

    @Test
    void a_safety_referral_is_only_accepted_never_overridden_or_replaced_by_an_outcome() throws Exception {
        Couple c = example("safety-referral");

        assertThatThrownBy(() -> reports.generate(
                        c.getId(),
                        new ReportService.DecisionRequest(
                                DecisionType.OVERRIDE, Recommendation.CONTINUE, "B says it was a misunderstanding.")))
                .isInstanceOf(ValidationFailure.class)
                .hasMessage(texts.get("decision.r0NoOverride"));
        assertThatThrownBy(() -> reports.generate(
                        c.getId(),
                        new ReportService.DecisionRequest(
                                DecisionType.OUTCOME, null, "Both want to stop.", DecisionOutcome.END_WORK)))
                .isInstanceOf(ValidationFailure.class)
                .hasMessage(texts.get("decision.r0NoOverride"));
        assertThat(reports.history(c.getId())).as("nothing generated").isEmpty();

        ReportService.Generated accepted =
                reports.generate(c.getId(), new ReportService.DecisionRequest(DecisionType.ACCEPT, null, null));
        assertThat(accepted.counselorReport().getFinalRecommendation()).isEqualTo(Recommendation.SAFETY_REFERRAL);
    }

    @Test
    void an_outcome_needs_the_outcome_and_a_reason() throws Exception {
        Couple c = example("couples-therapy");

        assertThatThrownBy(() -> reports.generate(
                        c.getId(), new ReportService.DecisionRequest(DecisionType.OUTCOME, null, REASON, null)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class, f -> assertThat(f.field()).isEqualTo("outcome"));
        assertThatThrownBy(() -> reports.generate(
                        c.getId(),
                        new ReportService.DecisionRequest(
                                DecisionType.OUTCOME, null, "  ", DecisionOutcome.DISCERNMENT_COUNSELLING)))
                .isInstanceOfSatisfying(
                        ValidationFailure.class, f -> assertThat(f.field()).isEqualTo("reason"));
        assertThat(reports.history(c.getId())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(DecisionOutcome.class)
    void each_outcome_prints_its_own_counselor_and_client_text(DecisionOutcome outcome) throws Exception {
        Couple c = example("couples-therapy");

        ReportService.Generated g = reports.generate(
                c.getId(), new ReportService.DecisionRequest(DecisionType.OUTCOME, null, REASON, outcome));

        String counselor = flat(ReportServiceTest.text(
                reports.download(g.counselorReport().getId()).getPdf()));
        assertThat(counselor)
                .contains(flat(texts.get("outcome." + outcome + ".headline")))
                .contains(flat(firstBullet(texts.get("outcome." + outcome + ".nextSteps"))))
                .contains(REASON)
                .doesNotContain(flat(firstBullet(texts.get("nextSteps.COUPLES_THERAPY"))));
        String client = flat(ReportServiceTest.text(
                reports.download(g.clientReport().getId()).getPdf()));
        assertThat(client)
                .contains(flat(texts.get("client.outcome." + outcome)))
                .doesNotContain(flat(texts.get("client.recommendation.COUPLES_THERAPY")))
                .doesNotContain(REASON);
        assertThat(reports.history(c.getId())).hasSize(2).allSatisfy(r -> {
            assertThat(r.finalOutcome()).isEqualTo(outcome);
            assertThat(r.finalRecommendation())
                    .as("the rules' recommendation, kept for the record")
                    .isEqualTo(Recommendation.COUPLES_THERAPY);
        });
        assertThat(reports.decisions(c.getId())).singleElement().satisfies(d -> {
            assertThat(d.getType()).isEqualTo(DecisionType.OUTCOME);
            assertThat(d.getOutcome()).isEqualTo(outcome);
            assertThat(d.getReason()).isEqualTo(REASON);
        });
    }

    @Test
    void an_outcome_decision_travels_in_the_case_file_and_the_next_report_lists_it() throws Exception {
        Couple c = example("couples-therapy");
        reports.generate(
                c.getId(),
                new ReportService.DecisionRequest(
                        DecisionType.OUTCOME, null, REASON, DecisionOutcome.SEPARATION_SUPPORT));

        byte[] exported = transfer.export(c.getId(), ExportKind.TRANSFER);
        CaseFile.Decision decision =
                CaseFileReader.read(exported).reports().getFirst().decision();
        assertThat(decision.type()).isEqualTo(DecisionType.OUTCOME);
        assertThat(decision.outcome()).isEqualTo(DecisionOutcome.SEPARATION_SUPPORT);
        Couple copy = transfer.importFile(exported);
        assertThat(reports.decisions(copy.getId()))
                .singleElement()
                .satisfies(d -> assertThat(d.getOutcome()).isEqualTo(DecisionOutcome.SEPARATION_SUPPORT));

        ReportService.Generated next =
                reports.generate(copy.getId(), new ReportService.DecisionRequest(DecisionType.ACCEPT, null, null));
        // The table of earlier decisions wraps its cells, and the text of neighbouring cells comes
        // between the lines of one cell: the headline's first words show in order.
        String text = flat(ReportServiceTest.text(
                reports.download(next.counselorReport().getId()).getPdf()));
        String[] words = texts.get("outcome.SEPARATION_SUPPORT.headline").split(" ");
        assertThat(text).containsSubsequence(words[0], words[1], words[2], words[3]);
    }

    private Couple example(String name) {
        return fixtures.importExample(name);
    }

    private static String firstBullet(String block) {
        String first = block.strip().split("\n")[0];
        return first.startsWith("- ") ? first.substring(2) : first;
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
