package app.tandem.chart;

import static app.tandem.chart.ChartLayout.ASCENT;
import static app.tandem.chart.ChartLayout.AXIS_LABEL_SIZE;
import static app.tandem.chart.ChartLayout.DESCENT;
import static app.tandem.chart.ChartLayout.ELLIPSIS;
import static app.tandem.chart.ChartLayout.EMPTY_SIZE;
import static app.tandem.chart.ChartLayout.LABEL_GAP;
import static app.tandem.chart.ChartLayout.LEGEND_SIZE;
import static app.tandem.chart.ChartLayout.MIN_PLOT;
import static app.tandem.chart.ChartLayout.NOTE_SIZE;
import static app.tandem.chart.ChartLayout.PAD;
import static app.tandem.chart.ChartLayout.SAMPLE_LENGTH;
import static app.tandem.chart.ChartLayout.TICK_LENGTH;
import static app.tandem.chart.ChartLayout.TICK_SIZE;
import static app.tandem.chart.ChartLayout.TITLE_SIZE;
import static app.tandem.chart.ChartLayout.clamp;
import static app.tandem.chart.ChartLayout.decimalsFor;
import static app.tandem.chart.ChartLayout.formatNumber;
import static app.tandem.chart.ChartLayout.tickValues;

import app.tandem.chart.ChartLayout.Anchor;
import app.tandem.chart.ChartLayout.BandEntry;
import app.tandem.chart.ChartLayout.BandShape;
import app.tandem.chart.ChartLayout.LegendEntry;
import app.tandem.chart.ChartLayout.Line;
import app.tandem.chart.ChartLayout.Point;
import app.tandem.chart.ChartLayout.Rect;
import app.tandem.chart.ChartLayout.SeriesEntry;
import app.tandem.chart.ChartLayout.SeriesShape;
import app.tandem.chart.ChartLayout.Text;
import app.tandem.chart.ChartLayout.ThresholdShape;
import app.tandem.chart.ChartLayout.XLabel;
import app.tandem.chart.ChartLayout.YTick;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The arithmetic of one {@link ChartLayout}: from the top down, the title, the legend, the y
 * axis and the plot, the x axis, then the bands, thresholds and series inside the plot. Used
 * once and thrown away.
 */
final class LayoutComputation {

    private final TrendChart chart;
    private final float width;
    private final float height;
    private final TextMeasure measure;

    private Text title;
    private final List<LegendEntry> legend = new ArrayList<>();
    private final List<YTick> yTicks = new ArrayList<>();
    private final List<Float> categoryXs = new ArrayList<>();
    private final List<XLabel> xLabels = new ArrayList<>();
    private Text yAxisLabel;
    private Text xAxisLabel;
    private final List<BandShape> bands = new ArrayList<>();
    private final List<ThresholdShape> thresholds = new ArrayList<>();
    private final List<SeriesShape> series = new ArrayList<>();
    private Text emptyMessage;
    /** The plot's edges, as computed (its bottom is not exactly {@code y + height} in floats). */
    private float top;

    private float bottom;
    private float left;

    LayoutComputation(TrendChart chart, float width, float height, TextMeasure measure) {
        this.chart = chart;
        this.width = width;
        this.height = height;
        this.measure = measure;
    }

    ChartLayout run() {
        float y = legend(title());
        Rect plot = plot(y);
        float xLabelBaseline = bottom + TICK_LENGTH + 3 + TICK_SIZE * ASCENT;
        axisLabels(plot, xLabelBaseline);

        int n = chart.categories().size();
        float step = plot.width() / Math.max(n, 1);
        for (int i = 0; i < n; i++) {
            categoryXs.add(left + (i + 0.5f) * step);
        }
        xLabels(xLabelBaseline);

        bands(plot);
        thresholds(plot);
        series(plot, step);

        if (!chart.hasData()) {
            String t = fit(chart.emptyMessage(), EMPTY_SIZE, plot.width() - 8);
            emptyMessage = new Text(
                    t,
                    left + plot.width() / 2,
                    top + plot.height() / 2 + EMPTY_SIZE * 0.35f,
                    EMPTY_SIZE,
                    Anchor.MIDDLE,
                    false,
                    false);
        }
        return new ChartLayout(
                width,
                height,
                Optional.ofNullable(title),
                legend,
                plot,
                yTicks,
                categoryXs,
                xLabels,
                Optional.ofNullable(yAxisLabel),
                Optional.ofNullable(xAxisLabel),
                bands,
                thresholds,
                series,
                Optional.ofNullable(emptyMessage));
    }

