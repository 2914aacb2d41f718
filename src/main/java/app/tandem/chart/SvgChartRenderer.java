package app.tandem.chart;

import static app.tandem.chart.SvgMarkup.escape;
import static app.tandem.chart.SvgMarkup.line;
import static app.tandem.chart.SvgMarkup.n;
import static app.tandem.chart.SvgMarkup.openLine;
import static app.tandem.chart.SvgMarkup.openRect;
import static app.tandem.chart.SvgMarkup.rect;
import static app.tandem.chart.SvgMarkup.stroke;
import static app.tandem.chart.SvgMarkup.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link TrendChart} as standalone SVG 1.1 text, for Vaadin's {@code Svg} component or a
 * file. The output is accessible (role "img", {@code <title>}, {@code <desc>}), uses no ids (so
 * several charts can share a page) and is deterministic: the same chart and size give the same string.
 */
public final class SvgChartRenderer {

    private static final String FONT_FAMILY = "'DejaVu Sans', Verdana, Arial, sans-serif";

    private SvgChartRenderer() {}

    /** Renders {@code chart} at {@code width} × {@code height} user units (pixels on screen). */
    public static String render(TrendChart chart, int width, int height) {
        return render(chart, width, height, false);
    }

    /**
     * As {@link #render(TrendChart, int, int)}, for a screen: each x category also gets a target
     * that can be hovered or focused (Tab) and then shows a tooltip with its date and every series'
     * value (the rows of {@link ChartTable#of(TrendChart)}). The root is then a named group, since
     * an image may not hold focusable parts. The page's stylesheet shows a {@code .tip} only while
     * its {@code .point} is hovered or focused.
     */
    public static String renderInteractive(TrendChart chart, int width, int height) {
        return render(chart, width, height, true);
    }

