package app.tandem.pdf;

import app.tandem.assessment.Assessment;
import app.tandem.assessment.Concern;
import app.tandem.assessment.Measure;
import app.tandem.assessment.ReliableChange;
import app.tandem.assessment.ScoredSessions;
import app.tandem.assessment.StepAdherence;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.SafetyOutcome;
import app.tandem.casefile.CaseFile.SafetyReview;
import app.tandem.casefile.CaseFile.Session;
import app.tandem.casefile.PartnerId;
import app.tandem.casefile.Recommendation;
import app.tandem.chart.ChartTable;
import app.tandem.chart.ProgressCharts;
import app.tandem.chart.TrendChart;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The client version, read by both partners, one of whom may be abusive: it leads with the
 * couple's shared trend, describes each partner's change in words rather than as competing
 * numbers, never shows a partner's own scores (emotional safety included), and draws only on
 * joint sessions, so an individual contact never appears, not even as a date. It reads only
 * scores of joint sessions, homework titles and completion, first names and the final
 * recommendation: never flags, notes, private notes, amendments, rule names or reliable-change
 * figures, so none can leak. After a cleared safety flag the shared trend starts after the
 * clearing review.
 */
final class ClientReport {

    private static final float CHART_HEIGHT = 190f;
    private static final List<Measure> METRICS = List.of(
            Measure.EMOTIONAL_SAFETY, Measure.RECIPROCAL_EFFORT, Measure.CLEAR_COMMUNICATION, Measure.COMPOSITE);

    private final ReportTexts t;
    private final ReportRequest request;
    private final Assessment a;
    private final CaseFile file;
    private final ScoredSessions joint;
    private final String nameA;
    private final String nameB;
    /** Which change of a partner's total counts as clear (reliable). */
    private final ReliableChange reliable;

    private ReportPdf pdf;

    ClientReport(ReportTexts texts, ReportRequest request) {
        this.t = texts;
        this.request = request;
        this.a = request.assessment();
        this.file = request.caseFile();
        this.joint = ScoredSessions.of(file, a.asOf()).joint(clearedOn(file, a.asOf()));
        this.nameA = ReportTexts.firstName(file, PartnerId.A);
        this.nameB = ReportTexts.firstName(file, PartnerId.B);
        this.reliable = ReliableChange.of(a.settings());
    }

    /**
     * After a safety flag that a signed review later cleared, the shared trend starts after that
     * review: the sessions around a disclosure stay out of what both partners read (review 1.23).
     * Null when there is no such review. {@link ClientCaseFile} applies it to every client request
     * (and leaves out the reviews themselves); the renderer applies it again for a file given whole.
     */
    static LocalDate clearedOn(CaseFile file, LocalDate asOf) {
        LocalDate cleared = null;
        for (SafetyReview r : file.safetyReviews()) {
            if (r.signed()
                    && r.outcome() == SafetyOutcome.CONJOINT_WORK_SAFE
                    && !r.date().isAfter(asOf)
                    && (cleared == null || r.date().isAfter(cleared))) {
                cleared = r.date();
            }
        }
        if (cleared == null) {
            return null;
        }
        for (Session s : file.sessions()) {
            if (s.hasSafetyFlag() && !s.date().isAfter(cleared)) {
                return cleared;
            }
        }
        return null;
    }

    byte[] render() {
        String practice = request.practice().name();
        pdf = new ReportPdf(
                request.practice().pageSize(),
                t.format("client.footer", "partnerA", nameA, "partnerB", nameB, "practice", practice),
                t.get("pdf.page"),
                new ReportPdf.Metadata(
                        t.format("pdf.metadata.clientTitle", "partnerA", nameA, "partnerB", nameB),
                        practice,
                        t.format("pdf.metadata.clientSubject", "asOf", t.date(a.asOf()))));
        header();
        together();
        eachOfYou();
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
        Paragraph forWhom =
                pdf.para(t.format("client.preparedFor", "partnerA", nameA, "partnerB", nameB), pdf.subtitle);
        forWhom.setSpacingBefore(2f);
        pdf.add(forWhom);
        Paragraph by = pdf.para(
                t.format(
                        "client.preparedBy",
                        "counselor",
                        counselorName(),
                        "practice",
                        request.practice().name(),
                        "date",
                        t.date(request.generatedAt()
                                .atZone(request.practice().zone())
                                .toLocalDate())),
                pdf.muted);
        by.setSpacingAfter(14f);
        pdf.add(by);
        pdf.paragraph(t.format("client.greeting", "partnerA", nameA, "partnerB", nameB), pdf.body);
        pdf.paragraph(t.get("client.intro"), pdf.body);
    }

