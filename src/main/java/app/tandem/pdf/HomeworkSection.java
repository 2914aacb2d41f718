package app.tandem.pdf;

import app.tandem.assessment.PartnerProgress;
import app.tandem.assessment.StepAdherence;
import app.tandem.casefile.PartnerId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openpdf.text.pdf.PdfPTable;

/** Homework adherence per step and partner in the review window, and in total. */
final class HomeworkSection extends CounselorSection {

    HomeworkSection(CounselorContext context) {
        super(context);
    }

    @Override
    void write() {
        pdf.heading(t.get("counselor.homework.title"));
        pdf.paragraph(
                t.format(
                        "counselor.homework.intro",
                        "from",
                        t.date(a.asOf().minusDays(a.settings().reviewWindowDays() - 1L)),
                        "asOf",
                        t.date(a.asOf()),
                        "days",
                        a.settings().reviewWindowDays()),
                pdf.muted);
        Map<String, StepAdherence[]> steps = stepsInOrder(a.stepAdherence());
        if (steps.isEmpty()) {
            pdf.paragraph(t.get("counselor.homework.none"), pdf.body);
            return;
        }
        PdfPTable table = pdf.table(2.6f, 1.5f, 1.5f);
        table.setHeaderRows(1);
        table.addCell(pdf.headerCell(t.get("counselor.homework.step")));
        table.addCell(pdf.numberHeaderCell(partnerColumn(PartnerId.A)));
        table.addCell(pdf.numberHeaderCell(partnerColumn(PartnerId.B)));
        for (StepAdherence[] pair : steps.values()) {
            StepAdherence any = pair[0] != null ? pair[0] : pair[1];
            table.addCell(pdf.cell(any.title(), pdf.small));
            for (StepAdherence s : pair) {
                table.addCell(pdf.numberCell(
                        s == null || s.assignments() == 0
                                ? t.get("counselor.homework.notAssigned")
                                : adherenceCell(s.halves(), s.assignments()),
                        pdf.small));
            }
        }
        table.addCell(pdf.cell(t.get("counselor.homework.total"), pdf.smallBold));
        for (PartnerId p : PartnerId.values()) {
            PartnerProgress f = a.partners().get(p);
            table.addCell(pdf.numberCell(
                    f.assignments() == 0
                            ? t.get("counselor.homework.notAssigned")
                            : adherenceCell(f.halves(), f.assignments()),
                    pdf.smallBold));
        }
        pdf.add(table);
    }

    private String adherenceCell(int halves, int count) {
        return t.format(
                "counselor.homework.cell",
                "done",
                ReportTexts.halves(halves),
                "count",
                count,
                "percent",
                ReportTexts.percent(halves, count));
    }

    /** Adherence by step key, steps in the engine's order, partner A first. */
    static Map<String, StepAdherence[]> stepsInOrder(List<StepAdherence> list) {
        Map<String, StepAdherence[]> steps = new LinkedHashMap<>();
        for (StepAdherence s : list) {
            steps.computeIfAbsent(s.stepKey(), k -> new StepAdherence[2])[
                    s.partner().ordinal()] = s;
        }
        return steps;
    }
}
