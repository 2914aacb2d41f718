package app.tandem.pdf;

import app.tandem.assessment.Assessment;
import app.tandem.assessment.AssessmentNarrative.Narrative;
import app.tandem.assessment.AssessmentSettings;
import app.tandem.assessment.Concern;
import app.tandem.assessment.PartnerProgress;
import app.tandem.assessment.Rule;
import app.tandem.assessment.StepAdherence;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Flag;
import app.tandem.casefile.CaseFile.Pitfall;
import app.tandem.casefile.CaseFile.Session;
import app.tandem.casefile.PartnerId;
import app.tandem.casefile.Recommendation;
import app.tandem.chart.Band;
import app.tandem.chart.ChartTable;
import app.tandem.chart.SeriesStyle;
import app.tandem.chart.Threshold;
import app.tandem.chart.TrendChart;
import app.tandem.pdf.ScoreHistory.Measure;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The counselor's copy: the recommendation with every reason behind it (the six points of
 * "What the report must explain"), the figures, charts with their numbers, homework, flags,
 * next steps, and the assessment beside the counselor's decision. Private notes, note text and
 * amendments are never read here.
 */
final class CounselorReport {

    private static final float CHART_HEIGHT = 150f;
    /** Taller, as its legend has a second line for the band. */
    private static final float COMPOSITE_HEIGHT = 185f;
    private static final float CHART_GAP = 14f;

    private final ReportTexts t;
    private final ReportRequest request;
    private final Assessment a;
    private final CaseFile file;
    private final Narrative narrative;
    private final ScoreHistory history;
    private ReportPdf pdf;

    CounselorReport(ReportTexts texts, ReportRequest request, Narrative narrative) {
        this.t = texts;
        this.request = request;
        this.a = request.assessment();
        this.file = request.caseFile();
        this.narrative = narrative;
        this.history = ScoreHistory.of(file, a.asOf());
    }

    byte[] render() {
        String reference = file.couple().reference();
        pdf = new ReportPdf(request.practice().pageSize(), t.get("footer.confidential"), t.get("pdf.page"),
                new ReportPdf.Metadata(
                        t.format("pdf.metadata.counselorTitle", "reference", reference),
                        request.practice().name(),
                        t.format("pdf.metadata.counselorSubject", "reference", reference, "asOf", t.date(a.asOf()),
                                "ruleSet", a.ruleSet())));
        cover();
        summary();
        nextSteps();
        if (safety() || a.has(Concern.SAFETY_HISTORY)) {
            new SafetySection(t, pdf, request).history();
        }
        reasoning();
        figures();
        charts();
        numbers();
        reportedBetweenSessions();
        gap();
        homework();
        flags();
        decision();
        caveats();
        return pdf.finish();
    }

    // ---- cover and summary ------------------------------------------------------------------

    private void cover() {
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
        pdf.add(head);

        PdfPTable grid = new PdfPTable(new float[] {1.05f, 2.7f, 0.95f, 2.3f});
        grid.setWidthPercentage(100f);
        grid.setSpacingAfter(8f);
        String practice = request.practice().name()
                + (request.practice().contact() == null || request.practice().contact().isBlank() ? ""
                        : "\n" + request.practice().contact().strip());
        CaseFile.Counselor counselor = file.couple().counselor();
        pair(grid, "counselor.cover.practice", practice);
        pair(grid, "counselor.cover.counselor",
                counselor == null ? t.get("counselor.cover.notRecorded") : counselor.name());
        pair(grid, "counselor.cover.couple", file.couple().reference());
        pair(grid, "counselor.cover.partners",
                t.format("counselor.cover.partner", "partner", "A", "name", ReportTexts.fullName(file, PartnerId.A))
                        + "\n" + t.format("counselor.cover.partner", "partner", "B", "name",
                                ReportTexts.fullName(file, PartnerId.B)));
        pair(grid, "counselor.cover.period", a.startDate() == null
                ? t.format("counselor.cover.noPeriod", "asOf", t.date(a.asOf()))
                : t.format("counselor.cover.periodRange", "start", t.date(a.startDate()), "asOf", t.date(a.asOf()),
                        "days", a.daysElapsed()));
        pair(grid, "counselor.cover.generated", t.dateTime(request.generatedAt(), request.practice().zone()));
        pair(grid, "counselor.cover.ruleSet",
                t.format("counselor.cover.ruleSetValue", "ruleSet", a.ruleSet(), "asOf", t.date(a.asOf())));
        long importedSessions = file.sessions().stream().filter(x -> x.imported() != null).count();
        long importedReviews = file.safetyReviews().stream().filter(x -> x.imported() != null).count();
        if (importedSessions + importedReviews > 0) {
            pair(grid, "imported.report.label", t.format("imported.report.value", "sessions", importedSessions,
                    "signed", file.sessions().stream().filter(x -> x.imported() != null && x.signed()).count(),
                    "reviews", importedReviews));
        } else {
            grid.addCell(pdf.plainCell("", pdf.small));
            grid.addCell(pdf.plainCell("", pdf.small));
        }
        PdfPCell rule = new PdfPCell();
        rule.setColspan(4);
        rule.setBorder(Rectangle.TOP);
        rule.setBorderColor(ReportPdf.LINE);
        rule.setFixedHeight(2f);
        grid.addCell(rule);
        pdf.add(grid);
    }

