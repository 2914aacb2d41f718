package app.tandem.report;

import app.tandem.casefile.CaseFile.Audience;
import app.tandem.casefile.Recommendation;
import java.time.Instant;

/** One line of the practice-wide list of recent reports. */
public record ReportRow(Long reportId, String reference, String partnerA, String partnerB, Audience audience,
        Recommendation recommendation, Recommendation finalRecommendation, Instant generatedAt, String generatedBy,
        boolean downloadable) {
}
