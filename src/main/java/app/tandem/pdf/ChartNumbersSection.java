package app.tandem.pdf;

import app.tandem.assessment.Measure;
import app.tandem.casefile.CaseFile.Session;
import app.tandem.casefile.PartnerId;
import app.tandem.chart.ChartTable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The numbers behind the charts, the text alternative to them: one row per scored session with
 * each partner's value of every charted measure, read from the charts themselves, and the score
 * anchors each session was given under.
 */
final class ChartNumbersSection extends CounselorSection {

    private final CounselorCharts charts;

    ChartNumbersSection(CounselorContext context, CounselorCharts charts) {
        super(context);
        this.charts = charts;
    }

    @Override
    void write() {
        List<Measure> measures = charts.measures();
        pdf.subheading(t.get("counselor.charts.tableTitle"));
        pdf.paragraph(t.format("counselor.charts.tableIntro", "asOf", t.date(a.asOf())), pdf.muted);
        float[] widths = new float[2 + 2 * measures.size()];
        widths[0] = 1.6f;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1f;
        }
        widths[widths.length - 1] = 1.5f;
        PdfPTable table = pdf.table(widths);
        table.setHeaderRows(2);
        header(table, measures);
        rows(table, measures);
        if (sessions.isEmpty()) {
            PdfPCell empty = pdf.cell(t.get("counselor.charts.empty"), pdf.small);
            empty.setColspan(widths.length);
            table.addCell(empty);
        }
        pdf.add(table);
        List<Integer> versions = sessions.sessions().stream()
                .map(Session::anchorsVersion)
                .distinct()
                .sorted()
                .toList();
        if (versions.size() > 1) {
            pdf.paragraph(
                    t.format(
                            "counselor.charts.anchorsMixed",
                            "versions",
                            versions.stream()
                                    .map(v -> t.format("counselor.charts.anchorsValue", "version", v))
                                    .collect(Collectors.joining(", "))),
                    pdf.muted);
        }
    }

    /** Two header rows: the date, each partner over their measures, the anchors. */
    private void header(PdfPTable table, List<Measure> measures) {
        PdfPCell date = pdf.headerCell(t.get("counselor.charts.dateColumn"));
        date.setRowspan(2);
        date.setVerticalAlignment(Element.ALIGN_BOTTOM);
        table.addCell(date);
        for (PartnerId p : PartnerId.values()) {
            PdfPCell name = pdf.headerCell(partnerColumn(p));
            name.setColspan(measures.size());
            name.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(name);
        }
        PdfPCell anchors = pdf.headerCell(t.get("counselor.charts.anchorsColumn"));
        anchors.setRowspan(2);
        anchors.setVerticalAlignment(Element.ALIGN_BOTTOM);
        anchors.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(anchors);
        for (int k = 0; k < 2; k++) {
            for (Measure m : measures) {
                PdfPCell c = pdf.headerCell(t.get("counselor.charts.short." + m.key()));
                c.setHorizontalAlignment(Element.ALIGN_RIGHT);
                table.addCell(c);
            }
        }
    }

    private void rows(PdfPTable table, List<Measure> measures) {
        Map<Measure, EnumMap<PartnerId, ChartTable>> tables = new EnumMap<>(Measure.class);
        for (Measure m : measures) {
            EnumMap<PartnerId, ChartTable> pair = new EnumMap<>(PartnerId.class);
            for (PartnerId p : PartnerId.values()) {
                pair.put(p, ChartTable.of(charts.get(m, p)));
            }
            tables.put(m, pair);
        }
        for (int i = 0; i < sessions.size(); i++) {
            table.addCell(pdf.lineCell(t.tableDate(sessions.get(i).date()), pdf.small, Element.ALIGN_LEFT));
            for (PartnerId p : PartnerId.values()) {
                for (Measure m : measures) {
                    table.addCell(pdf.lineCell(
                            tables.get(m).get(p).rows().get(i).values().get(0), pdf.small, Element.ALIGN_RIGHT));
                }
            }
            table.addCell(pdf.lineCell(
                    t.format(
                            "counselor.charts.anchorsValue",
                            "version",
                            sessions.get(i).anchorsVersion()),
                    pdf.small,
                    Element.ALIGN_RIGHT));
        }
    }
}
