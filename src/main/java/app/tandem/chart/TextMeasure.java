package app.tandem.chart;

/**
 * How wide a piece of text is, so the layout can leave room for labels and thin them out.
 * The PDF renderer measures with the embedded font; the SVG renderer cannot know the browser's
 * font and uses {@link #approximate()}, which errs on the wide side.
 */
@FunctionalInterface
public interface TextMeasure {

    /** Width of {@code text} at font size {@code size}, in the same units as the size. */
    float width(String text, float size);

    /**
     * Per-character estimates close to DejaVu Sans, one of the wider sans-serif faces, so labels
     * laid out with it do not collide in the narrower fonts a browser usually picks.
     */
    static TextMeasure approximate() {
        return (text, size) -> {
            float em = 0;
            for (int i = 0; i < text.length(); i++) {
                em += emWidth(text.charAt(i));
            }
            return em * size;
        };
    }

    private static float emWidth(char c) {
        if (c >= '0' && c <= '9') {
            return 0.64f;
        }
        if ("iljt.,:;'!|()[]Ifr ".indexOf(c) >= 0) {
            return c == ' ' ? 0.32f : 0.38f;
        }
        if ("mwMW@%".indexOf(c) >= 0) {
            return 0.98f;
        }
        if (Character.isUpperCase(c)) {
            return 0.74f;
        }
        if (Character.isLowerCase(c)) {
            return 0.62f;
        }
        return 0.8f;
    }
}