    private static String render(TrendChart chart, int width, int height, boolean interactive) {
        ChartLayout layout = ChartLayout.compute(chart, width, height, TextMeasure.approximate());
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" role=\"")
                .append(interactive ? "group" : "img")
                .append('"')
                .append(" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append('"')
                .append(" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append('"')
                .append(" aria-label=\"")
                .append(escape(chart.title()))
                .append('"')
                .append(" font-family=\"")
                .append(escape(FONT_FAMILY))
                .append("\">\n");
        svg.append("<title>").append(escape(chart.title())).append("</title>\n");
        svg.append("<desc>").append(escape(chart.description())).append("</desc>\n");
        openRect(svg, 0, 0, width, height);
        svg.append(" fill=\"#ffffff\"/>\n");

        layout.title().ifPresent(t -> text(svg, t, ChartColor.INK, "chart-title"));
        legend(svg, layout);
        grid(svg, layout);
        bands(svg, layout);
        axes(svg, layout);
        thresholds(svg, layout);
        series(svg, layout);
        thresholdLabels(svg, layout);
        layout.emptyMessage().ifPresent(t -> text(svg, t, ChartColor.INK, "empty"));
        if (interactive && layout.emptyMessage().isEmpty()) {
            tips(svg, chart, layout);
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void tips(StringBuilder svg, TrendChart chart, ChartLayout layout) {
        ChartTable table = ChartTable.of(chart);
        List<Float> xs = layout.categoryXs();
        ChartLayout.Rect plot = layout.plot();
        svg.append("<g class=\"tips\">\n");
        for (int i = 0; i < xs.size() && i < table.rows().size(); i++) {
            ChartTable.Row row = table.rows().get(i);
            List<String> lines = new ArrayList<>();
            lines.add(row.label());
            for (int k = 0; k < row.values().size(); k++) {
                lines.add(table.header().get(k + 1) + ": " + row.values().get(k));
            }
            float x = xs.get(i);
            float left = i == 0 ? plot.x() : (xs.get(i - 1) + x) / 2;
            float right = i == xs.size() - 1 ? plot.x() + plot.width() : (x + xs.get(i + 1)) / 2;
            svg.append("<g class=\"point\" tabindex=\"0\" role=\"img\" aria-label=\"")
                    .append(escape(String.join(", ", lines)))
                    .append("\">\n");
            rect(svg, new ChartLayout.Rect(left, plot.y(), Math.max(1f, right - left), plot.height()), "#ffffff", 0);
            tip(svg, lines, x, plot, layout.width());
            svg.append("</g>\n</g>\n");
        }
        svg.append("</g>\n");
    }

    /** The tooltip of one point: a line down the plot and a box with the point's date and values. */
    private static void tip(StringBuilder svg, List<String> lines, float x, ChartLayout.Rect plot, float chartWidth) {
        TextMeasure measure = TextMeasure.approximate();
        float size = ChartLayout.LEGEND_SIZE;
        float lineHeight = size * 1.3f;
        float boxWidth = 0;
        for (String line : lines) {
            boxWidth = Math.max(boxWidth, measure.width(line, size));
        }
        boxWidth += 2 * ChartLayout.PAD;
        float boxHeight = lines.size() * lineHeight + ChartLayout.PAD;
        float boxX = x + ChartLayout.PAD;
        if (boxX + boxWidth > chartWidth) {
            boxX = Math.max(0, x - ChartLayout.PAD - boxWidth);
        }
        float boxY = plot.y();
        svg.append("<g class=\"tip\">\n");
        line(svg, new ChartLayout.Line(x, plot.y(), x, plot.y() + plot.height()), ChartColor.INK, 1.5f, List.of());
        openRect(svg, boxX, boxY, boxWidth, boxHeight);
        svg.append(" rx=\"3\" fill=\"#ffffff\" fill-opacity=\"0.95\"");
        stroke(svg, ChartColor.INK, 1f, List.of());
        svg.append("/>\n");
        for (int k = 0; k < lines.size(); k++) {
            text(
                    svg,
                    new ChartLayout.Text(
                            lines.get(k),
                            boxX + ChartLayout.PAD,
                            boxY + ChartLayout.PAD / 2 + (k + 1) * lineHeight - size * 0.3f,
                            size,
                            ChartLayout.Anchor.START,
                            false,
                            k == 0),
                    ChartColor.INK,
                    null);
        }
    }

    private static void legend(StringBuilder svg, ChartLayout layout) {
        if (layout.legend().isEmpty()) {
            return;
        }
        svg.append("<g class=\"legend\">\n");
        for (ChartLayout.LegendEntry entry : layout.legend()) {
            switch (entry) {
                case ChartLayout.SeriesEntry e -> {
                    SeriesStyle style = e.series().style();
                    line(svg, e.sample(), style.color(), 2f, style.dash());
                    marker(svg, style, e.marker(), e.markerRadius());
                }
                case ChartLayout.BandEntry e -> {
                    ChartLayout.Rect r = e.swatch();
                    rect(svg, r, e.band().tint().hex(), ChartLayout.BAND_OPACITY);
                    ChartLayout.Line upper = new ChartLayout.Line(r.x(), r.y(), r.x() + r.width(), r.y());
                    ChartLayout.Line lower =
                            new ChartLayout.Line(r.x(), r.y() + r.height(), r.x() + r.width(), r.y() + r.height());
                    line(svg, upper, e.band().tint(), 1f, e.band().edgeDash());
                    line(svg, lower, e.band().tint(), 1f, e.band().edgeDash());
                }
            }
            text(svg, entry.label(), ChartColor.INK, null);
        }
        svg.append("</g>\n");
    }

    private static void grid(StringBuilder svg, ChartLayout layout) {
        ChartLayout.Rect plot = layout.plot();
        svg.append("<g class=\"grid\" stroke=\"").append(ChartColor.GRID.hex()).append("\" stroke-width=\"1\">\n");
        for (ChartLayout.YTick tick : layout.yTicks()) {
            openLine(svg, plot.x(), tick.y(), plot.x() + plot.width(), tick.y());
            svg.append("/>\n");
        }
        svg.append("</g>\n");
    }

    private static void bands(StringBuilder svg, ChartLayout layout) {
        for (ChartLayout.BandShape b : layout.bands()) {
            svg.append("<g class=\"band\">\n<title>")
                    .append(escape(b.band().label()))
                    .append("</title>\n");
            rect(svg, b.rect(), b.band().tint().hex(), ChartLayout.BAND_OPACITY);
            line(svg, b.upperEdge(), b.band().tint(), 1f, b.band().edgeDash());
            line(svg, b.lowerEdge(), b.band().tint(), 1f, b.band().edgeDash());
            svg.append("</g>\n");
        }
    }

    private static void axes(StringBuilder svg, ChartLayout layout) {
        ChartLayout.Rect plot = layout.plot();
        float bottom = plot.y() + plot.height();
        svg.append("<g class=\"axes\">\n");
        svg.append("<path d=\"M")
                .append(n(plot.x()))
                .append(' ')
                .append(n(plot.y()))
                .append(" V")
                .append(n(bottom))
                .append(" H")
                .append(n(plot.x() + plot.width()))
                .append('"')
                .append(" fill=\"none\"");
        stroke(svg, ChartColor.INK, 1f, List.of());
        svg.append("/>\n");
        for (ChartLayout.YTick tick : layout.yTicks()) {
            line(
                    svg,
                    new ChartLayout.Line(plot.x() - ChartLayout.TICK_LENGTH, tick.y(), plot.x(), tick.y()),
                    ChartColor.INK,
                    1f,
                    List.of());
            text(svg, tick.label(), ChartColor.INK, null);
        }
        for (ChartLayout.XLabel label : layout.xLabels()) {
            line(
                    svg,
                    new ChartLayout.Line(label.x(), bottom, label.x(), bottom + ChartLayout.TICK_LENGTH),
                    ChartColor.INK,
                    1f,
                    List.of());
            text(svg, label.label(), ChartColor.INK, "x-label");
        }
        layout.yAxisLabel().ifPresent(t -> text(svg, t, ChartColor.INK, "axis-label"));
        layout.xAxisLabel().ifPresent(t -> text(svg, t, ChartColor.INK, "axis-label"));
        svg.append("</g>\n");
    }

    private static void thresholds(StringBuilder svg, ChartLayout layout) {
        for (ChartLayout.ThresholdShape t : layout.thresholds()) {
            svg.append("<g class=\"threshold\">\n<title>")
                    .append(escape(t.threshold().label()))
                    .append("</title>\n");
            line(svg, t.line(), ChartColor.INK, 1.2f, ChartLayout.THRESHOLD_DASH);
            svg.append("</g>\n");
        }
    }

    /** Drawn after the series so a line crossing a label does not hide it. */
    private static void thresholdLabels(StringBuilder svg, ChartLayout layout) {
        for (ChartLayout.ThresholdShape t : layout.thresholds()) {
            ChartLayout.Rect r = t.labelBackground();
            svg.append("<g class=\"threshold-label\">\n");
            rect(svg, r, "#ffffff", ChartLayout.LABEL_BACKGROUND_OPACITY);
            text(svg, t.label(), ChartColor.INK, null);
            svg.append("</g>\n");
        }
    }

    private static void series(StringBuilder svg, ChartLayout layout) {
        for (ChartLayout.SeriesShape s : layout.series()) {
            SeriesStyle style = s.series().style();
            svg.append("<g class=\"series\">\n");
            // One path per series; each gap starts a new subpath, so the line breaks there.
            svg.append("<path d=\"");
            boolean firstRun = true;
            for (List<ChartLayout.Point> run : s.runs()) {
                if (!firstRun) {
                    svg.append(' ');
                }
                firstRun = false;
                for (int i = 0; i < run.size(); i++) {
                    ChartLayout.Point p = run.get(i);
                    svg.append(i == 0 ? "M" : " L").append(n(p.x())).append(' ').append(n(p.y()));
                }
            }
            svg.append("\" fill=\"none\" stroke-linejoin=\"round\"");
            stroke(svg, style.color(), 2f, style.dash());
            svg.append(">\n<title>").append(escape(s.series().name())).append("</title>\n</path>\n");
            for (ChartLayout.Point p : s.markers()) {
                marker(svg, style, p, s.markerRadius());
            }
            svg.append("</g>\n");
        }
    }

    private static void marker(StringBuilder svg, SeriesStyle style, ChartLayout.Point p, float r) {
        String fill = style.color().hex();
        if (style.marker() == MarkerShape.CIRCLE) {
            svg.append("<circle cx=\"")
                    .append(n(p.x()))
                    .append("\" cy=\"")
                    .append(n(p.y()))
                    .append("\" r=\"")
                    .append(n(r))
                    .append("\" fill=\"")
                    .append(fill)
                    .append("\"/>\n");
            return;
        }
        svg.append("<polygon points=\"");
        List<ChartLayout.Point> corners = style.marker().polygon(p.x(), p.y(), r);
        for (int i = 0; i < corners.size(); i++) {
            if (i > 0) {
                svg.append(' ');
            }
            svg.append(n(corners.get(i).x()))
                    .append(',')
                    .append(n(corners.get(i).y()));
        }
        svg.append("\" fill=\"").append(fill).append("\"/>\n");
    }
}
