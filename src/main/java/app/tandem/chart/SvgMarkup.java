package app.tandem.chart;

import java.util.List;

/**
 * The SVG elements and attributes {@link SvgChartRenderer} paints with: rectangles, lines, strokes
 * and text, their numbers written the same way whatever the default locale, and text escaped so
 * that no caller-supplied name can break the document.
 */
final class SvgMarkup {

    private SvgMarkup() {}

    /** Opens a {@code <rect>} with its position and size; the caller adds the paint and closes it. */
    static void openRect(StringBuilder svg, float x, float y, float width, float height) {
        svg.append("<rect x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" width=\"")
                .append(n(width))
                .append("\" height=\"")
                .append(n(height))
                .append('"');
    }

    /** A closed {@code <rect>} filled with {@code hex} at {@code opacity}. */
    static void rect(StringBuilder svg, ChartLayout.Rect r, String hex, float opacity) {
        openRect(svg, r.x(), r.y(), r.width(), r.height());
        svg.append(" fill=\"")
                .append(hex)
                .append("\" fill-opacity=\"")
                .append(n(opacity))
                .append("\"/>\n");
    }

    /** Opens a {@code <line>} with its ends; the caller adds the stroke (or inherits it) and closes it. */
    static void openLine(StringBuilder svg, float x1, float y1, float x2, float y2) {
        svg.append("<line x1=\"")
                .append(n(x1))
                .append("\" y1=\"")
                .append(n(y1))
                .append("\" x2=\"")
                .append(n(x2))
                .append("\" y2=\"")
                .append(n(y2))
                .append('"');
    }

    /** A closed {@code <line>} with its own stroke. */
    static void line(StringBuilder svg, ChartLayout.Line l, ChartColor color, float width, List<Float> dash) {
        openLine(svg, l.x1(), l.y1(), l.x2(), l.y2());
        stroke(svg, color, width, dash);
        svg.append("/>\n");
    }

    static void stroke(StringBuilder svg, ChartColor color, float width, List<Float> dash) {
        svg.append(" stroke=\"")
                .append(color.hex())
                .append("\" stroke-width=\"")
                .append(n(width))
                .append('"');
        if (!dash.isEmpty()) {
            svg.append(" stroke-dasharray=\"");
            for (int i = 0; i < dash.size(); i++) {
                if (i > 0) {
                    svg.append(' ');
                }
                svg.append(n(dash.get(i)));
            }
            svg.append('"');
        }
    }

    static void text(StringBuilder svg, ChartLayout.Text t, ChartColor color, String cssClass) {
        svg.append("<text x=\"")
                .append(n(t.x()))
                .append("\" y=\"")
                .append(n(t.y()))
                .append('"');
        if (cssClass != null) {
            svg.append(" class=\"").append(cssClass).append('"');
        }
        svg.append(" font-size=\"").append(n(t.size())).append('"');
        if (t.bold()) {
            svg.append(" font-weight=\"bold\"");
        }
        switch (t.anchor()) {
            case MIDDLE -> svg.append(" text-anchor=\"middle\"");
            case END -> svg.append(" text-anchor=\"end\"");
            case START -> {}
        }
        if (t.vertical()) {
            svg.append(" transform=\"rotate(-90 ")
                    .append(n(t.x()))
                    .append(' ')
                    .append(n(t.y()))
                    .append(")\"");
        }
        svg.append(" fill=\"")
                .append(color.hex())
                .append("\">")
                .append(escape(t.text()))
                .append("</text>\n");
    }

    /** Coordinates with at most two decimals and a dot, whatever the default locale. */
    static String n(float v) {
        long hundredths = Math.round(v * 100.0);
        long whole = hundredths / 100;
        long frac = Math.abs(hundredths % 100);
        String sign = hundredths < 0 && whole == 0 ? "-" : "";
        if (frac == 0) {
            return sign + whole;
        }
        return sign + whole + (frac % 10 == 0 ? "." + frac / 10 : (frac < 10 ? ".0" : ".") + frac);
    }

    /**
     * Escapes text for element content and attribute values, and drops characters XML 1.0 does not
     * allow at all, so no caller-supplied name can break the document.
     */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (allowedInXml(c)) {
                        b.append(c);
                    } else if (Character.isHighSurrogate(c)
                            && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    }
                }
            }
        }
        return b.toString();
    }

    private static boolean allowedInXml(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
