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

    static String audience(app.tandem.casefile.CaseFile.Audience a) {
        return a == app.tandem.casefile.CaseFile.Audience.COUNSELOR ? "Counselor report" : "Client report";
    }
}
