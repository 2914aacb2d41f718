package app.tandem.demo;

import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.DecisionType;
import app.tandem.casefile.Recommendation;
import app.tandem.couple.CoupleService;
import app.tandem.report.ReportService;
import java.time.LocalDate;

/**
 * The demo practice's report history, both audiences: accepted twice over time, overridden once,
 * accepted on a safety referral (no client report), and an escalation reported without a decision
 * yet; and the thriving couple's work ended by agreement after its report.
 */
final class DemoReportHistory {

    private final ReportService reports;
    private final CoupleService couples;

    DemoReportHistory(ReportService reports, CoupleService couples) {
        this.reports = reports;
        this.couples = couples;
    }

    void write(DemoCouples c) {
        LocalDate today = c.today();
        report(c, "on-track", today.minusDays(23), DecisionType.ACCEPT);
        report(c, "on-track", today.minusDays(2), DecisionType.ACCEPT);
        report(c, "continue-engagement", today.minusDays(23), DecisionType.OVERRIDE);
        report(c, "diverging", today.minusDays(3), DecisionType.ACCEPT);
        report(c, "safety-referral", today.minusDays(3), DecisionType.ACCEPT);
        report(c, "thriving", today.minusDays(19), DecisionType.ACCEPT);
        report(c, "couples-therapy", today.minusDays(16), DecisionType.ACCEPT);
        report(c, "couples-therapy", today.minusDays(2), null);
        // The thriving couple's work ended by agreement a week after that report.
        long thriving = c.couple("thriving").couple.getId();
        c.actAsOwner(
                "thriving",
                today.minusDays(12),
                10,
                0,
                () -> couples.changeStatus(
                        thriving,
                        couples.require(thriving).getVersion(),
                        new CoupleService.StatusChange(
                                CaseFile.CoupleStatus.CLOSED,
                                "Goals met; ended by agreement",
                                "Both partners keep a weekly connection appointment and raise worries early, without it turning into "
                                        + "an argument. Ended by agreement after their final review; they know they can come back.",
                                null,
                                null,
                                null)));
    }

    /** A report on {@code day} evening as the couple's counselor; {@code decision} null: a counselor report without a decision. */
    private void report(DemoCouples c, String name, LocalDate day, DecisionType decision) {
        long coupleId = c.couple(name).couple.getId();
        c.actAsOwner(name, day, 20, 0, () -> {
            if (decision == null) {
                reports.generateCounselorReport(coupleId);
            } else if (decision == DecisionType.ACCEPT) {
                reports.generate(coupleId, new ReportService.DecisionRequest(DecisionType.ACCEPT, null, null));
            } else {
                Recommendation recommended = reports.currentAssessment(coupleId).recommendation();
                Recommendation other = recommended == Recommendation.COUPLES_THERAPY
                        ? Recommendation.CONTINUE
                        : Recommendation.COUPLES_THERAPY;
                reports.generate(
                        coupleId,
                        new ReportService.DecisionRequest(
                                DecisionType.OVERRIDE,
                                other,
                                "Both partners asked for more structured support between sessions; reviewed with the supervisor."));
            }
        });
    }
}
