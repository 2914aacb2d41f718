package app.tandem.chart;

import java.util.List;
import java.util.Objects;

/**
 * A translucent horizontal band across the plot, such as the reliable-change band around a
 * partner's baseline: values inside it are not a reliable change.
 *
 * @param from  lower y value
 * @param to    upper y value (not below {@code from})
 * @param label    legend text for the band, e.g. "Alex: no reliable change"
 * @param tint     fill colour, usually the colour of the series the band belongs to
 * @param edgeDash dash pattern of the band's upper and lower edges, usually that of its series, so
 *                 overlapping bands can be told apart without colour; empty for solid edges
 */
public record Band(double from, double to, String label, ChartColor tint, List<Float> edgeDash) {

    public Band {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(tint, "tint");
        edgeDash = List.copyOf(edgeDash);
        if (!Double.isFinite(from) || !Double.isFinite(to) || to < from) {
            throw new IllegalArgumentException("band needs finite from ≤ to, was " + from + ".." + to);
        }
    }

    /** A band in the neutral tint with solid edges. */
    public Band(double from, double to, String label) {
        this(from, to, label, ChartColor.NEUTRAL, List.of());
    }

    /**
     * The band {@code centre ± halfWidth} in the colour and dash pattern of {@code style}; for the
     * reliable-change band pass the baseline and cut-off × S_diff.
     */
    public static Band around(double centre, double halfWidth, String label, SeriesStyle style) {
        if (halfWidth < 0) {
            throw new IllegalArgumentException("halfWidth must not be negative: " + halfWidth);
        }
        return new Band(centre - halfWidth, centre + halfWidth, label, style.color(), style.dash());
    }
}
