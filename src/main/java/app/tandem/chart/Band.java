package app.tandem.chart;

import java.util.Objects;

/**
 * A translucent horizontal band across the plot, such as the reliable-change band around a
 * partner's baseline: values inside it are not a reliable change.
 *
 * @param from  lower y value
 * @param to    upper y value (not below {@code from})
 * @param label text drawn at the band, e.g. "A: no reliable change"
 * @param tint  fill colour, usually the colour of the series the band belongs to
 */
public record Band(double from, double to, String label, ChartColor tint) {

    public Band {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(tint, "tint");
        if (!Double.isFinite(from) || !Double.isFinite(to) || to < from) {
            throw new IllegalArgumentException("band needs finite from ≤ to, was " + from + ".." + to);
        }
    }

    /** A band in the neutral tint. */
    public Band(double from, double to, String label) {
        this(from, to, label, ChartColor.NEUTRAL);
    }

    /**
     * The band {@code centre ± halfWidth} tinted like {@code style}; for the reliable-change band
     * pass the baseline and cut-off × S_diff.
     */
    public static Band around(double centre, double halfWidth, String label, SeriesStyle style) {
        if (halfWidth < 0) {
            throw new IllegalArgumentException("halfWidth must not be negative: " + halfWidth);
        }
        return new Band(centre - halfWidth, centre + halfWidth, label, style.color());
    }
}
