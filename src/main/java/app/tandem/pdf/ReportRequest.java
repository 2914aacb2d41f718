package app.tandem.pdf;

import app.tandem.assessment.Assessment;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Audience;
import app.tandem.casefile.CaseFile.DecisionOutcome;
import app.tandem.casefile.Recommendation;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything one progress report is made from. Immutable; the renderer reads nothing else (no
 * clock, no database), so the same request always gives a report with the same text.
 *
 * @param caseFile the couple's case file; for the client version only what {@link ClientCaseFile}
 *        lets through is kept
 * @param assessment the assessment of {@code caseFile} the report explains
 * @param audience for whom: the counselor's copy or the client version
 * @param practice the issuing practice
 * @param generatedAt when the report is generated (printed, and in the metadata)
 * @param decision the counselor's decision on this report's recommendation, or null when none
 *        was made yet
 * @param earlierDecisions the couple's earlier reports with their decisions, oldest first
 */
public record ReportRequest(
        CaseFile caseFile,
        Assessment assessment,
        Audience audience,
        PracticeInfo practice,
        Instant generatedAt,
        DecisionInfo decision,
        List<CaseFile.Report> earlierDecisions) {

    public ReportRequest {
        Objects.requireNonNull(caseFile, "caseFile");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(generatedAt, "generatedAt");
        earlierDecisions = List.copyOf(earlierDecisions);
        if (audience == Audience.CLIENT) {
            caseFile = ClientCaseFile.of(caseFile, assessment.asOf());
        }
    }

    /** A request without a decision, listing the case file's own reports as the earlier ones. */
    public static ReportRequest of(
            CaseFile caseFile, Assessment assessment, Audience audience, PracticeInfo practice, Instant generatedAt) {
        return new ReportRequest(caseFile, assessment, audience, practice, generatedAt, null, caseFile.reports());
    }

    /** This request with {@code newDecision} as the decision on its recommendation. */
    public ReportRequest withDecision(DecisionInfo newDecision) {
        return new ReportRequest(caseFile, assessment, audience, practice, generatedAt, newDecision, earlierDecisions);
    }

    /** The outcome the counselor decided on instead of a recommendation, or null. */
    public DecisionOutcome finalOutcome() {
        return decision == null ? null : decision.outcome();
    }

    /** The recommendation that stands: the decision's when there is one, else the assessment's. */
    public Recommendation finalRecommendation() {
        return decision == null ? assessment.recommendation() : decision.finalRecommendation();
    }
}
