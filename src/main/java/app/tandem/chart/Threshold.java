package app.tandem.chart;

import java.util.Objects;

/**
 * A dashed horizontal reference line with a label, e.g. the CSI-4 distress line at 13.5.
 *
 * @param value y value of the line
 * @param label text drawn at the line, e.g. "Distress cut-off 13.5"
 */
public record Threshold(double value, String label) {
    public Threshold {
        Objects.requireNonNull(label, "label");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("threshold value is not finite: " + value);
        }
    }
}
