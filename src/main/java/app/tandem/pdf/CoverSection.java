package app.tandem.pdf;

import app.tandem.casefile.CaseFile;
import app.tandem.casefile.PartnerId;
import org.openpdf.text.Element;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** The cover: practice, counselor, couple, partners, period, rule set and imported records. */
final class CoverSection extends CounselorSection {

    CoverSection(CounselorContext context) {
        super(context);
    }

    @Override
    void write() {
        pdf.add(head());
        PdfPTable grid = new PdfPTable(new float[] {1.05f, 2.7f, 0.95f, 2.3f});
        grid.setWidthPercentage(100f);
        grid.setSpacingAfter(8f);
        who(grid);
        when(grid);
        importedRecords(grid);
        PdfPCell rule = new PdfPCell();
        rule.setColspan(4);
        rule.setBorder(Rectangle.TOP);
        rule.setBorderColor(ReportPdf.LINE);
        rule.setFixedHeight(2f);
        grid.addCell(rule);
        pdf.add(grid);
    }

    private PdfPTable head() {
        PdfPTable head = new PdfPTable(new float[] {3f, 2f});
        head.setWidthPercentage(100f);
        PdfPCell titleCell = pdf.plainCell(t.get("counselor.title"), pdf.title);
        titleCell.setVerticalAlignment(Element.ALIGN_BOTTOM);
        head.addCell(titleCell);
        PdfPCell sub = pdf.plainCell(t.get("counselor.subtitle"), pdf.subtitle);
        sub.setHorizontalAlignment(Element.ALIGN_RIGHT);
        sub.setVerticalAlignment(Element.ALIGN_BOTTOM);
        head.addCell(sub);
        head.setSpacingAfter(6f);
        return head;
    }

    /** Practice, counselor, couple and partners. */
    private void who(PdfPTable grid) {
        String practice = request.practice().name()
                + (request.practice().contact() == null
                                || request.practice().contact().isBlank()
                        ? ""
                        : "\n" + request.practice().contact().strip());
        CaseFile.Counselor counselor = file.couple().counselor();
        pair(grid, "counselor.cover.practice", practice);
        pair(
                grid,
                "counselor.cover.counselor",
                counselor == null ? t.get("counselor.cover.notRecorded") : counselor.name());
        pair(grid, "counselor.cover.couple", file.couple().reference());
        pair(
                grid,
                "counselor.cover.partners",
                t.format("counselor.cover.partner", "partner", "A", "name", ReportTexts.fullName(file, PartnerId.A))
                        + "\n"
                        + t.format(
                                "counselor.cover.partner",
                                "partner",
                                "B",
                                "name",
                                ReportTexts.fullName(file, PartnerId.B)));
    }

    /** The period, when the report was made, and under which rule set. */
    private void when(PdfPTable grid) {
        pair(
                grid,
                "counselor.cover.period",
                a.startDate() == null
                        ? t.format("counselor.cover.noPeriod", "asOf", t.date(a.asOf()))
                        : t.format(
                                "counselor.cover.periodRange",
                                "start",
                                t.date(a.startDate()),
                                "asOf",
                                t.date(a.asOf()),
                                "days",
                                a.daysElapsed()));
        pair(
                grid,
                "counselor.cover.generated",
                t.dateTime(request.generatedAt(), request.practice().zone()));
        pair(
                grid,
                "counselor.cover.ruleSet",
                t.format("counselor.cover.ruleSetValue", "ruleSet", a.ruleSet(), "asOf", t.date(a.asOf())));
    }

    /** How many sessions and reviews came from an imported file (two empty cells when none did). */
    private void importedRecords(PdfPTable grid) {
        long importedSessions =
                file.sessions().stream().filter(x -> x.imported() != null).count();
        long importedReviews =
                file.safetyReviews().stream().filter(x -> x.imported() != null).count();
        if (importedSessions + importedReviews > 0) {
            pair(
                    grid,
                    "imported.report.label",
                    t.format(
                            "imported.report.value",
                            "sessions",
                            importedSessions,
                            "signed",
                            file.sessions().stream()
                                    .filter(x -> x.imported() != null && x.signed())
                                    .count(),
                            "reviews",
                            importedReviews));
        } else {
            grid.addCell(pdf.plainCell("", pdf.small));
            grid.addCell(pdf.plainCell("", pdf.small));
        }
    }

    private void pair(PdfPTable grid, String labelKey, String value) {
        grid.addCell(pdf.plainCell(t.get(labelKey), pdf.muted));
        grid.addCell(pdf.plainCell(value, pdf.body));
    }
}
