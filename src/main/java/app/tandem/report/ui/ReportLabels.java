package app.tandem.report.ui;

import app.tandem.casefile.Recommendation;
import app.tandem.couple.ui.RecommendationLabels;

/** Short words for recommendations and audiences on report screens. */
final class ReportLabels {

    private ReportLabels() {
    }

    static String of(Recommendation r) {
        return r == null ? "—" : RecommendationLabels.of(r.name());
    }

    static String audience(app.tandem.casefile.CaseFile.Audience a) {
        return a == app.tandem.casefile.CaseFile.Audience.COUNSELOR ? "Counselor report" : "Client report";
    }
}
