package app.tandem.report.render;

import app.tandem.assessment.Assessment;
import app.tandem.assessment.StepAdherence;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Session;
import app.tandem.casefile.PartnerId;
import app.tandem.chart.ChartTable;
import app.tandem.chart.SeriesStyle;
import app.tandem.chart.TrendChart;
import app.tandem.report.render.ScoreHistory.Measure;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The client version, for both partners in warm, plain words: their progress side by side,
 * the homework they did, and the final recommendation. It reads only scores, homework titles
 * and completion, names and the final recommendation from the request: never flags, notes,
 * private notes, amendments, rule names or reliable-change figures, so none can leak.
 */
final class ClientReport {

    private static final float CHART_HEIGHT = 200f;

    private final ReportTexts t;
    private final ReportRequest request;
    private final Assessment a;
    private final CaseFile file;
    private final ScoreHistory history;
    private final String nameA;
    private final String nameB;
    private ReportPdf pdf;

    ClientReport(ReportTexts texts, ReportRequest request) {
        this.t = texts;
        this.request = request;
        this.a = request.assessment();
        this.file = request.caseFile();
        this.history = ScoreHistory.of(file, a.asOf());
        this.nameA = ReportTexts.firstName(file, PartnerId.A);
        this.nameB = ReportTexts.firstName(file, PartnerId.B);
    }

    byte[] render() {
        String practice = request.practice().name();
        pdf = new ReportPdf(request.practice().pageSize(),
                t.format("client.footer", "partnerA", nameA, "partnerB", nameB, "practice", practice), t.get("pdf.page"),
                new ReportPdf.Metadata(t.format("pdf.metadata.clientTitle", "partnerA", nameA, "partnerB", nameB),
                        practice, t.format("pdf.metadata.clientSubject", "asOf", t.date(a.asOf()))));
        header();
        progress();
        homework();
        next();
        return pdf.finish();
    }

    private String counselorName() {
        CaseFile.Counselor c = file.couple().counselor();
        return c == null || c.name() == null ? request.practice().name() : c.name();
    }

    private void header() {
        pdf.add(pdf.para(t.get("client.title"), pdf.title, 24f));
        Paragraph forWhom = pdf.para(t.format("client.preparedFor", "partnerA", nameA, "partnerB", nameB),
                pdf.subtitle);
        forWhom.setSpacingBefore(2f);
        pdf.add(forWhom);
        Paragraph by = pdf.para(t.format("client.preparedBy", "counselor", counselorName(),
                "practice", request.practice().name(),
                "date", t.date(request.generatedAt().atZone(request.practice().zone()).toLocalDate())), pdf.muted);
        by.setSpacingAfter(14f);
        pdf.add(by);
        pdf.paragraph(t.format("client.greeting", "partnerA", nameA, "partnerB", nameB), pdf.body);
        pdf.paragraph(t.get("client.intro"), pdf.body);
    }

    private void progress() {
        pdf.heading(t.get("client.progressTitle"));
        pdf.paragraph(t.get("client.progressIntro"), pdf.body);

        PdfPTable table = pdf.table(3.2f, 1f, 1f, 1f, 1f);
        table.setHeaderRows(2);
        table.setKeepTogether(true);
        PdfPCell corner = pdf.headerCell("");
        corner.setRowspan(2);
        table.addCell(corner);
        for (String name : new String[] {nameA, nameB}) {
            PdfPCell c = pdf.headerCell(name);
            c.setColspan(2);
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(c);
        }
        for (int k = 0; k < 2; k++) {
            for (String key : new String[] {"client.start", "client.now"}) {
                PdfPCell c = pdf.headerCell(t.get(key));
                c.setHorizontalAlignment(Element.ALIGN_RIGHT);
                table.addCell(c);
            }
        }
        int[] first = {history.baselineIndex(PartnerId.A), history.baselineIndex(PartnerId.B)};
        int[] last = {history.latestIndex(PartnerId.A), history.latestIndex(PartnerId.B)};
        for (Measure m : List.of(Measure.EMOTIONAL_SAFETY, Measure.RECIPROCAL_EFFORT, Measure.CLEAR_COMMUNICATION,
                Measure.COMPOSITE)) {
            boolean total = m == Measure.COMPOSITE;
            table.addCell(pdf.cell(t.get("client.metric." + m.key), total ? pdf.smallBold : pdf.small));
            for (PartnerId p : PartnerId.values()) {
                int i = p.ordinal();
                table.addCell(pdf.numberCell(first[i] < 0 ? t.get("client.notYetScored")
                        : String.valueOf(history.value(first[i], p, m)), total ? pdf.smallBold : pdf.small));
                table.addCell(pdf.numberCell(last[i] < 0 ? t.get("client.notYetScored")
                        : String.valueOf(history.value(last[i], p, m)), total ? pdf.smallBold : pdf.small));
            }
        }
        pdf.add(table);

        TrendChart chart = compositeChart();
        pdf.ensureSpace(CHART_HEIGHT + 20f);
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100f);
        box.setSpacingBefore(6f);
        box.addCell(pdf.chartCell(chart, pdf.contentWidth(), CHART_HEIGHT));
        pdf.add(box);

