package app.tandem.pdf;

import app.tandem.assessment.Measure;
import app.tandem.casefile.PartnerId;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.PdfPTable;

/** The partner gap: each partner's latest data point side by side, and the difference. */
final class GapSection extends CounselorSection {

    GapSection(CounselorContext context) {
        super(context);
    }

    @Override
    void write() {
        pdf.heading(t.get("counselor.gap.title"));
        int ia = sessions.latestIndex(PartnerId.A, Measure.COMPOSITE);
        int ib = sessions.latestIndex(PartnerId.B, Measure.COMPOSITE);
        if (ia < 0 || ib < 0) {
            pdf.paragraph(t.get("counselor.gap.none"), pdf.body);
            return;
        }
        pdf.paragraph(t.get("counselor.gap.intro"), pdf.muted);
        PdfPTable table = pdf.table(2.6f, 1.2f, 1.2f, 1.2f);
        table.addCell(pdf.headerCell(t.get("counselor.gap.measure")));
        table.addCell(pdf.numberHeaderCell(
                partnerColumn(PartnerId.A) + "\n" + t.tableDate(sessions.get(ia).date())));
        table.addCell(pdf.numberHeaderCell(
                partnerColumn(PartnerId.B) + "\n" + t.tableDate(sessions.get(ib).date())));
        table.addCell(pdf.numberHeaderCell(t.get("counselor.gap.gap")));
        for (Measure m : Measure.CORE) {
            Integer va = sessions.value(ia, PartnerId.A, m);
            Integer vb = sessions.value(ib, PartnerId.B, m);
            Font font = m == Measure.COMPOSITE ? pdf.smallBold : pdf.small;
            table.addCell(pdf.lineCell(
                    t.get("counselor.charts.measure." + m.key()) + " (" + t.get("counselor.charts.yLabel." + m.key())
                            + ")",
                    font,
                    Element.ALIGN_LEFT));
            table.addCell(pdf.lineCell(String.valueOf(va), pdf.small, Element.ALIGN_RIGHT));
            table.addCell(pdf.lineCell(String.valueOf(vb), pdf.small, Element.ALIGN_RIGHT));
            table.addCell(pdf.lineCell(ReportTexts.signed(va - vb), font, Element.ALIGN_RIGHT));
        }
        pdf.add(table);
    }
}
