package app.tandem.pdf;

import app.tandem.casefile.CaseFile;
import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The partners' own check-ins up to the as-of date, in a small table of their own under the
 * session numbers, so that client-reported points are never read as session scores (decision
 * 0103). Nothing when there are none (files and couples without check-ins look as before).
 */
final class CheckInsSection extends CounselorSection {

    CheckInsSection(CounselorContext context) {
        super(context);
    }

    @Override
    void write() {
        List<CaseFile.CheckIn> checkIns = file.checkIns().stream()
                .filter(k -> !k.date().isAfter(a.asOf()))
                .toList();
        if (checkIns.isEmpty()) {
            return;
        }
        pdf.subheading(t.get("checkIn.report.title"));
        pdf.paragraph(t.get("checkIn.report.intro"), pdf.muted);
        PdfPTable table = pdf.table(1.6f, 2.2f, 1f, 1f, 1f, 1f, 1.6f);
        table.setHeaderRows(1);
        table.addCell(pdf.headerCell(t.get("counselor.charts.dateColumn")));
        table.addCell(pdf.headerCell(t.get("checkIn.report.partnerColumn")));
        for (String m : new String[] {"emotionalSafety", "reciprocalEffort", "clearCommunication", "csi4"}) {
            table.addCell(pdf.numberHeaderCell(t.get("counselor.charts.short." + m)));
        }
        table.addCell(pdf.headerCell(t.get("checkIn.report.safetyColumn")));
        for (CaseFile.CheckIn k : checkIns) {
            table.addCell(pdf.lineCell(t.tableDate(k.date()), pdf.small, Element.ALIGN_LEFT));
            table.addCell(pdf.lineCell(partnerColumn(k.partner()), pdf.small, Element.ALIGN_LEFT));
            for (Integer v : new Integer[] {
                k.scores().emotionalSafety(),
                k.scores().reciprocalEffort(),
                k.scores().clearCommunication(),
                k.scores().csi4()
            }) {
                table.addCell(pdf.lineCell(v == null ? "–" : String.valueOf(v), pdf.small, Element.ALIGN_RIGHT));
            }
            table.addCell(
                    pdf.lineCell(t.get("checkIn.report.safe." + k.feelsSafe().name()), pdf.small, Element.ALIGN_LEFT));
        }
        pdf.add(table);
    }
}