    private void pair(PdfPTable grid, String labelKey, String value) {
        grid.addCell(pdf.plainCell(t.get(labelKey), pdf.muted));
        grid.addCell(pdf.plainCell(value, pdf.body));
    }

    private void summary() {
        boolean urgent = a.urgent();
        PdfPCell box = new PdfPCell();
        box.setBorder(Rectangle.LEFT);
        box.setBorderWidthLeft(4f);
        box.setBorderColorLeft(urgent || a.recommendation() == Recommendation.SAFETY_REFERRAL ? ReportPdf.URGENT
                : ReportPdf.ACCENT);
        box.setBackgroundColor(urgent ? ReportPdf.URGENT_FILL : ReportPdf.BOX_FILL);
        box.setPadding(10f);
        box.setPaddingTop(6f);

        box.addElement(pdf.para(t.get("counselor.summary.label").toUpperCase(java.util.Locale.ROOT), pdf.muted));
        if (urgent) {
            Paragraph u = pdf.para(t.get("counselor.summary.urgentLabel"), pdf.urgent);
            u.setSpacingBefore(2f);
            box.addElement(u);
        }
        Paragraph headline = pdf.para(headline(a.recommendation()), pdf.headline, pdf.headline.getSize() * 1.3f);
        headline.setSpacingBefore(2f);
        headline.setSpacingAfter(3f);
        box.addElement(headline);
        box.addElement(leading(narrative.summary(), pdf.body));
        if (urgent) {
            box.addElement(leading(t.get("urgent"), pdf.urgent));
        }
        for (String warning : narrative.warnings()) {
            Paragraph w = pdf.para(t.get("counselor.summary.warningLabel") + " ", pdf.urgent);
            w.add(new Phrase(warning, pdf.urgent));
            w.setSpacingBefore(3f);
            box.addElement(w);
        }
        DecisionInfo d = request.decision();
        Paragraph decision;
        if (d == null) {
            decision = leading(t.get("counselor.summary.noDecision"), pdf.muted);
        } else {
            decision = leading(t.format("counselor.summary.decision", "headline", decidedHeadline(d)), pdf.bodyBold);
            decision.add(new Phrase(" " + decisionSentence(d), pdf.body));
        }
        decision.setSpacingBefore(5f);
        box.addElement(decision);
        if (a.recommendation() == Recommendation.SAFETY_REFERRAL) {
            Paragraph none = leading(t.get("counselor.summary.noClientReport"), pdf.body);
            none.setSpacingBefore(3f);
            box.addElement(none);
        }
        PdfPTable wrapper = new PdfPTable(1);
        wrapper.setWidthPercentage(100f);
        wrapper.setSpacingBefore(4f);
        wrapper.setSpacingAfter(4f);
        wrapper.addCell(box);
        pdf.add(wrapper);
    }

    /** The headline of what the counselor decided: an outcome's, or the final recommendation's. */
    private String decidedHeadline(DecisionInfo d) {
        return d.outcome() != null ? t.get("outcome." + d.outcome() + ".headline")
                : t.get("recommendation." + d.finalRecommendation() + ".headline");
    }

