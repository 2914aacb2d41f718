package app.tandem.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable description of one trend chart: values per session date for one or more series,
 * with optional bands and threshold lines. All text is supplied by the caller, already in the
 * user's language; the renderers add no words of their own.
 *
 * @param title        heading drawn above the plot and used as the accessible name
 * @param description  longer accessible description (SVG {@code <desc>}), e.g. a one-sentence summary
 * @param yMin         bottom of the y axis
 * @param yMax         top of the y axis (greater than {@code yMin})
 * @param yLabel       y axis label, e.g. "Composite (0–30)"
 * @param xLabel       x axis label, e.g. "Session"; may be empty to draw none
 * @param categories   x positions in order, one per session
 * @param series       lines; each has one value per category; no two share a style
 * @param bands        translucent bands, drawn beneath the lines
 * @param thresholds   dashed reference lines
 * @param emptyMessage text shown when no series has a value, e.g. "No scored sessions yet"
 */
public record TrendChart(
        String title,
        String description,
        double yMin,
        double yMax,
        String yLabel,
        String xLabel,
        List<XCategory> categories,
        List<Series> series,
        List<Band> bands,
        List<Threshold> thresholds,
        String emptyMessage) {

    /** Used when the builder is given no empty-state message. */
    public static final String DEFAULT_EMPTY_MESSAGE = "No scored sessions yet";

    public TrendChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(yLabel, "yLabel");
        Objects.requireNonNull(xLabel, "xLabel");
        Objects.requireNonNull(emptyMessage, "emptyMessage");
        if (!Double.isFinite(yMin) || !Double.isFinite(yMax) || yMax <= yMin) {
            throw new IllegalArgumentException("y axis needs finite yMin < yMax, was " + yMin + ".." + yMax);
        }
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        bands = List.copyOf(bands);
        thresholds = List.copyOf(thresholds);
        Set<SeriesStyle> styles = EnumSet.noneOf(SeriesStyle.class);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series '" + s.name() + "' has "
                        + s.values().size() + " values for " + categories.size() + " categories");
            }
            // Two series with one look could not be told apart, which is the point of the palette.
            if (!styles.add(s.style())) {
                throw new IllegalArgumentException("style " + s.style() + " used by more than one series");
            }
        }
    }

    /** Whether any series has at least one value; if not, the renderers show {@link #emptyMessage()}. */
    public boolean hasData() {
        return series.stream().anyMatch(Series::hasData);
    }

    /** Starts a chart with the given title and y range. */
    public static Builder builder(String title, double yMin, double yMax) {
        return new Builder(title, yMin, yMax);
    }

    /** Collects categories and their values row by row, so values cannot fall out of step with dates. */
    public static final class Builder {
        private final String title;
        private final double yMin;
        private final double yMax;
        private String description = "";
        private String yLabel = "";
        private String xLabel = "";
        private String emptyMessage = DEFAULT_EMPTY_MESSAGE;
        private final List<XCategory> categories = new ArrayList<>();
        private final List<SeriesSpec> series = new ArrayList<>();
        private final List<Band> bands = new ArrayList<>();
        private final List<Threshold> thresholds = new ArrayList<>();

        private record SeriesSpec(String name, SeriesStyle style, List<Double> values) {}

        private Builder(String title, double yMin, double yMax) {
            this.title = title;
            this.yMin = yMin;
            this.yMax = yMax;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder yLabel(String yLabel) {
            this.yLabel = yLabel;
            return this;
        }

        public Builder xLabel(String xLabel) {
            this.xLabel = xLabel;
            return this;
        }

        public Builder emptyMessage(String emptyMessage) {
            this.emptyMessage = emptyMessage;
            return this;
        }

        /** Declares a series; add its values with {@link #point}. */
        public Builder series(String name, SeriesStyle style) {
            series.add(new SeriesSpec(name, style, new ArrayList<>()));
            return this;
        }

        /**
         * Adds one x category with one value per declared series, in declaration order;
         * {@code null} leaves a gap.
         */
        public Builder point(LocalDate date, String label, Number... valuesPerSeries) {
            if (valuesPerSeries.length != series.size()) {
                throw new IllegalArgumentException(
                        "expected " + series.size() + " values, got " + valuesPerSeries.length);
            }
            categories.add(new XCategory(date, label));
            for (int i = 0; i < valuesPerSeries.length; i++) {
                Number n = valuesPerSeries[i];
                series.get(i).values().add(n == null ? null : n.doubleValue());
            }
            return this;
        }

        public Builder band(Band band) {
            bands.add(band);
            return this;
        }

        public Builder threshold(Threshold threshold) {
            thresholds.add(threshold);
            return this;
        }

        public TrendChart build() {
            List<Series> built = series.stream()
                    .map(s -> new Series(s.name(), s.style(), s.values()))
                    .toList();
            return new TrendChart(
                    title, description, yMin, yMax, yLabel, xLabel, categories, built, bands, thresholds, emptyMessage);
        }
    }
}
