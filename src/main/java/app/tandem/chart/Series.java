package app.tandem.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One line of the chart: a name for the legend, a look from the fixed palette, and one value per
 * x category, where {@code null} means "not scored" and leaves a gap in the line.
 *
 * @param name   legend text, e.g. the partner's name
 * @param style  colour, dash pattern and marker shape
 * @param values one entry per x category; nulls allowed; the list is unmodifiable
 */
public record Series(String name, SeriesStyle style, List<Double> values) {

    public Series {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(values, "values");
        for (Double v : values) {
            if (v != null && !Double.isFinite(v)) {
                throw new IllegalArgumentException("value of series '" + name + "' is not finite: " + v);
            }
        }
        // List.copyOf rejects nulls, and nulls are the gaps.
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** A series from integer or decimal scores; {@code null} entries become gaps. */
    public static Series of(String name, SeriesStyle style, List<? extends Number> values) {
        List<Double> converted = new ArrayList<>(values.size());
        for (Number n : values) {
            converted.add(n == null ? null : n.doubleValue());
        }
        return new Series(name, style, converted);
    }

    /** Whether at least one value is present. */
    public boolean hasData() {
        return values.stream().anyMatch(Objects::nonNull);
    }
}
