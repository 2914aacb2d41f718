package app.tandem.report;

import app.tandem.casefile.CaseFile.Audience;
import app.tandem.casefile.CaseFile.DecisionOutcome;
import app.tandem.casefile.Recommendation;
import java.time.Instant;

/** One line of the practice-wide list of recent reports; {@code finalOutcome} is set when the counselor decided on one. */
public record ReportRow(Long reportId, String reference, String partnerA, String partnerB, Audience audience,
        Recommendation recommendation, Recommendation finalRecommendation, DecisionOutcome finalOutcome, Instant generatedAt,
        String generatedBy, boolean downloadable) {
}
