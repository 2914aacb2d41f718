package app.tandem.outcomes.ui;

import app.tandem.base.AppRoles;
import app.tandem.base.CurrentUser;
import app.tandem.base.ui.Dates;
import app.tandem.casefile.CaseFile.ReferralType;
import app.tandem.couple.ui.Labels;
import app.tandem.couple.ui.RecommendationLabels;
import app.tandem.outcomes.OutcomesService;
import app.tandem.outcomes.PracticeOutcomes;
import app.tandem.outcomes.PracticeOutcomes.AdherenceBand;
import app.tandem.outcomes.PracticeOutcomes.Outcome;
import app.tandem.security.AccountService;
import app.tandem.security.Counselor;
import app.tandem.security.ui.CounselorFilter;
import app.tandem.text.Texts;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Practice outcomes: for a supervisor the whole practice or one counselor, for a counselor their
 * own caseload; each figure as a chart with its numbers one click away, filtered by period.
 */
@Route("outcomes")
@PageTitle("Practice outcomes · Tandem")
@Menu(order = 5, title = "Practice outcomes", icon = "vaadin:chart")
@RolesAllowed({AppRoles.COUNSELOR, AppRoles.SUPERVISOR})
class OutcomesView extends VerticalLayout {

    private final Texts texts = Texts.shared();
    private final OutcomesService outcomes;
    final Select<Integer> period = new Select<>();
    final ComboBox<Counselor> counselor = new ComboBox<>("Counselor");
    final Div figures = new Div();

    OutcomesView(OutcomesService outcomes, CurrentUser currentUser, AccountService accounts) {
        this.outcomes = outcomes;
        boolean supervisor = currentUser.find().map(u -> u.isSupervisor()).orElse(false);
        add(new H1("Practice outcomes"), new Paragraph(texts.get("practiceOutcomes.intro")));
        period.setLabel("Period");
        period.setItems(3, 6, 12, 24);
        period.setItemLabelGenerator(m -> "Last " + m + " months");
        period.setValue(12);
        period.setId("outcomes-period");
        period.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(period);
        filters.getStyle().set("flex-wrap", "wrap");
        if (supervisor) {
            CounselorFilter.offer(counselor, accounts.activeCounselors(), "Whole practice", this::refresh);
            counselor.setId("outcomes-counselor");
            filters.add(counselor);
        }
        figures.addClassName("outcome-grid");
        figures.setWidthFull();
        add(filters, figures);
        refresh();
    }

    private void refresh() {
        PracticeOutcomes o = outcomes.outcomes(
                CounselorFilter.chosenId(counselor), period.getValue() == null ? 12 : period.getValue());
        figures.removeAll();
        figures.add(new Paragraph("From " + Dates.format(o.from()) + " to " + Dates.format(o.to()) + ": "
                + o.couplesSeen() + (o.couplesSeen() == 1 ? " couple" : " couples") + " seen."));
        if (o.couplesSeen() == 0) {
            figures.add(new Paragraph(texts.get("practiceOutcomes.empty")));
        }
        figures.add(section("partners", outcomeBars(o.partners()), PracticeOutcomes.total(o.partners())));
        figures.add(section("couples", outcomeBars(o.couples()), PracticeOutcomes.total(o.couples())));
        List<BarChartSvg.Bar> adherence = new ArrayList<>();
        for (AdherenceBand band : AdherenceBand.values()) {
            adherence.add(new BarChartSvg.Bar(
                    texts.get("practiceOutcomes.adherenceBand." + band.name()),
                    o.adherence().get(band)));
        }
        figures.add(section("adherence", adherence, PracticeOutcomes.total(o.adherence())));
        List<BarChartSvg.Bar> recommendations = new ArrayList<>();
        o.recommendations()
                .forEach((code, n) -> recommendations.add(new BarChartSvg.Bar(RecommendationLabels.of(code), n)));
        figures.add(section("recommendations", recommendations, PracticeOutcomes.total(o.recommendations())));
        figures.add(escalations(o));
        Div median = block("median");
        median.add(new Paragraph(
                o.medianSessionsImproved() == null
                        ? texts.get("practiceOutcomes.median.none")
                        : texts.format(
                                "practiceOutcomes.median.value",
                                Map.of(
                                        "sessions",
                                        format(o.medianSessionsImproved()),
                                        "count",
                                        o.partners().get(Outcome.IMPROVED)))));
        figures.add(median);
    }

