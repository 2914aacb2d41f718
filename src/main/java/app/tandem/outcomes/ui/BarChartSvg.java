package app.tandem.outcomes.ui;

import java.util.List;
import java.util.Locale;

/**
 * A small horizontal bar chart as SVG text: one bar per category with its count and share. Drawn
 * in user units that the page scales up to its box, never down below its own size, so that its
 * labels stay at least the body's small text (styles/tandem.css, {@code .bar-chart}).
 */
final class BarChartSvg {

    static final int WIDTH = 520;
    private static final int LABEL_WIDTH = 230;
    private static final int ROW = 36;
    private static final int FONT = 16;
    private static final String[] COLORS = {"#1f5fa8", "#8a5a00", "#a32035", "#2f6f3e", "#5b4a8a", "#555555"};

    record Bar(String label, int count) {}

    private BarChartSvg() {}

    static String render(String title, List<Bar> bars) {
        int total = bars.stream().mapToInt(Bar::count).sum();
        int max = Math.max(1, bars.stream().mapToInt(Bar::count).max().orElse(1));
        int height = Math.max(1, bars.size()) * ROW + 8;
        StringBuilder svg = new StringBuilder(1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(height)
                .append("\" aria-label=\"")
                .append(escape(title))
                .append("\" font-family=\"'DejaVu Sans', Verdana, Arial, sans-serif\">\n");
        svg.append("<title>").append(escape(title)).append("</title>\n");
        int barSpace = WIDTH - LABEL_WIDTH - 110;
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = 4 + i * ROW;
            int w = Math.round((float) barSpace * b.count() / max);
            svg.append("<text x=\"")
                    .append(LABEL_WIDTH - 8)
                    .append("\" y=\"")
                    .append(y + ROW / 2 + 5)
                    .append("\" font-size=\"")
                    .append(FONT)
                    .append("\" text-anchor=\"end\" fill=\"#333333\">")
                    .append(escape(b.label()))
                    .append("</text>\n");
            svg.append("<rect x=\"")
                    .append(LABEL_WIDTH)
                    .append("\" y=\"")
                    .append(y + 6)
                    .append("\" width=\"")
                    .append(Math.max(b.count() > 0 ? 2 : 0, w))
                    .append("\" height=\"")
                    .append(ROW - 12)
                    .append("\" fill=\"")
                    .append(COLORS[i % COLORS.length])
                    .append("\"/>\n");
            svg.append("<text x=\"")
                    .append(LABEL_WIDTH + Math.max(2, w) + 6)
                    .append("\" y=\"")
                    .append(y + ROW / 2 + 5)
                    .append("\" font-size=\"")
                    .append(FONT)
                    .append("\" fill=\"#333333\">")
                    .append(b.count())
                    .append(total == 0 ? "" : " (" + percent(b.count(), total) + ")")
                    .append("</text>\n");
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    static String percent(int count, int total) {
        return total == 0 ? "—" : String.format(Locale.ROOT, "%d %%", Math.round(100.0 * count / total));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
