package app.tandem.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where everything of a {@link TrendChart} goes in a box of a given size: the one geometry both
 * renderers draw, so the screen and the PDF cannot drift apart.
 *
 * <p>Coordinates have their origin at the top left and grow rightwards and downwards, as in SVG;
 * the PDF renderer flips them. Text positions are baselines.
 */
public final class ChartLayout {

    static final float PAD = 8f;
    static final float TITLE_SIZE = 13f;
    static final float LEGEND_SIZE = 10f;
    static final float TICK_SIZE = 9f;
    static final float AXIS_LABEL_SIZE = 9.5f;
    static final float NOTE_SIZE = 8.5f;
    static final float EMPTY_SIZE = 11f;
    static final float TICK_LENGTH = 4f;
    static final float SAMPLE_LENGTH = 26f;
    static final float LABEL_GAP = 6f;
    /** Fill opacity of bands, so grid lines and series stay visible through them. */
    static final float BAND_OPACITY = 0.18f;
    /** Opacity of the white box behind threshold labels. */
    static final float LABEL_BACKGROUND_OPACITY = 0.8f;
    /** Dash pattern of threshold lines; differs from every series pattern. */
    static final List<Float> THRESHOLD_DASH = List.of(5f, 3f);
    private static final float MIN_PLOT = 20f;
    // Rough ascent and descent as fractions of the font size, enough to keep text boxes apart.
    private static final float ASCENT = 0.76f;
    private static final float DESCENT = 0.24f;
    private static final String ELLIPSIS = "…";

    /** A position. */
    public record Point(float x, float y) {}

    /** An axis-aligned rectangle; (x, y) is its top left corner. */
    public record Rect(float x, float y, float width, float height) {
        float right() {
            return x + width;
        }

        float bottom() {
            return y + height;
        }

        boolean intersects(Rect o) {
            return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
        }
    }

    /** A straight line. */
    public record Line(float x1, float y1, float x2, float y2) {}

    /** Horizontal alignment of text relative to its x position. */
    public enum Anchor { START, MIDDLE, END }

    /**
     * A run of text at baseline (x, y). A vertical text reads bottom to top, turned about (x, y).
     */
    public record Text(String text, float x, float y, float size, Anchor anchor, boolean vertical, boolean bold) {}

    /** A y axis tick at value {@code value}, drawn at height {@code y}, with a grid line. */
    public record YTick(double value, float y, Text label) {}

    /** A labelled x category; unlabelled ones are left out when labels are thinned. */
    public record XLabel(int index, float x, Text label) {}

    /** A band clipped to the plot, with its upper and lower edge lines. */
    public record BandShape(Band band, Rect rect, Line upperEdge, Line lowerEdge) {}

    /**
     * A threshold line across the plot, with its label on a pale background box (drawn over the
     * series, so the label stays readable where a line crosses it).
     */
    public record ThresholdShape(Threshold threshold, Line line, Text label, Rect labelBackground) {}

    /**
     * A series as runs of connected points (a gap starts a new run) and one marker per value.
     */
    public record SeriesShape(Series series, List<List<Point>> runs, List<Point> markers, float markerRadius) {}

    /** An entry of the legend above the plot: a sample of what it explains, and its text. */
    public sealed interface LegendEntry permits SeriesEntry, BandEntry {
        Text label();
    }

    /** A series in the legend: a short piece of its line with one marker, and its name. */
    public record SeriesEntry(Series series, Line sample, Point marker, float markerRadius, Text label)
            implements LegendEntry {}

    /** A band in the legend: a swatch with its tint and edges, and its label. */
    public record BandEntry(Band band, Rect swatch, Text label) implements LegendEntry {}

    private final float width;
    private final float height;
    private final Optional<Text> title;
    private final List<LegendEntry> legend;
    private final Rect plot;
    private final List<YTick> yTicks;
    private final List<Float> categoryXs;
    private final List<XLabel> xLabels;
    private final Optional<Text> yAxisLabel;
    private final Optional<Text> xAxisLabel;
    private final List<BandShape> bands;
    private final List<ThresholdShape> thresholds;
    private final List<SeriesShape> series;
    private final Optional<Text> emptyMessage;

    private ChartLayout(Builder b) {
        this.width = b.width;
        this.height = b.height;
        this.title = Optional.ofNullable(b.title);
        this.legend = List.copyOf(b.legend);
        this.plot = b.plot;
        this.yTicks = List.copyOf(b.yTicks);
        this.categoryXs = List.copyOf(b.categoryXs);
        this.xLabels = List.copyOf(b.xLabels);
        this.yAxisLabel = Optional.ofNullable(b.yAxisLabel);
        this.xAxisLabel = Optional.ofNullable(b.xAxisLabel);
        this.bands = List.copyOf(b.bands);
        this.thresholds = List.copyOf(b.thresholds);
        this.series = List.copyOf(b.series);
        this.emptyMessage = Optional.ofNullable(b.emptyMessage);
    }

