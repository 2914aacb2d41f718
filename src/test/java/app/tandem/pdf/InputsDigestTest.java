package app.tandem.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Audience;
import app.tandem.casefile.CaseFile.DecisionType;
import app.tandem.casefile.Recommendation;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InputsDigestTest {

    private static final CaseFile FILE = ReportFixtures.example("couples-therapy");

    @Test
    void identical_inputs_give_identical_digests_whenever_they_are_generated() {
        ReportRequest first = ReportFixtures.request(FILE, Audience.COUNSELOR);
        ReportRequest later = ReportRequest.of(
                ReportFixtures.example("couples-therapy"),
                ReportFixtures.assess(FILE),
                Audience.COUNSELOR,
                PracticeInfo.DEFAULT,
                Instant.parse("2027-01-01T00:00:00Z"));

        assertThat(InputsDigest.of(first)).matches("[0-9a-f]{64}").isEqualTo(InputsDigest.of(later));
    }

    @Test
    void export_time_does_not_change_the_digest() {
        CaseFile reExported = new CaseFile(
                FILE.format(),
                FILE.formatVersion(),
                Instant.parse("2030-01-01T00:00:00Z"),
                FILE.couple(),
                FILE.homework(),
                FILE.sessions(),
                FILE.safetyReviews(),
                FILE.reports());

        assertThat(InputsDigest.of(ReportFixtures.request(reExported, Audience.COUNSELOR)))
                .isEqualTo(InputsDigest.of(ReportFixtures.request(FILE, Audience.COUNSELOR)));
    }

    @Test
    void audience_decision_settings_and_case_content_each_change_the_digest() {
        ReportRequest base = ReportFixtures.request(FILE, Audience.COUNSELOR);
        String digest = InputsDigest.of(base);

        assertThat(InputsDigest.of(ReportFixtures.request(FILE, Audience.CLIENT)))
                .isNotEqualTo(digest);
        assertThat(InputsDigest.of(base.withDecision(new DecisionInfo(
                        DecisionType.ACCEPT, Recommendation.COUPLES_THERAPY, null, "dana", Instant.EPOCH))))
                .isNotEqualTo(digest);
        assertThat(InputsDigest.of(new ReportRequest(
                        FILE,
                        app.tandem.assessment.AssessmentEngine.assess(
                                FILE,
                                base.assessment().asOf(),
                                base.assessment().settings().with("sd", "6")),
                        Audience.COUNSELOR,
                        PracticeInfo.DEFAULT,
                        base.generatedAt(),
                        null,
                        FILE.reports())))
                .isNotEqualTo(digest);
        assertThat(InputsDigest.of(new ReportRequest(
                        FILE,
                        app.tandem.assessment.AssessmentEngine.assess(
                                FILE, base.assessment().asOf().plusDays(1)),
                        Audience.COUNSELOR,
                        PracticeInfo.DEFAULT,
                        base.generatedAt(),
                        null,
                        FILE.reports())))
                .isNotEqualTo(digest);
        CaseFile other = ReportFixtures.withConfidentialText(FILE);
        assertThat(InputsDigest.of(ReportFixtures.request(other, Audience.COUNSELOR)))
                .isNotEqualTo(digest);
    }
}
