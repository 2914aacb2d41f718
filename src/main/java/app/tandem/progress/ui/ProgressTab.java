package app.tandem.progress.ui;

import app.tandem.assessment.Assessment;
import app.tandem.assessment.AssessmentNarrative;
import app.tandem.assessment.AssessmentSettings;
import app.tandem.assessment.Measure;
import app.tandem.assessment.PartnerProgress;
import app.tandem.assessment.ReliableChange;
import app.tandem.assessment.ScoredSessions;
import app.tandem.assessment.StepAdherence;
import app.tandem.base.ui.Badges;
import app.tandem.base.ui.Dates;
import app.tandem.casefile.CaseFile.Attendance;
import app.tandem.casefile.CaseFile.SecretsPolicy;
import app.tandem.casefile.CaseFile.Session;
import app.tandem.casefile.PartnerId;
import app.tandem.chart.ChartTable;
import app.tandem.chart.ProgressCharts;
import app.tandem.chart.SvgChartRenderer;
import app.tandem.chart.TrendChart;
import app.tandem.couple.ui.RecommendationLabels;
import app.tandem.progress.ProgressService;
import app.tandem.text.ScoreAnchors;
import app.tandem.text.Texts;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The assessment in plain words (recommendation, why, why not, what would change it), then the
 * per-partner charts with the partner gap and CSI-4, and homework adherence beneath.
 */
class ProgressTab extends VerticalLayout {

    private final Texts texts = Texts.shared();
    private final ScoreAnchors anchors = ScoreAnchors.shared();

    ProgressTab(ProgressService.Progress progress, AssessmentSettings settings) {
        setPadding(false);
        Assessment a = progress.assessment();
        AssessmentNarrative.Narrative n = progress.narrative();
        String nameA = progress.couple().getPartnerA().getFirstName() + " (A)";
        String nameB = progress.couple().getPartnerB().getFirstName() + " (B)";
        summary(a, n);
        ScoredSessions all = ScoredSessions.of(progress.file(), a.asOf());
        // The charts are the joint part of the record, the one a counselor may show both partners:
        // what one partner's individual session recorded goes there only under a no-secrets policy.
        boolean individualInJoint = progress.couple().getSecretsPolicy() == SecretsPolicy.NO_SECRETS;
        ScoredSessions scored = individualInJoint ? all : all.joint(null);
        charts(scored, individualInJoint, nameA, nameB, settings);
        add(
                new H3("Why"),
                list("Why", prepend(n.decisive(), n.matched())),
                new H3("Why not the other rules"),
                list("Why not the other rules", n.notMatched()),
                new H3("What would change it"),
                list("What would change it", n.whatWouldChange()));
        figures(a, nameA, nameB, settings);

        add(new H3("Partner gap (latest, A − B)"));
        add(new Paragraph(gapLine(scored)));

        List<Session> alone = all.sessions().stream()
                .filter(s -> s.attendance() == Attendance.A || s.attendance() == Attendance.B)
                .toList();
        if (!individualInJoint && !alone.isEmpty()) {
            add(individualSessions(alone, nameA, nameB));
        }
        steps(a, nameA, nameB);
    }

    /** The recommendation with its badges, then warnings and concerns. */
    private void summary(Assessment a, AssessmentNarrative.Narrative n) {
        Div summary = new Div();
        summary.addClassName("partner-card");
        summary.add(Badges.badge(
                RecommendationLabels.of(a.recommendation().name()),
                a.recommendation().name().equals("SAFETY_REFERRAL") ? "error primary" : "contrast"));
        if (a.urgent()) {
            summary.add(Badges.badge("Urgent", "error primary"));
        }
        summary.add(new H2(n.headline()), new Paragraph(n.summary()));
        summary.add(new Paragraph("Assessment as of " + Dates.format(a.asOf()) + " · rule set " + a.ruleSet()
                + (a.therapyStartedOn() == null
                        ? ""
                        : " · couples therapy since " + Dates.format(a.therapyStartedOn()))));
        add(summary);
        for (String warning : n.warnings()) {
            Div box = new Div(new Paragraph(warning));
            box.addClassName("guidance-box");
            box.getElement().setAttribute("role", "alert");
            add(box);
        }
        for (String concern : n.concerns()) {
            Div box = new Div(new Paragraph(concern));
            box.addClassName("guidance-box");
            box.addClassName("concern");
            add(box);
        }
    }