    private static final class Builder {
        float width;
        float height;
        Text title;
        final List<LegendEntry> legend = new ArrayList<>();
        Rect plot;
        final List<YTick> yTicks = new ArrayList<>();
        final List<Float> categoryXs = new ArrayList<>();
        final List<XLabel> xLabels = new ArrayList<>();
        Text yAxisLabel;
        Text xAxisLabel;
        final List<BandShape> bands = new ArrayList<>();
        final List<ThresholdShape> thresholds = new ArrayList<>();
        final List<SeriesShape> series = new ArrayList<>();
        Text emptyMessage;
    }

    /**
     * Lays out {@code chart} in a {@code width} × {@code height} box, measuring text with
     * {@code measure}. Never fails for small boxes: the plot keeps a minimum size and text is
     * shortened with an ellipsis where it would not fit.
     */
    public static ChartLayout compute(TrendChart chart, float width, float height, TextMeasure measure) {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(measure, "measure");
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("width and height must be positive, were " + width + " × " + height);
        }
        return new Computation(chart, width, height, measure).run();
    }

    private static final class Computation {
        private final TrendChart chart;
        private final float width;
        private final float height;
        private final TextMeasure measure;
        private final Builder out = new Builder();

        Computation(TrendChart chart, float width, float height, TextMeasure measure) {
            this.chart = chart;
            this.width = width;
            this.height = height;
            this.measure = measure;
            out.width = width;
            out.height = height;
        }

        ChartLayout run() {
            float y = PAD;
            if (!chart.title().isBlank()) {
                String t = fit(chart.title(), TITLE_SIZE, width - 2 * PAD);
                out.title = new Text(t, PAD, y + TITLE_SIZE * 0.8f, TITLE_SIZE, Anchor.START, false, true);
                y += TITLE_SIZE * 1.3f;
            }
            y = legend(y);

            float top = y + TICK_SIZE * 0.6f;
            boolean hasXLabel = !chart.xLabel().isBlank();
            float bottomMargin = PAD + TICK_LENGTH + 3 + TICK_SIZE * (ASCENT + DESCENT)
                    + (hasXLabel ? AXIS_LABEL_SIZE * 1.5f : 0);
            float bottom = Math.max(top + MIN_PLOT, height - bottomMargin);

            List<Double> tickValues = tickValues(chart.yMin(), chart.yMax(), bottom - top);
            int decimals = decimalsFor(tickValues);
            List<String> tickTexts = tickValues.stream().map(v -> formatNumber(v, decimals)).toList();
            float tickTextWidth = 0;
            for (String s : tickTexts) {
                tickTextWidth = Math.max(tickTextWidth, measure.width(s, TICK_SIZE));
            }
            boolean hasYLabel = !chart.yLabel().isBlank();
            float left = PAD + (hasYLabel ? AXIS_LABEL_SIZE * 1.4f : 0) + tickTextWidth + TICK_LENGTH + 3;
            float right = Math.max(left + MIN_PLOT, width - PAD - 4);
            Rect plot = new Rect(left, top, right - left, bottom - top);
            out.plot = plot;

            for (int i = 0; i < tickValues.size(); i++) {
                float ty = mapY(tickValues.get(i), plot);
                Text label = new Text(tickTexts.get(i), left - TICK_LENGTH - 3, ty + TICK_SIZE * 0.35f,
                        TICK_SIZE, Anchor.END, false, false);
                out.yTicks.add(new YTick(tickValues.get(i), ty, label));
            }
            if (hasYLabel) {
                String t = fit(chart.yLabel(), AXIS_LABEL_SIZE, plot.height());
                out.yAxisLabel = new Text(t, PAD + AXIS_LABEL_SIZE * 0.8f, top + plot.height() / 2,
                        AXIS_LABEL_SIZE, Anchor.MIDDLE, true, false);
            }
            float xLabelBaseline = bottom + TICK_LENGTH + 3 + TICK_SIZE * ASCENT;
            if (hasXLabel) {
                String t = fit(chart.xLabel(), AXIS_LABEL_SIZE, plot.width());
                out.xAxisLabel = new Text(t, left + plot.width() / 2,
                        xLabelBaseline + TICK_SIZE * DESCENT + AXIS_LABEL_SIZE * 1.2f,
                        AXIS_LABEL_SIZE, Anchor.MIDDLE, false, false);
            }

            int n = chart.categories().size();
            float step = plot.width() / Math.max(n, 1);
            for (int i = 0; i < n; i++) {
                out.categoryXs.add(left + (i + 0.5f) * step);
            }
            xLabels(xLabelBaseline);

            bands(plot);
            thresholds(plot);
            series(plot, step);

            if (!chart.hasData()) {
                String t = fit(chart.emptyMessage(), EMPTY_SIZE, plot.width() - 8);
                out.emptyMessage = new Text(t, left + plot.width() / 2,
                        top + plot.height() / 2 + EMPTY_SIZE * 0.35f, EMPTY_SIZE, Anchor.MIDDLE, false, false);
            }
            return new ChartLayout(out);
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
                Text label = new Text(name, x + SAMPLE_LENGTH + 5, rowCentre + LEGEND_SIZE * 0.35f, LEGEND_SIZE,
                        Anchor.START, false, false);
                if (item.series() != null) {
                    Line sample = new Line(x, rowCentre, x + SAMPLE_LENGTH, rowCentre);
                    Point marker = new Point(x + SAMPLE_LENGTH / 2, rowCentre);
                    out.legend.add(new SeriesEntry(item.series(), sample, marker, 3.5f, label));
                } else {
                    float swatchHeight = LEGEND_SIZE * 0.9f;
                    Rect swatch = new Rect(x, rowCentre - swatchHeight / 2, SAMPLE_LENGTH, swatchHeight);
                    out.legend.add(new BandEntry(item.band(), swatch, label));
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
                    float centre = clamp(out.categoryXs.get(i), PAD + w / 2, width - PAD - w / 2);
                    if (centre - w / 2 < previousRight + LABEL_GAP) {
                        fits = false;
                        break;
                    }
                    previousRight = centre + w / 2;
                    String text = fit(chart.categories().get(i).label(), TICK_SIZE, width - 2 * PAD);
                    candidate.add(new XLabel(i, out.categoryXs.get(i),
                            new Text(text, centre, baseline, TICK_SIZE, Anchor.MIDDLE, false, false)));
                }
                if (fits) {
                    out.xLabels.addAll(candidate);
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
                out.bands.add(new BandShape(band, rect, new Line(plot.x(), top, plot.right(), top),
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
                Rect background = new Rect(label.x() - w - 2, label.y() - NOTE_SIZE * ASCENT - 1, w + 4,
                        NOTE_SIZE * (ASCENT + DESCENT) + 2);
                out.thresholds.add(new ThresholdShape(t, line, label, background));
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
                    Point p = new Point(out.categoryXs.get(i), mapY(clamped, plot));
                    if (run == null) {
                        run = new ArrayList<>();
                        runs.add(run);
                    }
                    run.add(p);
                    markers.add(p);
                }
                out.series.add(new SeriesShape(s, runs.stream().map(List::copyOf).toList(), List.copyOf(markers), radius));
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

    /** "Nice" tick values (steps of 1, 2 or 5 × 10^k) within [min, max], about one per 40 units of height. */
    static List<Double> tickValues(double min, double max, float plotHeight) {
        int target = (int) clamp((float) Math.ceil(plotHeight / 40f), 2, 8);
        double rough = (max - min) / target;
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double step = magnitude;
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * magnitude >= rough) {
                step = m * magnitude;
                break;
            }
        }
        List<Double> ticks = new ArrayList<>();
        long first = (long) Math.ceil(min / step - 1e-9);
        for (long k = first; k * step <= max + step * 1e-9; k++) {
            // Multiplying an integer by the step avoids the drift of repeated addition (0.30000000000000004).
            ticks.add(k * step);
        }
        return ticks;
    }

    private static int decimalsFor(List<Double> ticks) {
        if (ticks.size() < 2) {
            return 0;
        }
        double step = ticks.get(1) - ticks.get(0);
        return step >= 1 ? 0 : (int) Math.min(3, Math.ceil(-Math.log10(step) - 1e-9));
    }

    /** Plain number text without locale grouping, e.g. "13.5", "7", "-0.25". */
    static String formatNumber(double value, int maxDecimals) {
        java.math.BigDecimal d = java.math.BigDecimal.valueOf(value)
                .setScale(maxDecimals, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.toPlainString();
    }

    private static float clamp(float v, float lo, float hi) {
        return lo > hi ? lo : Math.max(lo, Math.min(hi, v));
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }

    /** The chart title, unless the chart has none. */
    public Optional<Text> title() {
        return title;
    }

    /** Legend entries: the series in chart order, then the bands. */
    public List<LegendEntry> legend() {
        return legend;
    }

    /** The plot area inside the axes. */
    public Rect plot() {
        return plot;
    }

    public List<YTick> yTicks() {
        return yTicks;
    }

    /** x position of every category, in order. */
    public List<Float> categoryXs() {
        return categoryXs;
    }

    /** The x labels left after thinning. */
    public List<XLabel> xLabels() {
        return xLabels;
    }

    public Optional<Text> yAxisLabel() {
        return yAxisLabel;
    }

    public Optional<Text> xAxisLabel() {
        return xAxisLabel;
    }

    public List<BandShape> bands() {
        return bands;
    }

    public List<ThresholdShape> thresholds() {
        return thresholds;
    }

    /** Shapes of the series that have data, in chart order. */
    public List<SeriesShape> series() {
        return series;
    }

    /** The empty-state message, present only when no series has a value. */
    public Optional<Text> emptyMessage() {
        return emptyMessage;
    }
}
