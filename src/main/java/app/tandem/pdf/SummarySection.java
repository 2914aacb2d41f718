package app.tandem.pdf;

import app.tandem.casefile.Recommendation;
import java.util.Locale;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** The summary box: the recommendation with its reasons in one sentence, warnings, and the decision taken. */
final class SummarySection extends CounselorSection {

    SummarySection(CounselorContext context) {
        super(context);
    }

    @Override
    void write() {
        boolean urgent = a.urgent();
        PdfPCell box = new PdfPCell();
        box.setBorder(Rectangle.LEFT);
        box.setBorderWidthLeft(4f);
        box.setBorderColorLeft(
                urgent || a.recommendation() == Recommendation.SAFETY_REFERRAL ? ReportPdf.URGENT : ReportPdf.ACCENT);
        box.setBackgroundColor(urgent ? ReportPdf.URGENT_FILL : ReportPdf.BOX_FILL);
        box.setPadding(10f);
        box.setPaddingTop(6f);

        box.addElement(pdf.para(t.get("counselor.summary.label").toUpperCase(Locale.ROOT), pdf.muted));
        if (urgent) {
            Paragraph u = pdf.para(t.get("counselor.summary.urgentLabel"), pdf.urgent);
            u.setSpacingBefore(2f);
            box.addElement(u);
        }
        Paragraph headline = pdf.para(headline(a.recommendation()), pdf.headline, pdf.headline.getSize() * 1.3f);
        headline.setSpacingBefore(2f);
        headline.setSpacingAfter(3f);
        box.addElement(headline);
        box.addElement(leading(narrative.summary(), pdf.body));
        if (urgent) {
            box.addElement(leading(t.get("urgent"), pdf.urgent));
        }
        for (String warning : narrative.warnings()) {
            Paragraph w = pdf.para(t.get("counselor.summary.warningLabel") + " ", pdf.urgent);
            w.add(new Phrase(warning, pdf.urgent));
            w.setSpacingBefore(3f);
            box.addElement(w);
        }
        DecisionInfo d = request.decision();
        Paragraph decision;
        if (d == null) {
            decision = leading(t.get("counselor.summary.noDecision"), pdf.muted);
        } else {
            decision = leading(t.format("counselor.summary.decision", "headline", decidedHeadline(d)), pdf.bodyBold);
            decision.add(new Phrase(" " + decisionSentence(d), pdf.body));
        }
        decision.setSpacingBefore(5f);
        box.addElement(decision);
        if (a.recommendation() == Recommendation.SAFETY_REFERRAL) {
            Paragraph none = leading(t.get("counselor.summary.noClientReport"), pdf.body);
            none.setSpacingBefore(3f);
            box.addElement(none);
        }
        PdfPTable wrapper = new PdfPTable(1);
        wrapper.setWidthPercentage(100f);
        wrapper.setSpacingBefore(4f);
        wrapper.setSpacingAfter(4f);
        wrapper.addCell(box);
        pdf.add(wrapper);
    }

    private Paragraph leading(String text, Font font) {
        Paragraph p = pdf.para(text.strip(), font);
        p.setSpacingAfter(2f);
        return p;
    }
}