    /** One chart per measure from the shared chart model, both partners side by side. */
    private void charts(
            ScoredSessions scored, boolean individualInJoint, String nameA, String nameB, AssessmentSettings settings) {
        ProgressCharts.PartnerWords partnerWords = new ProgressCharts.PartnerWords(
                p -> p == PartnerId.A ? nameA : nameB,
                (p, from, to) -> "Reliable-change band (" + (p == PartnerId.A ? nameA : nameB) + ")",
                "Distress at or below " + plain(Measure.CSI4_DISTRESS_LINE));
        List<Measure> measures = new ArrayList<>(Measure.CORE);
        if (scored.hasCsi4()) {
            measures.add(Measure.CSI4);
        }
        // The composite large and first (full width); the others at most two to a row (styles/tandem.css).
        // Each picture is drawn small in user units and scaled up by the page, so its labels stay at
        // least the size of the body's small text (the browser test measures it).
        Div charts = new Div();
        charts.addClassName("chart-grid");
        Div composite = null;
        for (Measure m : measures) {
            String title = title(m);
            ProgressCharts.Words words = new ProgressCharts.Words(
                    title,
                    title + " of " + nameA + " and " + nameB + " over " + scored.size() + " signed sessions",
                    "Session date",
                    m.range(),
                    texts.get("progress.empty"),
                    Dates::shortDate);
            TrendChart chart = ProgressCharts.partners(
                    scored, m, List.of(PartnerId.A, PartnerId.B), words, partnerWords, ReliableChange.of(settings));
            if (m == Measure.COMPOSITE) {
                composite = chartBlock(chart, true);
            } else {
                charts.add(chartBlock(chart, false));
            }
        }
        add(
                new H3(individualInJoint ? "Trends over signed sessions" : "Trends over signed joint sessions"),
                composite,
                charts);
        if (!scored.isEmpty()) {
            add(new AnchorVersionsNote(scored.sessions()));
        }
    }

    /** One row per figure and one column per partner: eleven figures side by side would cut their words. */
    private void figures(Assessment a, String nameA, String nameB, AssessmentSettings settings) {
        add(new H3("Each partner"));
        record Figure(String label, Function<PartnerProgress, String> value) {}
        List<Figure> figures = List.of(
                new Figure("Scored sessions", p -> String.valueOf(p.dataPoints())),
                new Figure("Baseline", p -> nz(p.baseline())),
                new Figure("Latest", p -> nz(p.latest())),
                new Figure("Change", p -> signed(p.change())),
                new Figure(
                        "Reliable-change index",
                        p -> p.rci() == null ? "—" : String.format(Locale.ROOT, "%.2f", p.rci())),
                new Figure("Classification", ProgressTab::classification),
                new Figure("CSI-4 (last 6 weeks)", p -> nz(p.csi4Latest())),
                new Figure("In the satisfied range", p -> p.satisfied() ? "Yes" : "No"),
                new Figure("Needs change", p -> p.needsChange() ? "Yes" : "No"),
                new Figure("Homework adherence (6 weeks)", p -> percent(p.adherence())));
        Grid<Figure> partners = new Grid<>();
        partners.setItems(figures);
        partners.addColumn(Figure::label).setHeader("Figure").setFlexGrow(2);
        partners.addColumn(f -> f.value().apply(a.partners().get(PartnerId.A)))
                .setHeader(nameA)
                .setFlexGrow(1);
        partners.addColumn(f -> f.value().apply(a.partners().get(PartnerId.B)))
                .setHeader(nameB)
                .setFlexGrow(1);
        partners.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        partners.setAllRowsVisible(true);
        partners.setAriaLabel("Figures per partner");
        partners.addClassName("figures-grid");
        add(partners);
        add(new Paragraph(texts.format(
                "progress.satisfiedRange",
                Map.of(
                        "csiCutoff",
                        plain(settings.csiCutoff()),
                        "weeks",
                        settings.reviewWindowDays() / 7,
                        "functionalComposite",
                        settings.functionalComposite()))));
    }

    private void steps(Assessment a, String nameA, String nameB) {
        add(new H3("Homework adherence per step"));
        Grid<StepAdherence> steps = new Grid<>();
        steps.setItems(a.stepAdherence());
        steps.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        steps.addColumn(StepAdherence::title).setHeader("Step");
        steps.addColumn(s -> s.partner() == PartnerId.A ? nameA : nameB).setHeader("Partner");
        steps.addColumn(StepAdherence::assignments).setHeader("Due in the window");
        steps.addColumn(s -> percent(s.adherence())).setHeader("Adherence");
        steps.setAllRowsVisible(true);
        steps.setAriaLabel("Homework adherence per step");
        add(a.stepAdherence().isEmpty() ? new Paragraph("No homework was due in the last six weeks.") : steps);
    }

