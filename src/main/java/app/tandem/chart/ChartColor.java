package app.tandem.chart;

import java.util.Locale;

/**
 * An opaque sRGB colour, kept as plain components so neither renderer depends on AWT.
 *
 * @param red   0–255
 * @param green 0–255
 * @param blue  0–255
 */
public record ChartColor(int red, int green, int blue) {

    /** Axes, tick labels and threshold lines. */
    public static final ChartColor INK = new ChartColor(0x33, 0x33, 0x33);
    /** Grid lines. */
    public static final ChartColor GRID = new ChartColor(0xDD, 0xDD, 0xDD);
    /** Tint of bands that belong to no particular series. */
    public static final ChartColor NEUTRAL = new ChartColor(0x88, 0x88, 0x88);

    public ChartColor {
        check(red, "red");
        check(green, "green");
        check(blue, "blue");
    }

    private static void check(int component, String name) {
        if (component < 0 || component > 255) {
            throw new IllegalArgumentException(name + " must be 0–255, was " + component);
        }
    }

    /** The colour as {@code #rrggbb}, as SVG and CSS expect it. */
    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }
}