    /** The title, if any; returns the y below it. */
    private float title() {
        float y = PAD;
        if (!chart.title().isBlank()) {
            String t = fit(chart.title(), TITLE_SIZE, width - 2 * PAD);
            title = new Text(t, PAD, y + TITLE_SIZE * 0.8f, TITLE_SIZE, Anchor.START, false, true);
            y += TITLE_SIZE * 1.3f;
        }
        return y;
    }

    /** The plot below {@code y}, left of it the y ticks with their labels wide enough for the widest. */
    private Rect plot(float y) {
        top = y + TICK_SIZE * 0.6f;
        boolean hasXLabel = !chart.xLabel().isBlank();
        float bottomMargin =
                PAD + TICK_LENGTH + 3 + TICK_SIZE * (ASCENT + DESCENT) + (hasXLabel ? AXIS_LABEL_SIZE * 1.5f : 0);
        bottom = Math.max(top + MIN_PLOT, height - bottomMargin);

        List<Double> tickValues = tickValues(chart.yMin(), chart.yMax(), bottom - top);
        int decimals = decimalsFor(tickValues);
        List<String> tickTexts =
                tickValues.stream().map(v -> formatNumber(v, decimals)).toList();
        float tickTextWidth = 0;
        for (String s : tickTexts) {
            tickTextWidth = Math.max(tickTextWidth, measure.width(s, TICK_SIZE));
        }
        boolean hasYLabel = !chart.yLabel().isBlank();
        left = PAD + (hasYLabel ? AXIS_LABEL_SIZE * 1.4f : 0) + tickTextWidth + TICK_LENGTH + 3;
        float right = Math.max(left + MIN_PLOT, width - PAD - 4);
        Rect plot = new Rect(left, top, right - left, bottom - top);

        for (int i = 0; i < tickValues.size(); i++) {
            float ty = mapY(tickValues.get(i), plot);
            Text label = new Text(
                    tickTexts.get(i),
                    left - TICK_LENGTH - 3,
                    ty + TICK_SIZE * 0.35f,
                    TICK_SIZE,
                    Anchor.END,
                    false,
                    false);
            yTicks.add(new YTick(tickValues.get(i), ty, label));
        }
        return plot;
    }

    private void axisLabels(Rect plot, float xLabelBaseline) {
        if (!chart.yLabel().isBlank()) {
            String t = fit(chart.yLabel(), AXIS_LABEL_SIZE, plot.height());
            yAxisLabel = new Text(
                    t,
                    PAD + AXIS_LABEL_SIZE * 0.8f,
                    top + plot.height() / 2,
                    AXIS_LABEL_SIZE,
                    Anchor.MIDDLE,
                    true,
                    false);
        }
        if (!chart.xLabel().isBlank()) {
            String t = fit(chart.xLabel(), AXIS_LABEL_SIZE, plot.width());
            xAxisLabel = new Text(
                    t,
                    left + plot.width() / 2,
                    xLabelBaseline + TICK_SIZE * DESCENT + AXIS_LABEL_SIZE * 1.2f,
                    AXIS_LABEL_SIZE,
                    Anchor.MIDDLE,
                    false,
                    false);
        }
    }

