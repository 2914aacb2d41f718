package app.tandem.pdf;

import app.tandem.assessment.AssessmentSettings;
import app.tandem.assessment.PartnerProgress;
import app.tandem.assessment.ReliableChange;
import app.tandem.casefile.PartnerId;
import java.util.Map;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfPTable;

/** Each partner's figures, then the thresholds and settings used. */
final class FiguresSection extends CounselorSection {

    FiguresSection(CounselorContext context) {
        super(context);
    }

    @Override
    void write() {
        pdf.heading(t.get("counselor.figures.title"));
        PdfPTable table = pdf.table(2.6f, 1.5f, 1.5f);
        table.setHeaderRows(1);
        table.addCell(pdf.headerCell(t.get("counselor.figures.measure")));
        for (PartnerId p : PartnerId.values()) {
            table.addCell(pdf.numberHeaderCell(partnerColumn(p)));
        }
        String none = t.get("counselor.figures.none");
        PartnerProgress pa = a.partners().a();
        PartnerProgress pb = a.partners().b();
        figureRow(table, "dataPoints", String.valueOf(pa.dataPoints()), String.valueOf(pb.dataPoints()));
        figureRow(table, "baseline", num(pa.baseline(), none), num(pb.baseline(), none));
        figureRow(table, "latest", num(pa.latest(), none), num(pb.latest(), none));
        figureRow(
                table,
                "change",
                pa.change() == null ? none : ReportTexts.signed(pa.change()),
                pb.change() == null ? none : ReportTexts.signed(pb.change()));
        figureRow(
                table,
                "rci",
                pa.rci() == null ? none : ReportTexts.two(pa.rci()),
                pb.rci() == null ? none : ReportTexts.two(pb.rci()));
        figureRow(table, "classification", classification(pa), classification(pb));
        figureRow(table, "csi4Latest", num(pa.csi4Latest(), none), num(pb.csi4Latest(), none));
        figureRow(table, "satisfied", yesNo(pa.satisfied()), yesNo(pb.satisfied()));
        figureRow(table, "needsChange", yesNo(pa.needsChange()), yesNo(pb.needsChange()));
        figureRow(table, "adherence", ReportTexts.two(pa.adherence()), ReportTexts.two(pb.adherence()));
        figureRow(table, "assignments", String.valueOf(pa.assignments()), String.valueOf(pb.assignments()));
        pdf.add(table);
        thresholds(a.settings());
    }

    /** The thresholds the figures were judged by, in words, then every setting as it stands. */
    private void thresholds(AssessmentSettings s) {
        pdf.paragraph(
                t.format(
                        "counselor.figures.thresholds",
                        "rciCutoff",
                        ReportTexts.plain(s.rciCutoff()),
                        "wholeChange",
                        ReliableChange.of(s).wholeChange(),
                        "sDiff",
                        ReportTexts.two(s.sDiff()),
                        "sd",
                        ReportTexts.plain(s.sd()),
                        "reliability",
                        ReportTexts.plain(s.reliability()),
                        "adherenceHigh",
                        ReportTexts.two(s.adherenceHigh()),
                        "adherenceLow",
                        ReportTexts.two(s.adherenceLow()),
                        "reviewWindowDays",
                        s.reviewWindowDays(),
                        "coupleAdherence",
                        ReportTexts.two(a.coupleAdherence()),
                        "csiCutoff",
                        ReportTexts.plain(s.csiCutoff()),
                        "functionalComposite",
                        s.functionalComposite()),
                pdf.muted);
        StringBuilder settings = new StringBuilder(t.get("counselor.figures.settingsTitle")).append(": ");
        boolean first = true;
        for (Map.Entry<String, Object> e : s.asMap().entrySet()) {
            if (!first) {
                settings.append(" · ");
            }
            first = false;
            Object v = e.getValue();
            settings.append(e.getKey())
                    .append(' ')
                    .append(v instanceof Double d ? ReportTexts.plain(d) : String.valueOf(v));
        }
        pdf.paragraph(settings.toString(), pdf.muted);
    }

    private void figureRow(PdfPTable table, String key, String valueA, String valueB) {
        table.addCell(pdf.lineCell(t.get("counselor.figures." + key), pdf.small, Element.ALIGN_LEFT));
        table.addCell(pdf.lineCell(valueA, pdf.small, Element.ALIGN_RIGHT));
        table.addCell(pdf.lineCell(valueB, pdf.small, Element.ALIGN_RIGHT));
    }

    private String classification(PartnerProgress p) {
        return p.classification() == null
                ? t.get("counselor.figures.none")
                : t.get("counselor.classification." + p.classification());
    }

    private String yesNo(boolean value) {
        return t.get(value ? "counselor.figures.yes" : "counselor.figures.no");
    }

    private static String num(Integer value, String none) {
        return value == null ? none : value.toString();
    }
}