    private String decisionSentence(DecisionInfo d) {
        String what = switch (d.type()) {
            case ACCEPT -> t.get("decision.accept");
            case OVERRIDE -> t.format("decision.override", "reason", d.reason());
            case OUTCOME -> t.format("decision.outcome", "outcome", t.get("outcome." + d.outcome() + ".label"),
                    "reason", d.reason());
        };
        return what + " " + t.format("counselor.summary.decisionBy", "by", d.by(),
                "at", t.dateTime(d.at(), request.practice().zone()));
    }

    private Paragraph leading(String text, Font font) {
        Paragraph p = pdf.para(text.strip(), font);
        p.setSpacingAfter(2f);
        return p;
    }

    // ---- next steps and reasoning -------------------------------------------------------------

    /** A safety referral stands: the assessment's or the counselor's. */
    private boolean safety() {
        return a.recommendation() == Recommendation.SAFETY_REFERRAL
                || request.finalRecommendation() == Recommendation.SAFETY_REFERRAL;
    }

    /** The headline of a recommendation; couples therapy already under way is worded as continuing it. */
    private String headline(Recommendation r) {
        return t.get("recommendation." + r + (r == Recommendation.COUPLES_THERAPY && a.therapyStartedOn() != null
                ? ".headlineUnderWay" : ".headline"));
    }

    private void nextSteps() {
        Recommendation fin = request.finalRecommendation();
        pdf.heading(t.get("counselor.nextSteps.title"));
        if (request.finalOutcome() != null) {
            pdf.paragraph(t.format("counselor.nextSteps.followDecision", "headline",
                    t.get("outcome." + request.finalOutcome() + ".headline")), pdf.muted);
            pdf.bullets(t.get("outcome." + request.finalOutcome() + ".nextSteps"), pdf.body);
            return;
        }
        if (fin != a.recommendation()) {
            pdf.paragraph(t.format("counselor.nextSteps.followDecision", "headline", headline(fin)), pdf.muted);
        }
        for (String concern : narrative.concerns()) {
            pdf.paragraph(concern, pdf.body);
        }
        if (fin == Recommendation.SAFETY_REFERRAL) {
            new SafetySection(t, pdf, request).nextSteps();
            return;
        }
        String key = fin == Recommendation.COUPLES_THERAPY && a.therapyStartedOn() != null
                ? "nextSteps.COUPLES_THERAPY_UNDER_WAY" : "nextSteps." + fin;
        pdf.bullets(t.format(key, "minDataPoints", a.settings().minDataPoints()), pdf.body);
    }

    private void reasoning() {
        pdf.heading(t.get("counselor.reasoning.title"));
        pdf.subheading(t.get("counselor.reasoning.decisive"));
        pdf.paragraph(narrative.decisive(), pdf.body);
        if (!narrative.matched().isEmpty()) {
            pdf.subheading(t.get(a.decisiveRule() == Rule.R0 ? "counselor.reasoning.alsoObserved"
                    : "counselor.reasoning.matched"));
            pdf.bulletList(narrative.matched(), pdf.body);
        }
        pdf.subheading(t.get("counselor.reasoning.notMatched"));
        pdf.bulletList(narrative.notMatched(), pdf.body);
        pdf.subheading(t.get("counselor.reasoning.whatWouldChange"));
        if (narrative.whatWouldChange().isEmpty()) {
            pdf.paragraph(t.get("counselor.reasoning.noLevers"), pdf.body);
        } else {
            pdf.bulletList(narrative.whatWouldChange(), pdf.body);
        }
        pdf.paragraph(t.format("counselor.reasoning.sessionsIgnored", "unsigned", a.sessionsIgnored().unsigned(),
                "afterAsOf", a.sessionsIgnored().afterAsOf(), "asOf", t.date(a.asOf())), pdf.muted);
    }

    // ---- figures ------------------------------------------------------------------------------

