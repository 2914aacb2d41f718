package app.tandem.report.ui;

import app.tandem.casefile.CaseFile.DecisionOutcome;
import app.tandem.casefile.Recommendation;
import app.tandem.couple.ui.RecommendationLabels;
import app.tandem.report.ReportRow;
import app.tandem.text.Texts;

/** Short words for recommendations and audiences on report screens. */
final class ReportLabels {

    private ReportLabels() {
    }

    static String of(Recommendation r) {
        return r == null ? "—" : RecommendationLabels.of(r.name());
    }

    /** What was decided on a report: the outcome's label when the counselor chose one, else the final recommendation. */
    static String decided(ReportRow r) {
        return r.finalOutcome() != null ? of(r.finalOutcome()) : of(r.finalRecommendation());
    }

    static String of(DecisionOutcome outcome) {
        return Texts.shared().get("outcome." + outcome.name() + ".label");
    }

    /**
     * The downloaded file's name says whose copy it is, so that the counselor's copy is not sent
     * to the couple by mistake: {@code C-0004-counselor-report-2026-11-29.pdf}.
     */
    static String fileName(String reference, app.tandem.casefile.CaseFile.Audience a, java.time.Instant generatedAt,
            java.time.ZoneId zone) {
        String who = a == app.tandem.casefile.CaseFile.Audience.COUNSELOR ? "counselor" : "client";
        return reference + "-" + who + "-report-" + java.time.LocalDate.ofInstant(generatedAt, zone) + ".pdf";
    }

    static String audience(app.tandem.casefile.CaseFile.Audience a) {
        return a == app.tandem.casefile.CaseFile.Audience.COUNSELOR ? "Counselor report" : "Client report";
    }
}
