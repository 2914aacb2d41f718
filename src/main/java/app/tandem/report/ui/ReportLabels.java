package app.tandem.report.ui;

import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.DecisionOutcome;
import app.tandem.casefile.Recommendation;
import app.tandem.couple.ui.RecommendationLabels;
import app.tandem.report.ReportRow;
import app.tandem.text.Texts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Short words for recommendations and audiences on report screens. */
final class ReportLabels {

    private ReportLabels() {}

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
    static String fileName(String reference, CaseFile.Audience a, Instant generatedAt, ZoneId zone) {
        String who = a == CaseFile.Audience.COUNSELOR ? "counselor" : "client";
        return reference + "-" + who + "-report-" + LocalDate.ofInstant(generatedAt, zone) + ".pdf";
    }

    static String audience(CaseFile.Audience a) {
        return a == CaseFile.Audience.COUNSELOR ? "Counselor report" : "Client report";
    }
}