    private void figures() {
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
        figureRow(table, "change", pa.change() == null ? none : ReportTexts.signed(pa.change()),
                pb.change() == null ? none : ReportTexts.signed(pb.change()));
        figureRow(table, "rci", pa.rci() == null ? none : ReportTexts.two(pa.rci()),
                pb.rci() == null ? none : ReportTexts.two(pb.rci()));
        figureRow(table, "classification", classification(pa), classification(pb));
        figureRow(table, "csi4Latest", num(pa.csi4Latest(), none), num(pb.csi4Latest(), none));
        figureRow(table, "satisfied", yesNo(pa.satisfied()), yesNo(pb.satisfied()));
        figureRow(table, "needsChange", yesNo(pa.needsChange()), yesNo(pb.needsChange()));
        figureRow(table, "adherence", ReportTexts.two(pa.adherence()), ReportTexts.two(pb.adherence()));
        figureRow(table, "assignments", String.valueOf(pa.assignments()), String.valueOf(pb.assignments()));
        pdf.add(table);

        AssessmentSettings s = a.settings();
        double cut = s.rciCutoff() * s.sDiff();
        pdf.paragraph(t.format("counselor.figures.thresholds", "rciCutoff", ReportTexts.plain(s.rciCutoff()),
                "wholeChange", (int) Math.ceil(cut - 1e-9), "sDiff", ReportTexts.two(s.sDiff()),
                "sd", ReportTexts.plain(s.sd()), "reliability", ReportTexts.plain(s.reliability()),
                "adherenceHigh", ReportTexts.two(s.adherenceHigh()), "adherenceLow", ReportTexts.two(s.adherenceLow()),
                "reviewWindowDays", s.reviewWindowDays(), "coupleAdherence", ReportTexts.two(a.coupleAdherence()),
                "csiCutoff", ReportTexts.plain(s.csiCutoff()), "functionalComposite", s.functionalComposite()),
                pdf.muted);
        StringBuilder settings = new StringBuilder(t.get("counselor.figures.settingsTitle")).append(": ");
        boolean first = true;
        for (Map.Entry<String, Object> e : s.asMap().entrySet()) {
            if (!first) {
                settings.append(" · ");
            }
            first = false;
            Object v = e.getValue();
            settings.append(e.getKey()).append(' ')
                    .append(v instanceof Double d ? ReportTexts.plain(d) : String.valueOf(v));
        }
        pdf.paragraph(settings.toString(), pdf.muted);
    }

    private String partnerColumn(PartnerId p) {
        return ReportTexts.firstName(file, p) + " (" + p + ")";
    }

    private void figureRow(PdfPTable table, String key, String valueA, String valueB) {
        table.addCell(pdf.lineCell(t.get("counselor.figures." + key), pdf.small, Element.ALIGN_LEFT));
        table.addCell(pdf.lineCell(valueA, pdf.small, Element.ALIGN_RIGHT));
        table.addCell(pdf.lineCell(valueB, pdf.small, Element.ALIGN_RIGHT));
    }

    private String classification(PartnerProgress p) {
        return p.classification() == null ? t.get("counselor.figures.none")
                : t.get("counselor.classification." + p.classification());
    }

    private String yesNo(boolean value) {
        return t.get(value ? "counselor.figures.yes" : "counselor.figures.no");
    }

    private static String num(Integer value, String none) {
        return value == null ? none : value.toString();
    }

    // ---- charts and their numbers -------------------------------------------------------------

    private final Map<Measure, EnumMap<PartnerId, TrendChart>> charts = new LinkedHashMap<>();

    private List<Measure> chartedMeasures() {
        List<Measure> measures = new ArrayList<>(Measure.CORE);
        if (history.hasCsi4()) {
            measures.add(Measure.CSI4);
        }
        return measures;
    }

    private void charts() {
        double halfWidth = a.settings().rciCutoff() * a.settings().sDiff();
        pdf.heading(t.get("counselor.charts.title"));
        pdf.paragraph(t.format("counselor.charts.intro", "halfWidth", ReportTexts.two(halfWidth)), pdf.muted);
        float width = (pdf.contentWidth() - CHART_GAP) / 2f;
        for (Measure m : chartedMeasures()) {
            EnumMap<PartnerId, TrendChart> pair = new EnumMap<>(PartnerId.class);
            for (PartnerId p : PartnerId.values()) {
                pair.put(p, chart(m, p, halfWidth));
            }
            charts.put(m, pair);
            PdfPTable row = new PdfPTable(new float[] {width, CHART_GAP, width});
            row.setWidthPercentage(100f);
            row.setKeepTogether(true);
            PdfPCell title = pdf.plainCell(t.format("counselor.charts.rowTitle", "measure",
                    t.get("counselor.charts.measure." + m.key), "scale", t.get("counselor.charts.yLabel." + m.key)),
                    pdf.subheading);
            title.setColspan(3);
            title.setPaddingTop(6f);
            title.setPaddingBottom(2f);
            row.addCell(title);
            float height = m == Measure.COMPOSITE ? COMPOSITE_HEIGHT : CHART_HEIGHT;
            row.addCell(pdf.chartCell(pair.get(PartnerId.A), width, height));
            PdfPCell gap = new PdfPCell();
            gap.setBorder(Rectangle.NO_BORDER);
            row.addCell(gap);
            row.addCell(pdf.chartCell(pair.get(PartnerId.B), width, height));
            pdf.ensureSpace(height + 30f);
            pdf.add(row);
        }
    }