    /** Sessions with one partner alone, kept apart from the joint charts, as the secrets policy asks. */
    private Div individualSessions(List<Session> alone, String nameA, String nameB) {
        Div box = new Div(
                new H3("Sessions with one partner alone"), new Paragraph(texts.get("progress.individualApart")));
        box.setId("individual-sessions");
        Grid<Session> grid = new Grid<>();
        grid.addColumn(s -> Dates.format(s.date())).setHeader("Date");
        grid.addColumn(s -> s.attendance() == Attendance.A ? nameA : nameB).setHeader("Partner");
        grid.addColumn(s -> {
                    PartnerId partner = s.attendance() == Attendance.A ? PartnerId.A : PartnerId.B;
                    Integer composite = Measure.COMPOSITE.value(s.scores().get(partner));
                    return composite == null ? "—" : String.valueOf(composite);
                })
                .setHeader(title(Measure.COMPOSITE));
        grid.setItems(alone);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Sessions with one partner alone");
        box.add(grid);
        return box;
    }

    private String title(Measure m) {
        return switch (m) {
            case COMPOSITE -> texts.get("composite.label");
            case EMOTIONAL_SAFETY -> anchors.label(anchors.current(), "emotionalSafety");
            case RECIPROCAL_EFFORT -> anchors.label(anchors.current(), "reciprocalEffort");
            case CLEAR_COMMUNICATION -> anchors.label(anchors.current(), "clearCommunication");
            case CSI4 -> texts.get("csi4.label");
        };
    }

    private Div chartBlock(TrendChart chart, boolean wide) {
        Div block = new Div();
        block.addClassName("chart");
        if (wide) {
            block.addClassName("chart-wide");
            Svg large = new Svg(SvgChartRenderer.renderInteractive(chart, 560, 240));
            large.addClassName("chart-svg-large");
            Svg small = new Svg(SvgChartRenderer.renderInteractive(chart, 340, 240));
            small.addClassName("chart-svg-small");
            block.add(large, small);
        } else {
            block.add(new Svg(SvgChartRenderer.renderInteractive(chart, 290, 210)));
        }
        ChartTable table = ChartTable.of(chart);
        Grid<ChartTable.Row> numbers = new Grid<>();
        for (int i = 0; i < table.header().size(); i++) {
            int col = i;
            numbers.addColumn(r -> r.cells().get(col)).setHeader(table.header().get(col));
        }
        numbers.setItems(table.rows());
        numbers.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        numbers.setAllRowsVisible(true);
        numbers.setAriaLabel(chart.title() + ": the numbers");
        Details details = new Details("The numbers", numbers);
        block.add(details);
        return block;
    }

    private String gapLine(ScoredSessions scored) {
        List<String> parts = new ArrayList<>();
        for (Measure m : Measure.CORE) {
            int a = scored.latestIndex(PartnerId.A, m);
            int b = scored.latestIndex(PartnerId.B, m);
            parts.add(title(m) + ": "
                    + (a >= 0 && b >= 0
                            ? signed(scored.value(a, PartnerId.A, m) - scored.value(b, PartnerId.B, m))
                            : "—"));
        }
        return String.join(" · ", parts);
    }

    private static UnorderedList list(String title, List<String> lines) {
        UnorderedList list = new UnorderedList();
        list.getElement().setAttribute("aria-label", title);
        lines.forEach(l -> list.add(new ListItem(l)));
        return list;
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        rest.stream().filter(l -> !l.equals(first)).forEach(all::add);
        return all;
    }

    private static String classification(PartnerProgress p) {
        return p.classification() == null
                ? "No data"
                : switch (p.classification()) {
                    case IMPROVED -> "Reliably improved";
                    case UNCHANGED -> "No reliable change";
                    case DETERIORATED -> "Reliably worse";
                };
    }

    private static String nz(Integer v) {
        return v == null ? "—" : String.valueOf(v);
    }

    private static String signed(Integer v) {
        return v == null ? "—" : (v > 0 ? "+" + v : String.valueOf(v));
    }

    /** A number as short as it can be: "13.5", "14". */
    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String percent(double v) {
        return Math.round(v * 100) + " %";
    }
}
