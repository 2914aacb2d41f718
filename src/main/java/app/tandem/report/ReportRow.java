package app.tandem.report;

import app.tandem.casefile.CaseFile.Audience;
import app.tandem.casefile.CaseFile.DecisionOutcome;
import app.tandem.casefile.Recommendation;
import java.time.Instant;

/**
 * One line of the practice-wide list of recent reports.
 *
 * @param ruleSet the rule set the report's assessment was made under (kept as it was)
 * @param finalOutcome set when the counselor decided on an outcome the rules cannot express
 * @param pdfRemoved its PDF was removed when a partner it names was erased
 */
public record ReportRow(
        Long reportId,
        String reference,
        String partnerA,
        String partnerB,
        Audience audience,
        String ruleSet,
        Recommendation recommendation,
        Recommendation finalRecommendation,
        DecisionOutcome finalOutcome,
        Instant generatedAt,
        String generatedBy,
        boolean downloadable,
        boolean pdfRemoved) {}