    private TrendChart chart(Measure m, PartnerId partner, double halfWidth) {
        String name = ReportTexts.firstName(file, partner);
        SeriesStyle style = partner == PartnerId.A ? SeriesStyle.PARTNER_A : SeriesStyle.PARTNER_B;
        String measure = t.get("counselor.charts.measure." + m.key);
        TrendChart.Builder b = TrendChart.builder(
                        t.format("counselor.charts.panelTitle", "name", name, "partner", partner),
                        0, m.max)
                .description(measure + ", " + name)
                .yLabel(t.get("counselor.charts.yLabel." + m.key))
                .xLabel(t.get("counselor.charts.xLabel"))
                .emptyMessage(t.get("counselor.charts.empty"))
                .series(name, style);
        for (int i = 0; i < history.size(); i++) {
            Session s = history.sessions().get(i);
            b.point(s.date(), t.shortDate(s.date()), history.value(i, partner, m));
        }
        if (m == Measure.COMPOSITE) {
            Integer baseline = a.partners().get(partner).baseline();
            if (baseline != null) {
                double from = Math.max(0, baseline - halfWidth);
                double to = Math.min(m.max, baseline + halfWidth);
                b.band(Band.around(baseline, halfWidth, t.format("counselor.charts.band", "from",
                        ReportTexts.two(from), "to", ReportTexts.two(to)), style));
            }
        }
        if (m == Measure.CSI4) {
            b.threshold(new Threshold(13.5, t.get("counselor.charts.csi4Threshold")));
        }
        return b.build();
    }

