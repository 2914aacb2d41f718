package app.tandem.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.assessment.Assessment;
import app.tandem.assessment.AssessmentWarning;
import app.tandem.assessment.Rule;
import app.tandem.base.ValidationFailure;
import app.tandem.casefile.CaseFile.Attendance;
import app.tandem.casefile.CaseFile.Flag;
import app.tandem.casefile.CaseFile.SafetyOutcome;
import app.tandem.casefile.CaseFile.Scores;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import app.tandem.progress.CurrentAssessmentService;
import app.tandem.security.Counselor;
import app.tandem.support.Fixtures;
import app.tandem.support.TandemTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The couple's safety marker (summary row) through sessions and safety reviews recorded with
 * {@link SessionService}: only a CONJOINT_WORK_SAFE review clears signed flags dated up to it, the
 * latest review decides, and a flag on a draft keeps the marker whatever any review says.
 */
@TandemTest
class SafetyReviewTest {

    static final Scores NONE = new Scores(null, null, null, null);

    @Autowired
    Fixtures fixtures;

    @Autowired
    SessionService sessions;

    @Autowired
    CoupleService couples;

    @Autowired
    CurrentAssessmentService assessments;

    Counselor dana;
    Couple couple;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        dana = fixtures.counselor("Dana Whitfield");
        couple = fixtures.couple(dana, "Aisha", "Rahman", "Tom", "Berg");
        today = fixtures.today();
    }

    /** One step of a row: a session (signed or draft, with a flag) or a review, so many days before today. */
    record Step(String kind, int daysAgo, Flag flag, SafetyOutcome outcome) {
        @Override
        public String toString() {
            return kind + "(" + (flag != null ? flag + " " : outcome != null ? outcome + " " : "") + daysAgo
                    + " days ago)";
        }
    }

    static Step signed(Flag flag, int daysAgo) {
        return new Step("signed", daysAgo, flag, null);
    }

    static Step draft(Flag flag, int daysAgo) {
        return new Step("draft", daysAgo, flag, null);
    }

    static Step review(SafetyOutcome outcome, int daysAgo) {
        return new Step("review", daysAgo, null, outcome);
    }

    static Stream<Arguments> markerTable() {
        Flag fear = Flag.FEAR_OF_PARTNER;
        SafetyOutcome safe = SafetyOutcome.CONJOINT_WORK_SAFE;
        SafetyOutcome notSafe = SafetyOutcome.NOT_SAFE;
        return Stream.of(
                Arguments.of("nothing recorded", List.of(), false),
                Arguments.of("a relational flag is no safety concern", List.of(signed(Flag.HOSTILITY, 20)), false),
                Arguments.of("a signed safety flag", List.of(signed(fear, 20)), true),
                Arguments.of(
                        "a NOT_SAFE review leaves the marker", List.of(signed(fear, 20), review(notSafe, 10)), true),
                Arguments.of(
                        "a CONJOINT_WORK_SAFE review clears the flags before it",
                        List.of(signed(fear, 20), review(safe, 10)),
                        false),
                Arguments.of(
                        "a review on the day of the flag clears it",
                        List.of(signed(fear, 20), review(safe, 20)),
                        false),
                Arguments.of(
                        "a review dated before the flag does not clear it",
                        List.of(review(safe, 25), signed(fear, 20)),
                        true),
                Arguments.of(
                        "a later flag brings the marker back",
                        List.of(signed(fear, 20), review(safe, 10), signed(Flag.COERCIVE_CONTROL, 5)),
                        true),
                Arguments.of(
                        "a later NOT_SAFE review cancels the clearance",
                        List.of(signed(fear, 20), review(safe, 10), review(notSafe, 5)),
                        true),
                Arguments.of(
                        "the latest review decides",
                        List.of(signed(fear, 20), review(notSafe, 10), review(safe, 5)),
                        false),
                Arguments.of("a flag only on a draft", List.of(draft(fear, 3)), true),
                Arguments.of(
                        "a draft's flag stays whatever the review says",
                        List.of(draft(fear, 20), review(safe, 10)),
                        true),
                Arguments.of(
                        "a draft's flag after a clearance",
                        List.of(signed(fear, 20), review(safe, 10), draft(Flag.SELF_HARM_RISK, 5)),
                        true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("markerTable")
    void the_safety_marker_follows_flags_and_reviews(String name, List<Step> steps, boolean marker) {
        for (Step step : steps) {
            apply(step);
        }

        assertThat(couples.summary(couple.getId()).isSafetyMarker())
                .as("summary safety marker")
                .isEqualTo(marker);
        Assessment a = assessments.refresh(couple.getId());
        boolean signedFlagActive = a.matched(Rule.R0);
        boolean draftFlag = a.warnings().contains(AssessmentWarning.UNSIGNED_SAFETY_FLAG);
        assertThat(signedFlagActive || draftFlag).isEqualTo(marker);
        boolean anyDraftFlag = steps.stream().anyMatch(s -> s.kind().equals("draft"));
        assertThat(draftFlag).isEqualTo(anyDraftFlag);
    }

    @Test
    void a_cleared_flag_no_longer_decides_the_recommendation_but_a_not_safe_review_keeps_the_safety_referral() {
        apply(signed(Flag.IPV_INDICATOR, 20));
        apply(review(SafetyOutcome.NOT_SAFE, 10));
        assertThat(assessments.refresh(couple.getId()).decisiveRule()).isEqualTo(Rule.R0);
        assertThat(couples.summary(couple.getId()).getRecommendation()).isEqualTo("SAFETY_REFERRAL");

        apply(review(SafetyOutcome.CONJOINT_WORK_SAFE, 5));

        assertThat(assessments.refresh(couple.getId()).decisiveRule()).isNotEqualTo(Rule.R0);
        assertThat(couples.summary(couple.getId()).getRecommendation()).isNotEqualTo("SAFETY_REFERRAL");
    }

    @Test
    void a_review_is_signed_by_the_counselor_who_records_it() {
        apply(signed(Flag.FEAR_OF_PARTNER, 20));
        sessions.recordSafetyReview(
                couple.getId(),
                new SessionService.ReviewRequest(
                        today.minusDays(2),
                        SafetyOutcome.NOT_SAFE,
                        "  Local domestic-violence advocate ",
                        "Individual sessions only."));

        assertThat(sessions.safetyReviews(couple.getId())).singleElement().satisfies(r -> {
            assertThat(r.isSigned()).isTrue();
            assertThat(r.getReviewedBy()).isEqualTo(dana.getEmail());
            assertThat(r.getReferralMade()).isEqualTo("Local domestic-violence advocate");
            assertThat(r.getDate()).isEqualTo(today.minusDays(2));
        });
    }

    @Test
    void a_review_without_a_plan_or_dated_in_the_future_is_refused_and_clears_nothing() {
        apply(signed(Flag.FEAR_OF_PARTNER, 20));

        assertThatThrownBy(() -> sessions.recordSafetyReview(
                        couple.getId(),
                        new SessionService.ReviewRequest(
                                today.plusDays(1), SafetyOutcome.CONJOINT_WORK_SAFE, null, "Plan.")))
                .isInstanceOf(ValidationFailure.class)
                .extracting(e -> ((ValidationFailure) e).field())
                .isEqualTo("date");
        assertThatThrownBy(() -> sessions.recordSafetyReview(
                        couple.getId(),
                        new SessionService.ReviewRequest(today, SafetyOutcome.CONJOINT_WORK_SAFE, null, " ")))
                .isInstanceOf(ValidationFailure.class)
                .extracting(e -> ((ValidationFailure) e).field())
                .isEqualTo("safetyPlan");
        assertThatThrownBy(() -> sessions.recordSafetyReview(
                        couple.getId(), new SessionService.ReviewRequest(today, null, null, "Plan.")))
                .isInstanceOf(ValidationFailure.class)
                .extracting(e -> ((ValidationFailure) e).field())
                .isEqualTo("outcome");

        assertThat(sessions.safetyReviews(couple.getId())).isEmpty();
        assertThat(couples.summary(couple.getId()).isSafetyMarker()).isTrue();
    }

    private void apply(Step step) {
        LocalDate date = today.minusDays(step.daysAgo());
        switch (step.kind()) {
            case "review" ->
                sessions.recordSafetyReview(
                        couple.getId(),
                        new SessionService.ReviewRequest(
                                date, step.outcome(), null, "Reviewed risk with each partner alone."));
            case "signed", "draft" -> {
                SessionContent content = SessionServiceTest.content(
                        date,
                        Attendance.BOTH,
                        new Scores(5, 5, 5, null),
                        new Scores(5, 5, 5, null),
                        Set.of(step.flag()),
                        "Session " + step.daysAgo() + " days ago.");
                CounselingSession s = sessions.createDraft(couple.getId(), content);
                if (step.kind().equals("signed")) {
                    sessions.sign(s.getId(), s.getVersion(), content);
                }
            }
            default -> throw new IllegalArgumentException(step.kind());
        }
    }
}
