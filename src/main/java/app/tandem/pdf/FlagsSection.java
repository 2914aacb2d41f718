package app.tandem.pdf;

import app.tandem.casefile.CaseFile.Flag;
import app.tandem.casefile.CaseFile.Pitfall;
import app.tandem.casefile.CaseFile.Session;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.PdfPTable;

/** Flags and pitfalls by session date, drafts marked. */
final class FlagsSection extends CounselorSection {

    FlagsSection(CounselorContext context) {
        super(context);
    }

    @Override
    void write() {
        pdf.heading(t.get("counselor.flags.title"));
        List<Session> all = new ArrayList<>(file.sessions());
        all.removeIf(s -> s.date().isAfter(a.asOf())
                || (s.flags().isEmpty() && s.pitfalls().isEmpty()));
        all.sort(Comparator.comparing(Session::date));
        if (all.isEmpty()) {
            pdf.paragraph(t.format("counselor.flags.none", "asOf", t.date(a.asOf())), pdf.body);
            return;
        }
        PdfPTable table = pdf.table(1.3f, 2.3f, 2.3f);
        table.setHeaderRows(1);
        table.addCell(pdf.headerCell(t.get("counselor.flags.date")));
        table.addCell(pdf.headerCell(t.get("counselor.flags.flags")));
        table.addCell(pdf.headerCell(t.get("counselor.flags.pitfalls")));
        String dash = t.get("counselor.flags.dash");
        for (Session s : all) {
            String date = t.tableDate(s.date()) + (s.signed() ? "" : "\n" + t.get("counselor.flags.draft"));
            table.addCell(pdf.cell(date, pdf.small));
            List<String> flags = new ArrayList<>();
            boolean safety = false;
            for (Flag f : s.flags()) {
                flags.add(t.get("flags." + f.name() + ".label"));
                safety |= f.isSafety();
            }
            List<String> pitfalls = new ArrayList<>();
            for (Pitfall p : s.pitfalls()) {
                pitfalls.add(t.get("pitfall." + p.name() + ".label"));
            }
            table.addCell(pdf.cell(
                    flags.isEmpty() ? dash : String.join("\n", flags),
                    safety ? new Font(pdf.smallBold.getBaseFont(), 8f, Font.NORMAL, ReportPdf.URGENT) : pdf.small));
            table.addCell(pdf.cell(pitfalls.isEmpty() ? dash : String.join("\n", pitfalls), pdf.small));
        }
        pdf.add(table);
    }
}
