package app.tandem.progress.ui;

import app.tandem.assessment.Measure;
import app.tandem.base.ui.Dates;
import app.tandem.casefile.PartnerId;
import app.tandem.chart.SeriesStyle;
import app.tandem.chart.SvgChartRenderer;
import app.tandem.chart.TrendChart;
import app.tandem.checkin.CheckInLinkService;
import app.tandem.checkin.CheckInRecord;
import app.tandem.couple.Couple;
import app.tandem.text.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Client-reported scores on the Progress tab: their own chart, drawn with the markers no session
 * series uses (triangles for A, diamonds for B), and their numbers. Never mixed into the session
 * charts or the assessment (decision 0103). The safety answer is not shown here.
 */
@org.springframework.stereotype.Component
class CheckInProgressSection implements ProgressSection {

    private final CheckInLinkService links;

    CheckInProgressSection(CheckInLinkService links) {
        this.links = links;
    }

    @Override
    public Component content(Couple couple) {
        Texts texts = Texts.shared();
        Div section = new Div();
        section.setId("check-in-progress");
        section.setWidthFull();
        section.add(new H3(texts.get("checkIn.progress.title")));
        List<CheckInRecord> all = links.allCheckIns(couple.getId());
        if (all.isEmpty()) {
            section.add(new Paragraph(texts.get("checkIn.progress.empty")));
            return section;
        }
        section.add(new Paragraph(texts.get("checkIn.progress.help")));
        String nameA = couple.getPartnerA().getFirstName() + " (A)";
        String nameB = couple.getPartnerB().getFirstName() + " (B)";
        TreeMap<LocalDate, Integer[]> byDate = new TreeMap<>();
        for (CheckInRecord r : all) {
            Integer composite =
                    r.emotionalSafety() == null || r.reciprocalEffort() == null || r.clearCommunication() == null
                            ? null
                            : r.emotionalSafety() + r.reciprocalEffort() + r.clearCommunication();
            byDate.computeIfAbsent(r.date(), d -> new Integer[2])[r.partner() == PartnerId.A ? 0 : 1] = composite;
        }
        TrendChart.Builder chart = TrendChart.builder(
                        texts.get("checkIn.progress.chartTitle"), Measure.COMPOSITE.min(), Measure.COMPOSITE.max())
                .description(texts.get("checkIn.progress.help"))
                .yLabel(texts.get("composite.label"))
                .xLabel("Check-in date")
                .series(nameA + " · " + texts.get("checkIn.progress.selfReported"), SeriesStyle.THIRD)
                .series(nameB + " · " + texts.get("checkIn.progress.selfReported"), SeriesStyle.FOURTH);
        for (Map.Entry<LocalDate, Integer[]> e : byDate.entrySet()) {
            chart.point(e.getKey(), Dates.shortDate(e.getKey()), e.getValue()[0], e.getValue()[1]);
        }
        TrendChart built = chart.build();
        // Drawn as the Progress tab's composite is (decision 0092's readable charts): full width, a
        // wide and a narrow picture, so its labels stay at least the body's small text at any width.
        Svg large = new Svg(SvgChartRenderer.renderInteractive(built, 560, 240));
        large.addClassName("chart-svg-large");
        Svg small = new Svg(SvgChartRenderer.renderInteractive(built, 340, 240));
        small.addClassName("chart-svg-small");
        Div block = new Div(large, small);
        block.addClassName("chart");
        block.addClassName("chart-wide");
        section.add(block);
        Grid<CheckInRecord> table = new Grid<>();
        table.setItems(all);
        table.addColumn(r -> Dates.format(r.date())).setHeader("Date");
        table.addColumn(r -> r.partner() == PartnerId.A ? nameA : nameB).setHeader("Partner");
        table.addColumn(r -> show(r.emotionalSafety())).setHeader(texts.get("checkIn.metrics.emotionalSafety"));
        table.addColumn(r -> show(r.reciprocalEffort())).setHeader(texts.get("checkIn.metrics.reciprocalEffort"));
        table.addColumn(r -> show(r.clearCommunication())).setHeader(texts.get("checkIn.metrics.clearCommunication"));
        table.addColumn(r -> show(r.csi4())).setHeader(texts.get("csi4.label"));
        // As every other table of the Progress tab: wrap, never cut a word (issue 17).
        table.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.setAllRowsVisible(true);
        table.setAriaLabel(texts.get("checkIn.progress.chartTitle") + ": the numbers");
        section.add(table);
        return section;
    }

    private static String show(Integer v) {
        return v == null ? "–" : String.valueOf(v);
    }
}
