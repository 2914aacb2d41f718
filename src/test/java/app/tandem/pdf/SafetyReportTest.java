package app.tandem.pdf;

import static app.tandem.pdf.ProgressReportRendererTest.t;
import static app.tandem.pdf.ReportFixtures.GENERATED_AT;
import static app.tandem.pdf.ReportFixtures.example;
import static app.tandem.pdf.ReportFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.assessment.AssessmentNarrative;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Audience;
import app.tandem.casefile.CaseFile.DecisionType;
import app.tandem.casefile.CaseFile.Flag;
import app.tandem.casefile.Recommendation;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The counselor report under a safety referral: a pathway per flag, crisis contacts never missing, the history. */
class SafetyReportTest {

    private static final ProgressReportRenderer RENDERER = ProgressReportRenderer.standard();

    private static String counselorText(CaseFile file, PracticeInfo practice) {
        return text(RENDERER.render(
                ReportRequest.of(file, ReportFixtures.assess(file), Audience.COUNSELOR, practice, GENERATED_AT)));
    }

    /** The first two words of a table cell: text extraction interleaves the lines of wrapped cells. */
    private static String firstWords(String cell) {
        String[] words = cell.split(" ");
        return words[0] + " " + words[1];
    }

    private static String title(String pathway) {
        return t("pathway." + pathway + ".title");
    }