    /**
     * Series, then bands, flow left to right and wrap into rows; returns the y below the legend.
     * Bands are explained here rather than inside the plot, where their labels would collide
     * with the lines.
     */
    private float legend(float y) {
        record Item(Series series, Band band, String rawLabel) {}
        List<Item> items = new ArrayList<>();
        chart.series().forEach(s -> items.add(new Item(s, null, s.name())));
        chart.bands().forEach(b -> items.add(new Item(null, b, b.label())));
        if (items.isEmpty()) {
            return y;
        }
        float rowHeight = LEGEND_SIZE * 1.7f;
        float available = width - 2 * PAD;
        float entryGap = 14f;
        float x = PAD;
        float rowCentre = y + rowHeight / 2;
        boolean rowEmpty = true;
        for (Item item : items) {
            String name = fit(item.rawLabel(), LEGEND_SIZE, available - SAMPLE_LENGTH - 5);
            float entryWidth = SAMPLE_LENGTH + 5 + measure.width(name, LEGEND_SIZE);
            if (!rowEmpty && x + entryWidth > PAD + available) {
                x = PAD;
                rowCentre += rowHeight;
            }
            Text label = new Text(
                    name,
                    x + SAMPLE_LENGTH + 5,
                    rowCentre + LEGEND_SIZE * 0.35f,
                    LEGEND_SIZE,
                    Anchor.START,
                    false,
                    false);
            if (item.series() != null) {
                Line sample = new Line(x, rowCentre, x + SAMPLE_LENGTH, rowCentre);
                Point marker = new Point(x + SAMPLE_LENGTH / 2, rowCentre);
                legend.add(new SeriesEntry(item.series(), sample, marker, 3.5f, label));
            } else {
                float swatchHeight = LEGEND_SIZE * 0.9f;
                Rect swatch = new Rect(x, rowCentre - swatchHeight / 2, SAMPLE_LENGTH, swatchHeight);
                legend.add(new BandEntry(item.band(), swatch, label));
            }
            x += entryWidth + entryGap;
            rowEmpty = false;
        }
        return rowCentre + rowHeight / 2 + 2;
    }

    /**
     * Shows every k-th label, with the smallest k for which no two shown labels overlap; labels
     * are kept inside the chart, which can push the first and last inwards, so each k is
     * checked on the final positions rather than estimated.
     */
    private void xLabels(float baseline) {
        int n = chart.categories().size();
        if (n == 0) {
            return;
        }
        float[] widths = new float[n];
        for (int i = 0; i < n; i++) {
            widths[i] = measure.width(chart.categories().get(i).label(), TICK_SIZE);
        }
        for (int k = 1; k <= n; k++) {
            List<XLabel> candidate = new ArrayList<>();
            float previousRight = Float.NEGATIVE_INFINITY;
            boolean fits = true;
            for (int i = 0; i < n; i += k) {
                float w = Math.min(widths[i], width - 2 * PAD);
                float centre = clamp(categoryXs.get(i), PAD + w / 2, width - PAD - w / 2);
                if (centre - w / 2 < previousRight + LABEL_GAP) {
                    fits = false;
                    break;
                }
                previousRight = centre + w / 2;
                String text = fit(chart.categories().get(i).label(), TICK_SIZE, width - 2 * PAD);
                candidate.add(new XLabel(
                        i,
                        categoryXs.get(i),
                        new Text(text, centre, baseline, TICK_SIZE, Anchor.MIDDLE, false, false)));
            }
            if (fits) {
                xLabels.addAll(candidate);
                return;
            }
        }
    }

    private void bands(Rect plot) {
        for (Band band : chart.bands()) {
            double from = Math.max(band.from(), chart.yMin());
            double to = Math.min(band.to(), chart.yMax());
            if (from > to) {
                continue;
            }
            float top = mapY(to, plot);
            float bottom = mapY(from, plot);
            if (bottom - top < 1) {
                // A zero-width band (no measurable error) still has to be visible.
                top -= 0.5f;
                bottom += 0.5f;
            }
            Rect rect = new Rect(plot.x(), top, plot.width(), bottom - top);
            bands.add(new BandShape(
                    band,
                    rect,
                    new Line(plot.x(), top, plot.right(), top),
                    new Line(plot.x(), bottom, plot.right(), bottom)));
        }
    }

