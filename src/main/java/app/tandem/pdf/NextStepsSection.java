package app.tandem.pdf;

import app.tandem.casefile.Recommendation;

/** The next steps of the decision or recommendation that stands, after the concerns. */
final class NextStepsSection extends CounselorSection {

    NextStepsSection(CounselorContext context) {
        super(context);
    }

    @Override
    void write() {
        Recommendation fin = request.finalRecommendation();
        pdf.heading(t.get("counselor.nextSteps.title"));
        if (request.finalOutcome() != null) {
            pdf.paragraph(
                    t.format(
                            "counselor.nextSteps.followDecision",
                            "headline",
                            t.get("outcome." + request.finalOutcome() + ".headline")),
                    pdf.muted);
            pdf.bullets(t.get("outcome." + request.finalOutcome() + ".nextSteps"), pdf.body);
            return;
        }
        if (fin != a.recommendation()) {
            pdf.paragraph(t.format("counselor.nextSteps.followDecision", "headline", headline(fin)), pdf.muted);
        }
        for (String concern : narrative.concerns()) {
            pdf.paragraph(concern, pdf.body);
        }
        if (fin == Recommendation.SAFETY_REFERRAL) {
            new SafetySection(t, pdf, request).nextSteps();
            return;
        }
        String key = fin == Recommendation.COUPLES_THERAPY && a.therapyStartedOn() != null
                ? "nextSteps.COUPLES_THERAPY_UNDER_WAY"
                : "nextSteps." + fin;
        pdf.bullets(t.format(key, "minDataPoints", a.settings().minDataPoints()), pdf.body);
    }
}
