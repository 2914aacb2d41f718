package app.tandem.chart;

import java.util.List;

/** Shape of the point markers of a series; together with the dash pattern it tells series apart without colour. */
public enum MarkerShape {
    CIRCLE,
    SQUARE,
    TRIANGLE,
    DIAMOND;

    /**
     * Corners of the marker centred on (cx, cy) with "radius" r, in a y-down coordinate system;
     * empty for {@link #CIRCLE}, which both renderers draw natively.
     */
    List<ChartLayout.Point> polygon(float cx, float cy, float r) {
        return switch (this) {
            case CIRCLE -> List.of();
            case SQUARE -> {
                float h = r * 0.9f;
                yield List.of(p(cx - h, cy - h), p(cx + h, cy - h), p(cx + h, cy + h), p(cx - h, cy + h));
            }
            case TRIANGLE ->
                List.of(p(cx, cy - r * 1.15f), p(cx + r * 1.1f, cy + r * 0.8f), p(cx - r * 1.1f, cy + r * 0.8f));
            case DIAMOND ->
                List.of(p(cx, cy - r * 1.25f), p(cx + r * 1.1f, cy), p(cx, cy + r * 1.25f), p(cx - r * 1.1f, cy));
        };
    }

    private static ChartLayout.Point p(float x, float y) {
        return new ChartLayout.Point(x, y);
    }
}
