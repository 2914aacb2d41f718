package app.tandem.pdf;

import app.tandem.assessment.Rule;

/** The reasoning: the decisive rule, the others matched and not, what would change it, sessions left out. */
final class ReasoningSection extends CounselorSection {

    ReasoningSection(CounselorContext context) {
        super(context);
    }

    @Override
    void write() {
        pdf.heading(t.get("counselor.reasoning.title"));
        pdf.subheading(t.get("counselor.reasoning.decisive"));
        pdf.paragraph(narrative.decisive(), pdf.body);
        if (!narrative.matched().isEmpty()) {
            pdf.subheading(t.get(
                    a.decisiveRule() == Rule.R0 ? "counselor.reasoning.alsoObserved" : "counselor.reasoning.matched"));
            pdf.bulletList(narrative.matched(), pdf.body);
        }
        pdf.subheading(t.get("counselor.reasoning.notMatched"));
        pdf.bulletList(narrative.notMatched(), pdf.body);
        pdf.subheading(t.get("counselor.reasoning.whatWouldChange"));
        if (narrative.whatWouldChange().isEmpty()) {
            pdf.paragraph(t.get("counselor.reasoning.noLevers"), pdf.body);
        } else {
            pdf.bulletList(narrative.whatWouldChange(), pdf.body);
        }
        pdf.paragraph(
                t.format(
                        "counselor.reasoning.sessionsIgnored",
                        "unsigned",
                        a.sessionsIgnored().unsigned(),
                        "afterAsOf",
                        a.sessionsIgnored().afterAsOf(),
                        "asOf",
                        t.date(a.asOf())),
                pdf.muted);
    }
}
