package app.tandem.pdf;

import app.tandem.assessment.Assessment;
import app.tandem.assessment.AssessmentNarrative.Narrative;
import app.tandem.assessment.ScoredSessions;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.PartnerId;
import app.tandem.casefile.Recommendation;

/**
 * A writer of one section of the counselor's copy. Every section reads the same context (the
 * texts, the request with its assessment and case file, the narrative, the scored sessions)
 * and writes into the same PDF; {@link CounselorReport} calls them in the report's order.
 */
abstract class CounselorSection {

    final ReportTexts t;
    final ReportRequest request;
    final Assessment a;
    final CaseFile file;
    final Narrative narrative;
    final ScoredSessions sessions;
    final ReportPdf pdf;

    CounselorSection(CounselorContext context) {
        this.t = context.texts();
        this.request = context.request();
        this.a = context.request().assessment();
        this.file = context.request().caseFile();
        this.narrative = context.narrative();
        this.sessions = context.sessions();
        this.pdf = context.pdf();
    }

    /** Writes the section. */
    abstract void write();

    String partnerColumn(PartnerId p) {
        return ReportTexts.firstName(file, p) + " (" + p + ")";
    }

    /** The headline of a recommendation; couples therapy already under way is worded as continuing it. */
    String headline(Recommendation r) {
        return t.get("recommendation." + r
                + (r == Recommendation.COUPLES_THERAPY && a.therapyStartedOn() != null
                        ? ".headlineUnderWay"
                        : ".headline"));
    }

    /** The headline of what the counselor decided: an outcome's, or the final recommendation's. */
    String decidedHeadline(DecisionInfo d) {
        return d.outcome() != null
                ? t.get("outcome." + d.outcome() + ".headline")
                : t.get("recommendation." + d.finalRecommendation() + ".headline");
    }

    String decisionSentence(DecisionInfo d) {
        String what = switch (d.type()) {
            case ACCEPT -> t.get("decision.accept");
            case OVERRIDE -> t.format("decision.override", "reason", d.reason());
            case OUTCOME ->
                t.format(
                        "decision.outcome",
                        "outcome",
                        t.get("outcome." + d.outcome() + ".label"),
                        "reason",
                        d.reason());
        };
        return what + " "
                + t.format(
                        "counselor.summary.decisionBy",
                        "by",
                        d.by(),
                        "at",
                        t.dateTime(d.at(), request.practice().zone()));
    }
}