    private List<BarChartSvg.Bar> outcomeBars(Map<Outcome, Integer> counts) {
        List<BarChartSvg.Bar> bars = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            bars.add(new BarChartSvg.Bar(texts.get("practiceOutcomes.outcome." + outcome.name()), counts.get(outcome)));
        }
        return bars;
    }

    private Div block(String key) {
        Div block = new Div();
        block.addClassName("outcome-block");
        block.setId("outcomes-" + key);
        block.add(new H2(texts.get("practiceOutcomes." + key + ".title")));
        return block;
    }

    private Div section(String key, List<BarChartSvg.Bar> bars, int total) {
        Div block = block(key);
        String title = texts.get("practiceOutcomes." + key + ".title");
        block.add(new Paragraph(texts.format("practiceOutcomes." + key + ".help", Map.of("count", total))));
        Div chart = new Div(new Svg(BarChartSvg.render(title, bars)));
        chart.addClassName("bar-chart");
        block.add(chart);
        Grid<BarChartSvg.Bar> numbers = new Grid<>();
        numbers.addColumn(BarChartSvg.Bar::label).setHeader("Group").setFlexGrow(2);
        numbers.addColumn(BarChartSvg.Bar::count).setHeader("Count").setFlexGrow(1);
        numbers.addColumn(b -> BarChartSvg.percent(b.count(), total))
                .setHeader("Share")
                .setFlexGrow(1);
        numbers.setItems(bars);
        numbers.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        numbers.setAllRowsVisible(true);
        numbers.setAriaLabel(title + ": the numbers");
        block.add(new Details("The numbers", numbers));
        return block;
    }

    private Div escalations(PracticeOutcomes o) {
        Div block = block("escalations");
        int total = o.escalations().values().stream()
                .mapToInt(PracticeOutcomes.Escalations::referred)
                .sum();
        String title = texts.get("practiceOutcomes.escalations.title");
        block.add(new Paragraph(texts.format("practiceOutcomes.escalations.help", Map.of("count", total))));
        record Line(String service, PracticeOutcomes.Escalations e) {}
        List<Line> lines = new ArrayList<>();
        List<BarChartSvg.Bar> bars = new ArrayList<>();
        o.escalations().forEach((type, e) -> {
            String service = label(type);
            lines.add(new Line(service, e));
            bars.add(new BarChartSvg.Bar(service, e.referred()));
        });
        Div chart = new Div(new Svg(BarChartSvg.render(title, bars)));
        chart.addClassName("bar-chart");
        block.add(chart);
        Grid<Line> numbers = new Grid<>();
        numbers.addColumn(Line::service).setHeader("Service").setFlexGrow(2);
        numbers.addColumn(l -> l.e().referred())
                .setHeader(texts.get("practiceOutcomes.referral.referred"))
                .setFlexGrow(1);
        numbers.addColumn(l -> l.e().firstSessionHeld())
                .setHeader(texts.get("practiceOutcomes.referral.firstSession"))
                .setFlexGrow(1);
        numbers.addColumn(l -> l.e().waiting())
                .setHeader(texts.get("practiceOutcomes.referral.waiting"))
                .setFlexGrow(1);
        numbers.setItems(lines);
        numbers.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        numbers.setAllRowsVisible(true);
        numbers.setAriaLabel(title + ": the numbers");
        block.add(new Details("The numbers", numbers));
        return block;
    }

    private static String label(String type) {
        try {
            return Labels.of(ReferralType.valueOf(type));
        } catch (IllegalArgumentException e) {
            return type;
        }
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
