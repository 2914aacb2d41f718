package app.tandem.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where everything of a {@link TrendChart} goes in a box of a given size: the one geometry both
 * renderers draw, so the screen and the PDF cannot drift apart.
 *
 * <p>Coordinates have their origin at the top left and grow rightwards and downwards, as in SVG;
 * the PDF renderer flips them. Text positions are baselines. {@link #compute} makes one
 * ({@link LayoutComputation} holds the arithmetic).
 *
 * @param width        the box's width
 * @param height       the box's height
 * @param title        the chart title, unless the chart has none
 * @param legend       legend entries: the series in chart order, then the bands
 * @param plot         the plot area inside the axes
 * @param yTicks       the y axis ticks, bottom up
 * @param categoryXs   x position of every category, in order
 * @param xLabels      the x labels left after thinning
 * @param yAxisLabel   the y axis label, unless the chart has none
 * @param xAxisLabel   the x axis label, unless the chart has none
 * @param bands        the bands clipped to the plot
 * @param thresholds   the threshold lines within the y range
 * @param series       shapes of the series that have data, in chart order
 * @param emptyMessage the empty-state message, present only when no series has a value
 */
public record ChartLayout(
        float width,
        float height,
        Optional<Text> title,
        List<LegendEntry> legend,
        Rect plot,
        List<YTick> yTicks,
        List<Float> categoryXs,
        List<XLabel> xLabels,
        Optional<Text> yAxisLabel,
        Optional<Text> xAxisLabel,
        List<BandShape> bands,
        List<ThresholdShape> thresholds,
        List<SeriesShape> series,
        Optional<Text> emptyMessage) {

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

    static final float MIN_PLOT = 20f;
    // Rough ascent and descent as fractions of the font size, enough to keep text boxes apart.
    static final float ASCENT = 0.76f;
    static final float DESCENT = 0.24f;
    static final String ELLIPSIS = "…";

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
    public enum Anchor {
        START,
        MIDDLE,
        END
    }

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

    public ChartLayout {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(plot, "plot");
        Objects.requireNonNull(yAxisLabel, "yAxisLabel");
        Objects.requireNonNull(xAxisLabel, "xAxisLabel");
        Objects.requireNonNull(emptyMessage, "emptyMessage");
        legend = List.copyOf(legend);
        yTicks = List.copyOf(yTicks);
        categoryXs = List.copyOf(categoryXs);
        xLabels = List.copyOf(xLabels);
        bands = List.copyOf(bands);
        thresholds = List.copyOf(thresholds);
        series = List.copyOf(series);
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
        return new LayoutComputation(chart, width, height, measure).run();
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

    static int decimalsFor(List<Double> ticks) {
        if (ticks.size() < 2) {
            return 0;
        }
        double step = ticks.get(1) - ticks.get(0);
        return step >= 1 ? 0 : (int) Math.min(3, Math.ceil(-Math.log10(step) - 1e-9));
    }

    /** Plain number text without locale grouping, e.g. "13.5", "7", "-0.25". */
    static String formatNumber(double value, int maxDecimals) {
        BigDecimal d = BigDecimal.valueOf(value)
                .setScale(maxDecimals, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.toPlainString();
    }

    static float clamp(float v, float lo, float hi) {
        return lo > hi ? lo : Math.max(lo, Math.min(hi, v));
    }
}
