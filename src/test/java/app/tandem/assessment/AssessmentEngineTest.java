package app.tandem.assessment;

import static app.tandem.casefile.CaseFile.Flag.COERCIVE_CONTROL;
import static app.tandem.casefile.CaseFile.Flag.CONTEMPT;
import static app.tandem.casefile.CaseFile.Flag.FEAR_OF_PARTNER;
import static app.tandem.casefile.CaseFile.Flag.HOSTILITY;
import static app.tandem.casefile.CaseFile.Flag.IPV_INDICATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Assignee;
import app.tandem.casefile.CaseFile.Completion;
import app.tandem.casefile.CaseFile.SafetyOutcome;
import app.tandem.casefile.PartnerId;
import app.tandem.casefile.Recommendation;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssessmentEngineTest {

    /** The worked example of docs/ASSESSMENT.md. */
    static CaseFile workedExample() {
        CaseBuilder c = new CaseBuilder();
        int[] a = {12, 13, 12, 14, 15, 15, 15};
        int[] b = {13, 14, 16, 17, 18, 19, 20};
        for (int i = 0; i < 7; i++) {
            if (i == 4 || i == 6) {
                c.session(7 * i, a[i], b[i], CONTEMPT);
            } else {
                c.session(7 * i, a[i], b[i]);
            }
        }
        // Homework due in the last six weeks: 20 daily connection appointments, A did 16, B 17.
        for (int i = 0; i < 20; i++) {
            c.assignment(
                    29 + i,
                    Assignee.BOTH,
                    i < 16 ? Completion.DONE : Completion.NOT_DONE,
                    i < 17 ? Completion.DONE : Completion.NOT_DONE);
        }
        return c.build();
    }

    @Test
    void worked_example_suggests_couples_therapy_by_R3_with_its_numbers() {
        Assessment a = AssessmentEngine.assess(workedExample(), CaseBuilder.day(49));

        assertThat(a.recommendation()).isEqualTo(Recommendation.COUPLES_THERAPY);
        assertThat(a.decisiveRule()).isEqualTo(Rule.R3);
        assertThat(a.matchedRules()).containsExactly(Rule.R3, Rule.R4, Rule.R7);
        assertThat(a.urgent()).isFalse();
        assertThat(a.daysElapsed()).isEqualTo(49);
        PartnerProgress pa = a.partners().a();
        assertThat(List.of(pa.dataPoints(), pa.baseline(), pa.latest(), pa.change()))
                .containsExactly(7, 12, 15, 3);
        assertThat(pa.rci()).isCloseTo(1.0954, within(1e-4));
        assertThat(pa.classification()).isEqualTo(Classification.UNCHANGED);
        assertThat(pa.adherence()).isEqualTo(0.80);
        PartnerProgress pb = a.partners().b();
        assertThat(List.of(pb.dataPoints(), pb.baseline(), pb.latest(), pb.change()))
                .containsExactly(7, 13, 20, 7);
        assertThat(pb.rci()).isCloseTo(2.5560, within(1e-4));
        assertThat(pb.classification()).isEqualTo(Classification.IMPROVED);
        assertThat(pb.adherence()).isEqualTo(0.85);
        assertThat(a.result(Rule.R3).reason()).isEqualTo(Reason.HOSTILITY_PATTERN);
        assertThat(a.result(Rule.R3).params())
                .containsEntry("count", 2)
                .containsEntry("window", 3)
                .containsEntry("kind", "CONTEMPT");
        assertThat(a.result(Rule.R4).params())
                .containsEntry("weeks", 7)
                .containsEntry("adherencePercent", 80)
                .containsEntry("partners", List.of(PartnerId.A));
    }

    @Test
    void worked_example_json_has_the_documented_keys_in_order_and_rounded_numbers() {
        String json = AssessmentJson.write(AssessmentEngine.assess(workedExample(), CaseBuilder.day(49)));

        String compact = json.replaceAll("\\s+", "");
        assertThat(compact)
                .startsWith("{\"ruleSet\":\"tandem-rules-2\",\"asOf\":\"2026-10-20\","
                        + "\"recommendation\":\"COUPLES_THERAPY\",\"decisiveRule\":\"R3\",\"matchedRules\":[\"R3\",\"R4\",\"R7\"],"
                        + "\"concerns\":[\"PARTNERS_DIVERGE\"],\"warnings\":[],\"urgent\":false,\"daysElapsed\":49,"
                        + "\"partners\":{\"A\":{\"dataPoints\":7,\"baseline\":12,\"latest\":15,\"change\":3,\"rci\":1.10,"
                        + "\"classification\":\"UNCHANGED\",\"csi4Latest\":null,\"satisfied\":false,\"adherence\":0.80},"
                        + "\"B\":{\"dataPoints\":7,\"baseline\":13,\"latest\":20,\"change\":7,\"rci\":2.56,"
                        + "\"classification\":\"IMPROVED\",\"csi4Latest\":null,\"satisfied\":false,\"adherence\":0.85}},"
                        + "\"sessionsIgnored\":{\"unsigned\":0,\"afterAsOf\":0},"
                        + "\"settings\":{\"sd\":5.0,\"reliability\":0.85,\"rciCutoff\":1.96,\"minDataPoints\":3,"
                        + "\"deteriorationPoints\":2,\"hostilityCount\":2,\"hostilityWindow\":3,\"reviewWindowDays\":42,"
                        + "\"shiftDays\":42,\"therapyDays\":56,\"retreatDays\":56,\"adherenceHigh\":0.7,\"adherenceLow\":0.5,"
                        + "\"csiCutoff\":13.5,\"functionalComposite\":24}}");
    }

    @Test
    void worked_example_narrative_reads_like_the_handbook() {
        AssessmentNarrative.Narrative n =
                AssessmentNarrative.standard().describe(AssessmentEngine.assess(workedExample(), CaseBuilder.day(49)));

        assertThat(n.summary())
                .isEqualTo(
                        "Couples therapy is suggested (R3: contempt noted on 2 of the last 3 "
                                + "sessions; R4: after 7 weeks with 80 % homework adherence, partner A shows no reliable change).");
        assertThat(n.decisive())
                .isEqualTo("Decisive rule R3 (hostility or secrecy): contempt noted on 2 of the last 3 sessions.");
        assertThat(n.notMatched())
                .contains("R0 (safety) does not apply: no safety flag recorded, on a signed or a draft note.");
        assertThat(n.concerns())
                .containsExactly("Partners moving apart: partner B has reliably improved while partner A "
                        + "still needs change. Consider an individual check-in with partner A: ambivalence about the relationship, "
                        + "low mood, an undisclosed affair or fear may be holding things back.");
        // Contempt on sessions 5 and 7: one clean session leaves only session 7 in the window.
        assertThat(n.whatWouldChange())
                .contains("R3: 1 more session without hostility, contempt or secrecy would end this pattern.");
    }

    @Test
    void same_input_gives_the_same_output() {
        CaseFile file = workedExample();
        assertThat(AssessmentEngine.assess(file, CaseBuilder.day(49)))
                .isEqualTo(AssessmentEngine.assess(file, CaseBuilder.day(49)));
    }

    @Test
    void partner_with_one_data_point_has_rci_zero_and_unchanged() {
        Assessment a =
                AssessmentEngine.assess(new CaseBuilder().session(0, 15, null).build(), CaseBuilder.day(0));

        assertThat(a.partners().a().rci()).isEqualTo(0.0);
        assertThat(a.partners().a().classification()).isEqualTo(Classification.UNCHANGED);
        assertThat(a.partners().b().rci()).isNull();
        assertThat(a.partners().b().classification()).isNull();
        assertThat(a.partners().b().reliablyImproved()).isFalse();
    }

    @Test
    void without_data_points_days_elapsed_is_null() {
        Assessment a =
                AssessmentEngine.assess(new CaseBuilder().session(0, null, null).build(), CaseBuilder.day(60));

        assertThat(a.daysElapsed()).isNull();
        assertThat(a.startDate()).isNull();
        assertThat(a.result(Rule.R4).reason()).isEqualTo(Reason.NO_START_DATE);
    }

    @Test
    void start_date_is_the_first_scored_data_point_not_the_first_session() {
        Assessment a = AssessmentEngine.assess(
                new CaseBuilder()
                        .session(0, null, null)
                        .draft(3, 15, 15)
                        .session(5, 15, null)
                        .build(),
                CaseBuilder.day(10));

        assertThat(a.startDate()).isEqualTo(CaseBuilder.day(5));
        assertThat(a.daysElapsed()).isEqualTo(5);
    }

    @Test
    void ignored_sessions_are_counted_by_reason_and_unsigned_wins() {
        Assessment a = AssessmentEngine.assess(
                new CaseBuilder()
                        .session(0, 15, 15)
                        .draft(1, 15, 15)
                        .draft(20, 15, 15)
                        .session(21, 15, 15)
                        .session(22, 15, 15)
                        .build(),
                CaseBuilder.day(10));

        assertThat(a.sessionsIgnored()).isEqualTo(new SessionsIgnored(2, 2));
    }

    @Test
    void unsigned_safety_flag_warns_even_when_a_review_cleared_it_and_a_later_draft_does_not() {
        CaseFile withClearedDraftFlag = AssessmentRulesTest.stuckDone()
                .draft(45, 15, 15, IPV_INDICATOR)
                .review(46, SafetyOutcome.CONJOINT_WORK_SAFE, true)
                .build();
        CaseFile withLaterDraftFlag =
                AssessmentRulesTest.stuckDone().draft(50, 15, 15, IPV_INDICATOR).build();

        Assessment warned = AssessmentEngine.assess(withClearedDraftFlag, CaseBuilder.day(49));
        Assessment notWarned = AssessmentEngine.assess(withLaterDraftFlag, CaseBuilder.day(49));

        assertThat(warned.warnings()).containsExactly(AssessmentWarning.UNSIGNED_SAFETY_FLAG);
        assertThat(warned.recommendation()).isEqualTo(Recommendation.COUPLES_THERAPY);
        assertThat(notWarned.warnings()).isEmpty();
    }

    @Test
    void a_draft_safety_flag_decides_and_says_it_is_on_a_draft() {
        Assessment a = AssessmentEngine.assess(
                AssessmentRulesTest.stuckDone()
                        .draft(45, 15, 15, COERCIVE_CONTROL)
                        .build(),
                CaseBuilder.day(49));

        assertThat(a.recommendation()).isEqualTo(Recommendation.SAFETY_REFERRAL);
        assertThat(a.warnings()).containsExactly(AssessmentWarning.UNSIGNED_SAFETY_FLAG);
        assertThat(a.result(Rule.R0).reason()).isEqualTo(Reason.SAFETY_FLAG_ACTIVE_ON_DRAFT);
        assertThat(AssessmentNarrative.standard().describe(a).decisive())
                .isEqualTo(
                        "Decisive rule R0 (safety): "
                                + "coercive control recorded, most recently on 16 October 2026, and not cleared by a safety review; "
                                + "the flag of 16 October 2026 is on a draft note, and it counts as active until it is signed or corrected.");
    }

    @Test
    void under_a_safety_referral_only_the_safety_review_is_offered_as_what_would_change_it() {
        Assessment a = AssessmentEngine.assess(
                AssessmentRulesTest.stuck()
                        .homework(40, 10, 5, 5)
                        .session(30, 15, 15, FEAR_OF_PARTNER)
                        .build(),
                CaseBuilder.day(35));

        assertThat(a.levers()).extracting(Lever::rule).contains(Rule.R0, Rule.R3, Rule.R4);
        assertThat(AssessmentNarrative.standard().describe(a).whatWouldChange())
                .singleElement()
                .asString()
                .startsWith("R0: joint work can be reconsidered only after a signed safety review");
    }

    @Test
    void satisfied_range_levers_name_the_csi4_or_the_functional_composite() {
        // A: composite 15, CSI-4 12 in the window; B: composite 15, no CSI-4. Both need change.
        CaseFile file =
                AssessmentRulesTest.stuckDone().sessionCsi(44, 15, 15, 12, null).build();

        Assessment a = AssessmentEngine.assess(file, CaseBuilder.day(49));

        assertThat(a.decisiveRule()).isEqualTo(Rule.R4);
        assertThat(a.partners().a().csi4Latest()).isEqualTo(12);
        assertThat(a.levers())
                .contains(
                        new Lever(
                                Rule.R4,
                                Lever.Kind.REACH_SATISFIED_CSI,
                                Map.of("partner", PartnerId.A, "cutoff", 13.5, "csi4", 12)),
                        new Lever(Rule.R4, Lever.Kind.REACH_SATISFIED, Map.of("partner", PartnerId.B, "target", 24)));
        assertThat(AssessmentNarrative.standard().describe(a).whatWouldChange())
                .contains(
                        "R4: a CSI-4 above 13.5 for partner A (latest 12) would count as satisfied.",
                        "R4: partner B reaching 24 would count as satisfied.");
    }

    @Test
    void therapy_under_way_words_couples_therapy_as_continuing_it() {
        Assessment a = AssessmentEngine.assess(AssessmentRulesTest.inTherapy(20).build(), CaseBuilder.day(49));

        assertThat(a.therapyStartedOn()).isEqualTo(CaseBuilder.day(20));
        assertThat(a.recommendation()).isEqualTo(Recommendation.COUPLES_THERAPY);
        assertThat(AssessmentNarrative.standard().describe(a).headline())
                .isEqualTo("Continuing the couples therapy under way is suggested");
        assertThat(AssessmentNarrative.standard().describe(a).notMatched())
                .contains("R6 (in therapy and still stuck) does not apply: couples therapy began on 21 September 2026, "
                        + "29 days ago (56 needed).");
    }

    @Test
    void sessions_are_ordered_by_date_then_start_time_then_file_position() {
        CaseFile file = new CaseBuilder()
                .session(7, LocalTime.of(18, 0), true, CaseBuilder.scores(20), CaseBuilder.scores(20))
                .session(7, LocalTime.of(9, 0), true, CaseBuilder.scores(10), CaseBuilder.scores(10))
                .session(0, null, true, CaseBuilder.scores(12), CaseBuilder.scores(12))
                .session(0, LocalTime.of(8, 0), true, CaseBuilder.scores(13), CaseBuilder.scores(13))
                .build();

        Assessment a = AssessmentEngine.assess(file, CaseBuilder.day(7));

        assertThat(a.partners().a().baseline())
                .as("untimed session first on its day")
                .isEqualTo(12);
        assertThat(a.partners().a().latest()).as("18:00 after 09:00").isEqualTo(20);
    }

    @Test
    void adherence_counts_half_for_partial_and_zero_for_missing_completion() {
        CaseFile file = new CaseBuilder()
                .session(0, 15, 15)
                .assignment(5, Assignee.BOTH, Completion.PARTIAL, null)
                .assignment(6, Assignee.BOTH, Completion.DONE, Completion.NOT_DONE)
                .build();

        Assessment a = AssessmentEngine.assess(file, CaseBuilder.day(10));

        assertThat(a.partners().a().adherence()).isEqualTo(0.75);
        assertThat(a.partners().b().adherence()).isEqualTo(0.0);
        assertThat(a.coupleAdherence()).isEqualTo(0.0);
    }

    @Test
    void step_adherence_is_reported_per_step_and_partner() {
        CaseFile file = new CaseBuilder()
                .session(0, 15, 15)
                .assignment("create-space", 5, Assignee.BOTH, Completion.DONE, Completion.PARTIAL)
                .assignment("connection-appointments", 6, Assignee.A, Completion.DONE, null)
                .assignment("create-space", 7, Assignee.BOTH, Completion.DONE, Completion.DONE)
                .build();

        List<StepAdherence> steps =
                AssessmentEngine.assess(file, CaseBuilder.day(10)).stepAdherence();

        assertThat(steps)
                .extracting(
                        StepAdherence::stepKey,
                        StepAdherence::partner,
                        StepAdherence::assignments,
                        StepAdherence::adherence)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("create-space", PartnerId.A, 2, 1.0),
                        org.assertj.core.groups.Tuple.tuple("create-space", PartnerId.B, 2, 0.75),
                        org.assertj.core.groups.Tuple.tuple("connection-appointments", PartnerId.A, 1, 1.0));
    }

    @Test
    void levers_name_the_composite_target_assignments_and_dates() {
        // Day 30, adherence 0.5 (5 of 10), A unchanged at 15.
        CaseFile file = new CaseBuilder()
                .weekly(new int[] {15, 15, 15, 15, 15}, new int[] {12, 14, 16, 18, 19})
                .homework(28, 10, 5, 5)
                .build();

        Assessment a = AssessmentEngine.assess(file, CaseBuilder.day(30));

        assertThat(a.decisiveRule()).isEqualTo(Rule.R7);
        assertThat(a.levers())
                .contains(
                        new Lever(
                                Rule.R7,
                                Lever.Kind.REACH_IMPROVEMENT,
                                Map.of("partner", PartnerId.A, "baseline", 15, "target", 21, "change", 6)),
                        new Lever(
                                Rule.R4,
                                Lever.Kind.DATE_REACHED,
                                Map.of("date", CaseBuilder.day(42), "days", 42, "threshold", "shiftDays")),
                        // 5 of 10 done: 6 more make 11 of 16 (0.69), 7 more make 12 of 17 (0.71)
                        new Lever(
                                Rule.R4,
                                Lever.Kind.MORE_DONE_ASSIGNMENTS,
                                Map.of(
                                        "partner",
                                        PartnerId.A,
                                        "assignments",
                                        7,
                                        "threshold",
                                        0.7,
                                        "thresholdPercent",
                                        70)));
    }

    @Test
    void safety_referral_lever_asks_for_a_safe_review_after_the_last_flag() {
        Assessment a = AssessmentEngine.assess(
                AssessmentRulesTest.stuckDone()
                        .session(15, 15, 15, IPV_INDICATOR)
                        .session(30, 15, 15, IPV_INDICATOR)
                        .build(),
                CaseBuilder.day(49));

        assertThat(a.levers())
                .contains(new Lever(Rule.R0, Lever.Kind.SAFETY_REVIEW, Map.of("after", CaseBuilder.day(30))));
    }

    @Test
    void hostility_lever_counts_clean_sessions_needed() {
        // Hostility on the last two of three: 2 clean sessions push both out of the window.
        Assessment late = AssessmentEngine.assess(
                AssessmentRulesTest.stuckDone()
                        .session(43, 15, 15, HOSTILITY)
                        .session(44, 15, 15, HOSTILITY)
                        .build(),
                CaseBuilder.day(49));
        // Hostility on the oldest two of three: 1 clean session leaves one in the window.
        Assessment early = AssessmentEngine.assess(
                AssessmentRulesTest.stuckDone()
                        .session(43, 15, 15, HOSTILITY)
                        .session(44, 15, 15, HOSTILITY)
                        .session(45, 15, 15)
                        .build(),
                CaseBuilder.day(49));

        assertThat(late.levers()).contains(new Lever(Rule.R3, Lever.Kind.CLEAN_SESSIONS, Map.of("sessions", 2)));
        assertThat(early.levers()).contains(new Lever(Rule.R3, Lever.Kind.CLEAN_SESSIONS, Map.of("sessions", 1)));
    }

    @Test
    void settings_change_the_thresholds() {
        AssessmentSettings strict = AssessmentSettings.DEFAULTS.with("shiftDays", "49");

        Assessment a = AssessmentEngine.assess(AssessmentRulesTest.stuckDone().build(), CaseBuilder.day(48), strict);

        assertThat(a.decisiveRule()).isEqualTo(Rule.R7);
        assertThat(a.settings().shiftDays()).isEqualTo(49);
    }

    @Test
    void a_change_exactly_on_the_cut_off_counts_as_reliable() {
        // rciCutoff chosen so that the cut-off change is exactly 6: 6 / S_diff.
        double sDiff = AssessmentSettings.DEFAULTS.sDiff();
        AssessmentSettings exact = AssessmentSettings.DEFAULTS.with("rciCutoff", Double.toString(6 / sDiff));
        CaseFile file = new CaseBuilder()
                .weekly(new int[] {12, 12, 18}, new int[] {12, 12, 18})
                .build();

        Assessment a = AssessmentEngine.assess(file, CaseBuilder.day(14), exact);

        assertThat(a.partners().a().classification()).isEqualTo(Classification.IMPROVED);
    }

    @Test
    void unknown_setting_or_bad_value_is_refused_with_a_sentence() {
        assertThatThrownBy(() -> AssessmentSettings.DEFAULTS.with("sdd", "5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown setting 'sdd'");
        assertThatThrownBy(() -> AssessmentSettings.DEFAULTS.with("minDataPoints", "2.5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a whole number");
        assertThatThrownBy(() -> AssessmentSettings.DEFAULTS.with("reliability", "1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reliability must be");
        assertThatThrownBy(() -> AssessmentSettings.DEFAULTS.with("adherenceLow", "0.8"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("adherenceLow must be");
    }

    @Test
    void thresholds_are_exact_fractions() {
        assertThat(AssessmentSettings.fraction(0.70)).containsExactly(7, 10);
        assertThat(AssessmentSettings.fraction(0.5)).containsExactly(1, 2);
        assertThat(AssessmentSettings.fraction(0.125)).containsExactly(1, 8);
        assertThat(AssessmentSettings.fraction(1.0 / 3)).isNull();
    }
}
