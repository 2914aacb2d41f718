package app.tandem.chart;

import java.util.List;

/**
 * The fixed palette of series looks. Colours are from the Okabe–Ito set, which stays
 * distinguishable for the common colour-vision deficiencies; each look also has its own dash
 * pattern and marker shape, so partner A and partner B can be told apart in greyscale print too.
 */
public enum SeriesStyle {
    /** Partner A: blue, solid line, circles. */
    PARTNER_A(new ChartColor(0x00, 0x72, 0xB2), List.of(), MarkerShape.CIRCLE),
    /** Partner B: vermillion, dashed line, squares. */
    PARTNER_B(new ChartColor(0xD5, 0x5E, 0x00), List.of(7f, 4f), MarkerShape.SQUARE),
    /** A third series: bluish green, dotted line, triangles. */
    THIRD(new ChartColor(0x00, 0x9E, 0x73), List.of(2f, 3f), MarkerShape.TRIANGLE),
    /** A fourth series: reddish purple, dash-dot line, diamonds. */
    FOURTH(new ChartColor(0xAA, 0x44, 0x99), List.of(9f, 3f, 2f, 3f), MarkerShape.DIAMOND);

    private final ChartColor color;
    private final List<Float> dash;
    private final MarkerShape marker;

    SeriesStyle(ChartColor color, List<Float> dash, MarkerShape marker) {
        this.color = color;
        this.dash = dash;
        this.marker = marker;
    }

    public ChartColor color() {
        return color;
    }

    /** Dash pattern in user units (on, off, …); empty for a solid line. */
    public List<Float> dash() {
        return dash;
    }

    public MarkerShape marker() {
        return marker;
    }
}