    private void numbers() {
        List<Measure> measures = chartedMeasures();
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
                PdfPCell c = pdf.headerCell(t.get("counselor.charts.short." + m.key));
                c.setHorizontalAlignment(Element.ALIGN_RIGHT);
                table.addCell(c);
            }
        }
        Map<Measure, EnumMap<PartnerId, ChartTable>> tables = new EnumMap<>(Measure.class);
        for (Measure m : measures) {
            EnumMap<PartnerId, ChartTable> pair = new EnumMap<>(PartnerId.class);
            for (PartnerId p : PartnerId.values()) {
                pair.put(p, ChartTable.of(charts.get(m).get(p)));
            }
            tables.put(m, pair);
        }
        for (int i = 0; i < history.size(); i++) {
            table.addCell(pdf.lineCell(t.tableDate(history.sessions().get(i).date()), pdf.small, Element.ALIGN_LEFT));
            for (PartnerId p : PartnerId.values()) {
                for (Measure m : measures) {
                    table.addCell(pdf.lineCell(tables.get(m).get(p).rows().get(i).values().get(0), pdf.small,
                            Element.ALIGN_RIGHT));
                }
            }
            table.addCell(pdf.lineCell(t.format("counselor.charts.anchorsValue", "version",
                    history.sessions().get(i).anchorsVersion()), pdf.small, Element.ALIGN_RIGHT));
        }
        if (history.size() == 0) {
            PdfPCell empty = pdf.cell(t.get("counselor.charts.empty"), pdf.small);
            empty.setColspan(widths.length);
            table.addCell(empty);
        }
        pdf.add(table);
        List<Integer> versions = history.sessions().stream().map(Session::anchorsVersion).distinct().sorted().toList();
        if (versions.size() > 1) {
            pdf.paragraph(t.format("counselor.charts.anchorsMixed", "versions", versions.stream()
                    .map(v -> t.format("counselor.charts.anchorsValue", "version", v)).collect(Collectors.joining(", "))),
                    pdf.muted);
        }
    }

    /**
     * The partners' own check-ins up to the as-of date, in a small table of their own under the
     * session numbers, so that client-reported points are never read as session scores (decision
     * 0103). Nothing when there are none (files and couples without check-ins look as before).
     */
    private void reportedBetweenSessions() {
        List<CaseFile.CheckIn> checkIns = file.checkIns().stream().filter(k -> !k.date().isAfter(a.asOf())).toList();
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
            for (Integer v : new Integer[] {k.scores().emotionalSafety(), k.scores().reciprocalEffort(),
                    k.scores().clearCommunication(), k.scores().csi4()}) {
                table.addCell(pdf.lineCell(v == null ? "–" : String.valueOf(v), pdf.small, Element.ALIGN_RIGHT));
            }
            table.addCell(pdf.lineCell(t.get("checkIn.report.safe." + k.feelsSafe().name()), pdf.small, Element.ALIGN_LEFT));
        }
        pdf.add(table);
    }

    // ---- gap, homework, flags -----------------------------------------------------------------

    private void gap() {
        pdf.heading(t.get("counselor.gap.title"));
        int ia = history.latestIndex(PartnerId.A);
        int ib = history.latestIndex(PartnerId.B);
        if (ia < 0 || ib < 0) {
            pdf.paragraph(t.get("counselor.gap.none"), pdf.body);
            return;
        }
        pdf.paragraph(t.get("counselor.gap.intro"), pdf.muted);
        PdfPTable table = pdf.table(2.6f, 1.2f, 1.2f, 1.2f);
        table.addCell(pdf.headerCell(t.get("counselor.gap.measure")));
        table.addCell(pdf.numberHeaderCell(partnerColumn(PartnerId.A) + "\n"
                + t.tableDate(history.sessions().get(ia).date())));
        table.addCell(pdf.numberHeaderCell(partnerColumn(PartnerId.B) + "\n"
                + t.tableDate(history.sessions().get(ib).date())));
        table.addCell(pdf.numberHeaderCell(t.get("counselor.gap.gap")));
        for (Measure m : Measure.CORE) {
            Integer va = history.value(ia, PartnerId.A, m);
            Integer vb = history.value(ib, PartnerId.B, m);
            Font font = m == Measure.COMPOSITE ? pdf.smallBold : pdf.small;
            table.addCell(pdf.lineCell(t.get("counselor.charts.measure." + m.key)
                    + " (" + t.get("counselor.charts.yLabel." + m.key) + ")", font, Element.ALIGN_LEFT));
            table.addCell(pdf.lineCell(String.valueOf(va), pdf.small, Element.ALIGN_RIGHT));
            table.addCell(pdf.lineCell(String.valueOf(vb), pdf.small, Element.ALIGN_RIGHT));
            table.addCell(pdf.lineCell(ReportTexts.signed(va - vb), font, Element.ALIGN_RIGHT));
        }
        pdf.add(table);
    }

    private void homework() {
        pdf.heading(t.get("counselor.homework.title"));
        pdf.paragraph(t.format("counselor.homework.intro",
                "from", t.date(a.asOf().minusDays(a.settings().reviewWindowDays() - 1L)),
                "asOf", t.date(a.asOf()), "days", a.settings().reviewWindowDays()), pdf.muted);
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
                table.addCell(pdf.numberCell(s == null || s.assignments() == 0 ? t.get("counselor.homework.notAssigned")
                        : adherenceCell(s.halves(), s.assignments()), pdf.small));
            }
        }
        table.addCell(pdf.cell(t.get("counselor.homework.total"), pdf.smallBold));
        for (PartnerId p : PartnerId.values()) {
            PartnerProgress f = a.partners().get(p);
            table.addCell(pdf.numberCell(f.assignments() == 0 ? t.get("counselor.homework.notAssigned")
                    : adherenceCell(f.halves(), f.assignments()), pdf.smallBold));
        }
        pdf.add(table);
    }

    private String adherenceCell(int halves, int count) {
        return t.format("counselor.homework.cell", "done", ReportTexts.halves(halves), "count", count,
                "percent", ReportTexts.percent(halves, count));
    }

    /** Adherence by step key, steps in the engine's order, partner A first. */
    static Map<String, StepAdherence[]> stepsInOrder(List<StepAdherence> list) {
        Map<String, StepAdherence[]> steps = new LinkedHashMap<>();
        for (StepAdherence s : list) {
            steps.computeIfAbsent(s.stepKey(), k -> new StepAdherence[2])[s.partner().ordinal()] = s;
        }
        return steps;
    }

    private void flags() {
        pdf.heading(t.get("counselor.flags.title"));
        List<Session> all = new ArrayList<>(file.sessions());
        all.removeIf(s -> s.date().isAfter(a.asOf()) || (s.flags().isEmpty() && s.pitfalls().isEmpty()));
        all.sort(java.util.Comparator.comparing(Session::date));
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
            table.addCell(pdf.cell(flags.isEmpty() ? dash : String.join("\n", flags),
                    safety ? new Font(pdf.smallBold.getBaseFont(), 8f, Font.NORMAL, ReportPdf.URGENT) : pdf.small));
            table.addCell(pdf.cell(pitfalls.isEmpty() ? dash : String.join("\n", pitfalls), pdf.small));
        }
        pdf.add(table);
    }

    // ---- decision and caveats -----------------------------------------------------------------

    private void decision() {
        pdf.heading(t.get("counselor.decision.title"));
        pdf.paragraph(t.format("counselor.decision.assessment", "headline", narrative.headline(),
                "rule", a.decisiveRule(), "ruleSet", a.ruleSet(), "asOf", t.date(a.asOf())), pdf.body);
        DecisionInfo d = request.decision();
        if (d == null) {
            pdf.paragraph(t.get("counselor.decision.none"), pdf.body);
        } else {
            pdf.paragraph(t.format("counselor.summary.decision", "headline", decidedHeadline(d)) + " " + decisionSentence(d),
                    pdf.body);
        }
        pdf.subheading(t.get("counselor.decision.earlierTitle"));
        if (request.earlierDecisions().isEmpty()) {
            pdf.paragraph(t.get("counselor.decision.earlierNone"), pdf.body);
            return;
        }
        PdfPTable table = pdf.table(1.3f, 1.0f, 1.55f, 1.45f, 1.1f, 1.5f, 2.5f);
        table.setHeaderRows(1);
        for (String key : new String[] {"generated", "audience", "ruleSet", "recommendation", "decision", "final", "reason"}) {
            table.addCell(pdf.headerCell(t.get("counselor.decision." + key)));
        }
        String dash = t.get("counselor.flags.dash");
        for (CaseFile.Report r : request.earlierDecisions()) {
            table.addCell(pdf.cell(t.tableDate(r.generatedAt().atZone(request.practice().zone()).toLocalDate()),
                    pdf.small));
            table.addCell(pdf.cell(t.get("counselor.decision.audienceName." + r.audience()), pdf.small));
            table.addCell(pdf.cell(r.ruleSet() == null ? dash : r.ruleSet(), pdf.small));
            table.addCell(pdf.cell(r.recommendation() == null ? dash
                    : t.get("recommendation." + r.recommendation() + ".headline"), pdf.small));
            CaseFile.Decision rd = r.decision();
            if (rd == null) {
                table.addCell(pdf.cell(t.get("counselor.decision.pending"), pdf.small));
                table.addCell(pdf.cell(dash, pdf.small));
                table.addCell(pdf.cell(dash, pdf.small));
            } else {
                table.addCell(pdf.cell(t.get("counselor.decision.type." + rd.type()), pdf.small));
                table.addCell(pdf.cell(rd.outcome() != null ? t.get("outcome." + rd.outcome() + ".headline")
                        : rd.finalRecommendation() == null ? dash
                        : t.get("recommendation." + rd.finalRecommendation() + ".headline"), pdf.small));
                String by = rd.by() == null ? "" : " (" + rd.by() + ")";
                table.addCell(pdf.cell((rd.reason() == null || rd.reason().isBlank() ? dash : rd.reason()) + by,
                        pdf.small));
            }
        }
        pdf.add(table);
    }

    private void caveats() {
        pdf.heading(t.get("caveats.title"));
        pdf.bulletList(List.of(t.get("caveats.metrics"), t.get("caveats.judgement"), t.get("caveats.override")),
                pdf.body);
    }
}
