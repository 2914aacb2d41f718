package app.tandem.pdf;

import app.tandem.casefile.CaseFile;
import org.openpdf.text.pdf.PdfPTable;

/** The assessment beside the counselor's decision, then the earlier reports' decisions. */
final class DecisionSection extends CounselorSection {

    DecisionSection(CounselorContext context) {
        super(context);
    }

    @Override
    void write() {
        pdf.heading(t.get("counselor.decision.title"));
        pdf.paragraph(
                t.format(
                        "counselor.decision.assessment",
                        "headline",
                        narrative.headline(),
                        "rule",
                        a.decisiveRule(),
                        "ruleSet",
                        a.ruleSet(),
                        "asOf",
                        t.date(a.asOf())),
                pdf.body);
        DecisionInfo d = request.decision();
        if (d == null) {
            pdf.paragraph(t.get("counselor.decision.none"), pdf.body);
        } else {
            pdf.paragraph(
                    t.format("counselor.summary.decision", "headline", decidedHeadline(d)) + " " + decisionSentence(d),
                    pdf.body);
        }
        pdf.subheading(t.get("counselor.decision.earlierTitle"));
        if (request.earlierDecisions().isEmpty()) {
            pdf.paragraph(t.get("counselor.decision.earlierNone"), pdf.body);
            return;
        }
        earlierDecisions();
    }

    /** One row per earlier report: when, for whom, what the rules said and what was decided. */
    private void earlierDecisions() {
        PdfPTable table = pdf.table(1.3f, 1.0f, 1.55f, 1.45f, 1.1f, 1.5f, 2.5f);
        table.setHeaderRows(1);
        for (String key :
                new String[] {"generated", "audience", "ruleSet", "recommendation", "decision", "final", "reason"}) {
            table.addCell(pdf.headerCell(t.get("counselor.decision." + key)));
        }
        String dash = t.get("counselor.flags.dash");
        for (CaseFile.Report r : request.earlierDecisions()) {
            table.addCell(pdf.cell(
                    t.tableDate(
                            r.generatedAt().atZone(request.practice().zone()).toLocalDate()),
                    pdf.small));
            table.addCell(pdf.cell(t.get("counselor.decision.audienceName." + r.audience()), pdf.small));
            table.addCell(pdf.cell(r.ruleSet() == null ? dash : r.ruleSet(), pdf.small));
            table.addCell(pdf.cell(
                    r.recommendation() == null ? dash : t.get("recommendation." + r.recommendation() + ".headline"),
                    pdf.small));
            decisionCells(table, r.decision(), dash);
        }
        pdf.add(table);
    }

    /** The decision's type, final recommendation or outcome, and reason with who decided; dashes while pending. */
    private void decisionCells(PdfPTable table, CaseFile.Decision rd, String dash) {
        if (rd == null) {
            table.addCell(pdf.cell(t.get("counselor.decision.pending"), pdf.small));
            table.addCell(pdf.cell(dash, pdf.small));
            table.addCell(pdf.cell(dash, pdf.small));
        } else {
            table.addCell(pdf.cell(t.get("counselor.decision.type." + rd.type()), pdf.small));
            table.addCell(pdf.cell(
                    rd.outcome() != null
                            ? t.get("outcome." + rd.outcome() + ".headline")
                            : rd.finalRecommendation() == null
                                    ? dash
                                    : t.get("recommendation." + rd.finalRecommendation() + ".headline"),
                    pdf.small));
            String by = rd.by() == null ? "" : " (" + rd.by() + ")";
            table.addCell(
                    pdf.cell((rd.reason() == null || rd.reason().isBlank() ? dash : rd.reason()) + by, pdf.small));
        }
    }
}
