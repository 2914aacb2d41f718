package app.tandem.pdf;

import app.tandem.assessment.Measure;
import app.tandem.assessment.ReliableChange;
import app.tandem.casefile.PartnerId;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** The charts: for each charted measure the two partners' charts side by side, kept together on a page. */
final class ChartsSection extends CounselorSection {

    private static final float CHART_HEIGHT = 150f;
    /** Taller, as its legend has a second line for the band. */
    private static final float COMPOSITE_HEIGHT = 185f;

    private static final float CHART_GAP = 14f;

    private final CounselorCharts charts;

    ChartsSection(CounselorContext context, CounselorCharts charts) {
        super(context);
        this.charts = charts;
    }

    @Override
    void write() {
        double halfWidth = ReliableChange.of(a.settings()).halfWidth();
        pdf.heading(t.get("counselor.charts.title"));
        pdf.paragraph(t.format("counselor.charts.intro", "halfWidth", ReportTexts.two(halfWidth)), pdf.muted);
        float width = (pdf.contentWidth() - CHART_GAP) / 2f;
        for (Measure m : charts.measures()) {
            PdfPTable row = new PdfPTable(new float[] {width, CHART_GAP, width});
            row.setWidthPercentage(100f);
            row.setKeepTogether(true);
            PdfPCell title = pdf.plainCell(
                    t.format(
                            "counselor.charts.rowTitle",
                            "measure",
                            t.get("counselor.charts.measure." + m.key()),
                            "scale",
                            t.get("counselor.charts.yLabel." + m.key())),
                    pdf.subheading);
            title.setColspan(3);
            title.setPaddingTop(6f);
            title.setPaddingBottom(2f);
            row.addCell(title);
            float height = m == Measure.COMPOSITE ? COMPOSITE_HEIGHT : CHART_HEIGHT;
            row.addCell(pdf.chartCell(charts.get(m, PartnerId.A), width, height));
            PdfPCell gap = new PdfPCell();
            gap.setBorder(Rectangle.NO_BORDER);
            row.addCell(gap);
            row.addCell(pdf.chartCell(charts.get(m, PartnerId.B), width, height));
            pdf.ensureSpace(height + 30f);
            pdf.add(row);
        }
    }
}