    // ---- the couple's shared trend -----------------------------------------------------------

    private void together() {
        pdf.heading(t.get("client.progressTitle"));
        pdf.paragraph(t.format("client.progressIntro", "clearChange", reliable.wholeChange()), pdf.body);
        pdf.paragraph(t.get("client.jointOnly"), pdf.muted);

        TrendChart chart = togetherChart();
        pdf.ensureSpace(CHART_HEIGHT + 20f);
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100f);
        box.setSpacingBefore(6f);
        box.addCell(pdf.chartCell(chart, pdf.contentWidth(), CHART_HEIGHT));
        pdf.add(box);
        if (joint.isEmpty()) {
            return;
        }
        pdf.paragraph(t.get("client.chart.tableIntro"), pdf.muted);
        ChartTable numbers = ChartTable.of(chart, ClientReport::oneDecimal, t.get("client.chart.missing"));
        PdfPTable values = pdf.table(2f, 1f);
        values.setHeaderRows(1);
        values.addCell(pdf.headerCell(t.get("client.chart.dateColumn")));
        values.addCell(pdf.numberHeaderCell(t.get("client.chart.valueColumn")));
        for (ChartTable.Row row : numbers.rows()) {
            values.addCell(pdf.lineCell(t.date(row.date()), pdf.small, Element.ALIGN_LEFT));
            values.addCell(pdf.lineCell(row.values().get(0), pdf.small, Element.ALIGN_RIGHT));
        }
        pdf.add(values);
        metricsTogether();
    }

    private TrendChart togetherChart() {
        ProgressCharts.Words words = new ProgressCharts.Words(
                t.get("client.chart.title"),
                t.get("client.chart.title"),
                t.get("client.chart.xLabel"),
                t.get("client.chart.yLabel"),
                t.get("client.chart.empty"),
                t::shortDate);
        return ProgressCharts.together(joint, Measure.COMPOSITE, words, t.get("client.chart.series"));
    }

    /** Each metric for the two of them together, at the first and the latest joint session where both were scored. */
    private void metricsTogether() {
        int first = -1;
        int last = -1;
        for (int i = 0; i < joint.size(); i++) {
            if (joint.together(i, Measure.COMPOSITE) != null) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return;
        }
        pdf.subheading(t.get("client.togetherTitle"));
        PdfPTable table = pdf.table(2.8f, 1.4f, 1.4f);
        table.setHeaderRows(1);
        table.addCell(pdf.headerCell(""));
        table.addCell(pdf.numberHeaderCell(
                t.format("client.start", "date", t.shortDate(joint.get(first).date()))));
        table.addCell(pdf.numberHeaderCell(
                t.format("client.now", "date", t.shortDate(joint.get(last).date()))));
        for (Measure m : METRICS) {
            boolean total = m == Measure.COMPOSITE;
            table.addCell(pdf.cell(t.get("client.metric." + m.key()), total ? pdf.smallBold : pdf.small));
            table.addCell(pdf.numberCell(oneDecimal(joint.together(first, m)), total ? pdf.smallBold : pdf.small));
            table.addCell(pdf.numberCell(oneDecimal(joint.together(last, m)), total ? pdf.smallBold : pdf.small));
        }
        pdf.add(table);
    }

    // ---- each partner in words ---------------------------------------------------------------

    private void eachOfYou() {
        pdf.heading(t.get("client.eachTitle"));
        pdf.paragraph(t.get("client.eachIntro"), pdf.body);
        pdf.paragraph(t.format("client.change." + change(PartnerId.A), "name", nameA), pdf.body);
        pdf.paragraph(t.format("client.change." + change(PartnerId.B), "name", nameB), pdf.body);
    }

    /** How a partner's total moved between their first and latest joint session, as the words' key. */
    private String change(PartnerId p) {
        int first = joint.firstIndex(p, Measure.COMPOSITE);
        int last = joint.latestIndex(p, Measure.COMPOSITE);
        if (first < 0 || first == last) {
            return "notYet";
        }
        int change = joint.value(last, p, Measure.COMPOSITE) - joint.value(first, p, Measure.COMPOSITE);
        return switch (reliable.classify(change)) {
            case IMPROVED -> "better";
            case DETERIORATED -> "harder";
            case UNCHANGED -> "same";
        };
    }

    // ---- homework, for the couple ------------------------------------------------------------

    private void homework() {
        pdf.heading(t.get("client.homeworkTitle"));
        pdf.paragraph(t.get("client.homeworkIntro"), pdf.body);
        Map<String, StepAdherence[]> steps = HomeworkSection.stepsInOrder(a.stepAdherence());
        pdf.paragraph(
                t.format(
                        "client.homeworkWindow",
                        "weeks",
                        a.settings().reviewWindowDays() / 7,
                        "asOf",
                        t.date(a.asOf())),
                pdf.muted);
        if (steps.isEmpty()) {
            pdf.paragraph(t.get("client.homeworkNone"), pdf.body);
            return;
        }
        PdfPTable table = pdf.table(3f, 2f);
        table.setHeaderRows(1);
        table.addCell(pdf.headerCell(t.get("client.homeworkStep")));
        table.addCell(pdf.headerCell(t.get("client.homeworkHow")));
        for (StepAdherence[] pair : steps.values()) {
            StepAdherence any = pair[0] != null ? pair[0] : pair[1];
            table.addCell(pdf.cell(any.title(), pdf.small));
            table.addCell(pdf.cell(t.get("client.fit." + fit(pair)), pdf.small));
        }
        pdf.add(table);
    }

    /** How often a step fitted in, for the couple: both partners' completion together, never one against the other. */
    private static String fit(StepAdherence[] pair) {
        int halves = 0;
        int count = 0;
        for (StepAdherence s : pair) {
            if (s != null) {
                halves += s.halves();
                count += s.assignments();
            }
        }
        double share = count == 0 ? 0 : halves / (2.0 * count);
        return share >= 0.85
                ? "always"
                : share >= 0.6 ? "most" : share >= 0.4 ? "half" : share > 0 ? "sometimes" : "notYet";
    }

    // ---- what next ---------------------------------------------------------------------------

    private void next() {
        pdf.heading(t.get("client.nextTitle"));
        pdf.paragraph(
                request.finalOutcome() != null
                        ? t.get("client.outcome." + request.finalOutcome())
                        : t.get("client.recommendation." + recommendationKey()),
                pdf.body);
        pdf.paragraph(t.get("client.closing"), pdf.body);
        Paragraph signature = pdf.para(t.format("client.signature", "counselor", counselorName()), pdf.bodyBold);
        signature.setSpacingBefore(8f);
        pdf.add(signature);
        pdf.paragraph(request.practice().name(), pdf.muted);
    }

    /** The final recommendation; on track, low engagement and therapy under way have words of their own. */
    private String recommendationKey() {
        Recommendation fin = request.finalRecommendation();
        boolean assessed = fin == a.recommendation();
        if (fin == Recommendation.CONTINUE && assessed && a.has(Concern.ON_TRACK)) {
            return "CONTINUE_ON_TRACK";
        }
        if (fin == Recommendation.CONTINUE && assessed && a.has(Concern.ENGAGEMENT)) {
            return "CONTINUE_ENGAGEMENT";
        }
        if (fin == Recommendation.COUPLES_THERAPY && a.therapyStartedOn() != null) {
            return "COUPLES_THERAPY_UNDER_WAY";
        }
        return fin.name();
    }

    /** A value with at most one decimal, as the mean of two whole scores is: 14, 14.5. */
    private static String oneDecimal(double value) {
        return BigDecimal.valueOf(value)
                .setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