        if (history.size() > 0) {
            pdf.paragraph(t.get("client.chart.tableIntro"), pdf.muted);
            ChartTable numbers = ChartTable.of(chart);
            PdfPTable values = pdf.table(2f, 1f, 1f);
            values.setHeaderRows(1);
            values.addCell(pdf.headerCell(numbers.header().get(0)));
            for (int i = 1; i < numbers.header().size(); i++) {
                PdfPCell c = pdf.headerCell(numbers.header().get(i));
                c.setHorizontalAlignment(Element.ALIGN_RIGHT);
                values.addCell(c);
            }
            for (int i = 0; i < numbers.rows().size(); i++) {
                ChartTable.Row row = numbers.rows().get(i);
                values.addCell(pdf.lineCell(t.date(row.date()), pdf.small, Element.ALIGN_LEFT));
                for (String v : row.values()) {
                    values.addCell(pdf.lineCell(v, pdf.small, Element.ALIGN_RIGHT));
                }
            }
            pdf.add(values);
        }
    }

    private TrendChart compositeChart() {
        TrendChart.Builder b = TrendChart.builder(t.get("client.chart.title"), 0, Measure.COMPOSITE.max)
                .description(t.get("client.chart.title"))
                .yLabel(t.get("client.chart.yLabel"))
                .xLabel(t.get("client.chart.xLabel"))
                .emptyMessage(t.get("client.chart.empty"))
                .series(nameA, SeriesStyle.PARTNER_A)
                .series(nameB, SeriesStyle.PARTNER_B);
        for (int i = 0; i < history.size(); i++) {
            Session s = history.sessions().get(i);
            b.point(s.date(), t.shortDate(s.date()), history.value(i, PartnerId.A, Measure.COMPOSITE),
                    history.value(i, PartnerId.B, Measure.COMPOSITE));
        }
        return b.build();
    }

    private void homework() {
        pdf.heading(t.get("client.homeworkTitle"));
        pdf.paragraph(t.get("client.homeworkIntro"), pdf.body);
        Map<String, StepAdherence[]> steps = CounselorReport.stepsInOrder(a.stepAdherence());
        pdf.paragraph(t.format("client.homeworkWindow", "weeks", a.settings().reviewWindowDays() / 7,
                "asOf", t.date(a.asOf())), pdf.muted);
        if (steps.isEmpty()) {
            pdf.paragraph(t.get("client.homeworkNone"), pdf.body);
            return;
        }
        PdfPTable table = pdf.table(3f, 1.2f, 1.2f);
        table.setHeaderRows(1);
        table.addCell(pdf.headerCell(t.get("client.homeworkStep")));
        for (String name : new String[] {nameA, nameB}) {
            PdfPCell c = pdf.headerCell(name);
            c.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(c);
        }
        for (StepAdherence[] pair : steps.values()) {
            StepAdherence any = pair[0] != null ? pair[0] : pair[1];
            table.addCell(pdf.cell(any.title(), pdf.small));
            for (StepAdherence s : pair) {
                table.addCell(pdf.numberCell(s == null || s.assignments() == 0 ? t.get("client.homeworkNotForYou")
                        : t.format("client.homeworkCell", "done", ReportTexts.halves(s.halves()),
                                "count", s.assignments()), pdf.small));
            }
        }
        pdf.add(table);
    }

    private void next() {
        pdf.heading(t.get("client.nextTitle"));
        pdf.paragraph(request.finalOutcome() != null ? t.get("client.outcome." + request.finalOutcome())
                : t.get("client.recommendation." + request.finalRecommendation()), pdf.body);
        pdf.paragraph(t.get("client.closing"), pdf.body);
        Paragraph signature = pdf.para(t.format("client.signature", "counselor", counselorName()), pdf.bodyBold);
        signature.setSpacingBefore(8f);
        pdf.add(signature);
        pdf.paragraph(request.practice().name(), pdf.muted);
    }
}