    static Stream<Arguments> pathways() {
        return Stream.of(
                Arguments.of(List.of(Flag.SELF_HARM_RISK), List.of("SELF_HARM"), List.of("LETHALITY", "VIOLENCE")),
                Arguments.of(List.of(Flag.LETHALITY_INDICATOR), List.of("LETHALITY", "VIOLENCE"), List.of("SELF_HARM")),
                Arguments.of(List.of(Flag.IPV_INDICATOR), List.of("VIOLENCE"), List.of("LETHALITY", "SELF_HARM")),
                Arguments.of(List.of(Flag.FEAR_OF_PARTNER), List.of("VIOLENCE"), List.of("LETHALITY", "SELF_HARM")),
                Arguments.of(List.of(Flag.COERCIVE_CONTROL), List.of("VIOLENCE"), List.of("LETHALITY", "SELF_HARM")),
                Arguments.of(
                        List.of(Flag.COERCIVE_CONTROL, Flag.SELF_HARM_RISK),
                        List.of("VIOLENCE", "SELF_HARM"),
                        List.of("LETHALITY")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pathways")
    void each_flag_gets_its_own_pathway_and_no_other(List<Flag> flags, List<String> shown, List<String> absent) {
        CaseFile file = ReportFixtures.withSafetyFlags(example("safety-referral"), flags.toArray(Flag[]::new));

        String text = counselorText(file, PracticeInfo.DEFAULT);

        assertThat(text)
                .containsSubsequence(shown.stream().map(SafetyReportTest::title).toArray(String[]::new));
        for (String pathway : absent) {
            assertThat(text).doesNotContain(title(pathway));
        }
    }

    @Test
    void self_harm_alone_is_a_suicide_risk_pathway_with_no_domestic_violence_referral() {
        CaseFile file = ReportFixtures.withSafetyFlags(example("safety-referral"), Flag.SELF_HARM_RISK);

        String text = counselorText(file, PracticeInfo.DEFAULT);

        assertThat(text)
                .contains("C-SSRS")
                .contains("means safety")
                .doesNotContain("accredited domestic-abuse intervention programme")
                .doesNotContain("referral to a domestic-violence advocate")
                .doesNotContain("domestic-violence services are suggested");
    }

    @Test
    void violence_pathway_plans_the_pause_with_the_at_risk_partner_and_never_suggests_anger_management() {
        String text = counselorText(example("safety-referral"), PracticeInfo.DEFAULT);

        assertThat(text)
                .contains("Plan with the at-risk partner, alone, how joint sessions will pause")
                .contains("accredited domestic-abuse intervention programme")
                .contains("Anger management and couples therapy are not substitutes")
                .doesNotContain("Stop joint sessions and joint homework for now");
    }

    @Test
    void without_a_region_every_regions_emergency_number_is_printed() {
        String text = counselorText(example("safety-referral"), PracticeInfo.DEFAULT);

        assertThat(text)
                .contains(t("counselor.safety.crisisTitle"))
                .contains("United States: 911")
                .contains("United Kingdom: 999")
                .contains("Ireland: 112 or 999")
                .contains("Australia: 000")
                .contains("New Zealand: 111")
                .contains("Canada: 911")
                .contains(t("localResourcesMissing"));
    }

    @Test
    void with_a_region_its_emergency_number_lines_source_and_the_local_services_are_printed() {
        PracticeInfo practice = new PracticeInfo(
                "Riverside Counselling",
                "0161 555 0100",
                "City advocacy service 0161 555 0199",
                PracticeInfo.PageSize.A4,
                ZoneId.of("Europe/London"),
                "GB",
                null);

        String text = counselorText(example("safety-referral"), practice);

        assertThat(text)
                .contains("Emergency services, United Kingdom: 999")
                .contains("call 999")
                .contains("Samaritans: 116 123")
                .contains("City advocacy service 0161 555 0199")
                .contains("numbers from memory, must be verified against each organisation's published page before use")
                .contains("recorded 2026-11-30");
    }

    @Test
    void a_practices_own_crisis_lines_replace_the_defaults_and_drop_the_verification_note() {
        PracticeInfo practice = new PracticeInfo(
                "Riverside",
                null,
                null,
                PracticeInfo.PageSize.A4,
                ZoneId.of("Europe/London"),
                "GB",
                "Checked helpline 0800 000 0001");

        String text = counselorText(example("safety-referral"), practice);

        assertThat(text)
                .contains("Emergency services, United Kingdom: 999")
                .contains("Checked helpline 0800 000 0001")
                .doesNotContain("Samaritans")
                .doesNotContain("numbers from memory");
    }

    @Test
    void under_r0_the_history_shows_reviews_and_referrals_and_only_the_safety_review_as_what_would_change_it() {
        CaseFile file = example("safety-referral");
        AssessmentNarrative.Narrative narrative = AssessmentNarrative.standard().describe(ReportFixtures.assess(file));

        String text = counselorText(file, PracticeInfo.DEFAULT);

        assertThat(text)
                .contains(t("counselor.safety.historyTitle"))
                .contains(firstWords(t("review.outcome.NOT_SAFE")))
                .contains("Local domestic-violence")
                .contains(t("counselor.safety.planRecorded"))
                .contains(t("counselor.summary.noClientReport"))
                .doesNotContain(ProgressReportRendererTest.firstStep(Recommendation.COUPLES_THERAPY))
                .doesNotContain(ProgressReportRendererTest.firstStep(Recommendation.RETREAT))
                .doesNotContain("R4: on ")
                .doesNotContain("R3: 1 more session");
        assertThat(narrative.whatWouldChange()).singleElement().asString().startsWith("R0:");
    }

    @Test
    void a_cleared_safety_history_is_listed_with_its_review_and_referrals_and_the_retreat_is_not_advised() {
        String text = counselorText(example("cleared-safety-in-therapy"), PracticeInfo.DEFAULT);

        assertThat(text)
                .contains(t("counselor.safety.historyTitle"))
                .contains(firstWords(t("review.outcome.CONJOINT_WORK_SAFE")))
                .contains("Domestic-violence services")
                .contains("IPV-informed couples therapist")
                .contains("A retreat is not advised")
                .contains(t("recommendation.COUPLES_THERAPY.headlineUnderWay"))
                .doesNotContain(t("counselor.safety.crisisTitle"));
    }

    @Test
    void an_override_to_a_safety_referral_prints_every_pathway_and_the_contacts() {
        CaseFile file = example("continue");
        ReportRequest request = ReportFixtures.request(file, Audience.COUNSELOR)
                .withDecision(new DecisionInfo(
                        DecisionType.OVERRIDE,
                        Recommendation.SAFETY_REFERRAL,
                        "Disclosure after the session",
                        "dana",
                        GENERATED_AT));

        String text = text(RENDERER.render(request));

        assertThat(text)
                .contains(t("pathway.unflagged"))
                .contains(title("LETHALITY"))
                .contains(title("VIOLENCE"))
                .contains(title("SELF_HARM"))
                .contains(t("counselor.safety.crisisTitle"))
                .contains("United States: 911");
    }
}