    private void thresholds(Rect plot) {
        List<Rect> placed = new ArrayList<>();
        for (Threshold t : chart.thresholds()) {
            if (t.value() < chart.yMin() || t.value() > chart.yMax()) {
                continue;
            }
            float ly = mapY(t.value(), plot);
            Line line = new Line(plot.x(), ly, plot.right(), ly);
            float above = ly - 3 - NOTE_SIZE * DESCENT;
            float baseline = above - NOTE_SIZE * ASCENT >= plot.y() ? above : ly + 3 + NOTE_SIZE * ASCENT;
            Text label = placeNote(t.label(), plot.right() - 4, baseline, plot, placed);
            float w = measure.width(label.text(), NOTE_SIZE);
            Rect background = new Rect(
                    label.x() - w - 2, label.y() - NOTE_SIZE * ASCENT - 1, w + 4, NOTE_SIZE * (ASCENT + DESCENT) + 2);
            thresholds.add(new ThresholdShape(t, line, label, background));
        }
    }

    /** Right-aligns a threshold label at x, moved down until it clears the labels already placed. */
    private Text placeNote(String raw, float x, float baseline, Rect plot, List<Rect> placed) {
        String text = fit(raw, NOTE_SIZE, plot.width() - 8);
        float w = measure.width(text, NOTE_SIZE);
        float left = x - w;
        float lineHeight = NOTE_SIZE * (ASCENT + DESCENT) + 1;
        float y = baseline;
        for (int attempt = 0; attempt < 12; attempt++) {
            Rect box = new Rect(left, y - NOTE_SIZE * ASCENT, w, lineHeight);
            if (placed.stream().noneMatch(box::intersects) || box.bottom() + lineHeight > plot.bottom()) {
                placed.add(box);
                break;
            }
            y += lineHeight;
        }
        return new Text(text, x, y, NOTE_SIZE, Anchor.END, false, false);
    }

    private void series(Rect plot, float step) {
        float radius = clamp(step * 0.3f, 1.8f, 3.5f);
        for (Series s : chart.series()) {
            if (!s.hasData()) {
                continue;
            }
            List<List<Point>> runs = new ArrayList<>();
            List<Point> markers = new ArrayList<>();
            List<Point> run = null;
            for (int i = 0; i < s.values().size(); i++) {
                Double v = s.values().get(i);
                if (v == null) {
                    run = null;
                    continue;
                }
                double clamped = Math.max(chart.yMin(), Math.min(chart.yMax(), v));
                Point p = new Point(categoryXs.get(i), mapY(clamped, plot));
                if (run == null) {
                    run = new ArrayList<>();
                    runs.add(run);
                }
                run.add(p);
                markers.add(p);
            }
            series.add(new SeriesShape(s, runs.stream().map(List::copyOf).toList(), List.copyOf(markers), radius));
        }
    }

    private float mapY(double value, Rect plot) {
        double fraction = (chart.yMax() - value) / (chart.yMax() - chart.yMin());
        return (float) (plot.y() + fraction * plot.height());
    }

    /** Shortens text with an ellipsis until it fits {@code maxWidth}. */
    private String fit(String text, float size, float maxWidth) {
        if (measure.width(text, size) <= maxWidth) {
            return text;
        }
        int end = text.length();
        while (end > 0 && measure.width(text.substring(0, end) + ELLIPSIS, size) > maxWidth) {
            end--;
            if (end > 0 && Character.isLowSurrogate(text.charAt(end))) {
                end--;
            }
        }
        return end == 0 ? ELLIPSIS : text.substring(0, end).stripTrailing() + ELLIPSIS;
    }
}
