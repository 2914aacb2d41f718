package app.tandem.chart;

import java.util.List;
import java.util.Objects;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfGState;

/**
 * Draws a {@link TrendChart} as vector graphics straight onto an OpenPDF content byte: no images,
 * no AWT. The geometry comes from {@link ChartLayout}, as for the SVG, so the report shows the
 * picture the counselor saw on screen.
 */
public final class PdfChartRenderer {

    private static final ChartColor WHITE = new ChartColor(255, 255, 255);

    private PdfChartRenderer() {}

    /**
     * Draws {@code chart} into the box whose lower left corner is ({@code x}, {@code y}) in PDF
     * user space, all text in {@code font}.
     */
    public static void draw(
            TrendChart chart, PdfContentByte cb, float x, float y, float width, float height, BaseFont font) {
        draw(chart, cb, x, y, width, height, font, font);
    }

    /**
     * As {@link #draw(TrendChart, PdfContentByte, float, float, float, float, BaseFont)}, with the
     * title in {@code boldFont}.
     */
    public static void draw(
            TrendChart chart,
            PdfContentByte cb,
            float x,
            float y,
            float width,
            float height,
            BaseFont font,
            BaseFont boldFont) {
        Objects.requireNonNull(cb, "cb");
        Objects.requireNonNull(font, "font");
        Objects.requireNonNull(boldFont, "boldFont");
        ChartLayout layout = ChartLayout.compute(chart, width, height, (text, size) -> font.getWidthPoint(text, size));
        new Painter(cb, x, y + height, font, boldFont).paint(layout);
    }

    /** Turns layout coordinates (origin top left, y down) into PDF ones (y up). */
    private record Painter(PdfContentByte cb, float originX, float top, BaseFont font, BaseFont boldFont) {

        float px(float x) {
            return originX + x;
        }

        float py(float y) {
            return top - y;
        }

        void paint(ChartLayout layout) {
            cb.saveState();
            layout.title().ifPresent(this::text);
            legend(layout);
            grid(layout);
            bands(layout);
            axes(layout);
            thresholds(layout);
            series(layout);
            thresholdLabels(layout);
            layout.emptyMessage().ifPresent(this::text);
            cb.restoreState();
        }

        private void legend(ChartLayout layout) {
            for (ChartLayout.LegendEntry entry : layout.legend()) {
                switch (entry) {
                    case ChartLayout.SeriesEntry e -> {
                        SeriesStyle style = e.series().style();
                        line(e.sample(), style.color(), 2f, style.dash());
                        marker(style, e.marker(), e.markerRadius());
                    }
                    case ChartLayout.BandEntry e -> {
                        ChartLayout.Rect r = e.swatch();
                        translucentRect(r, e.band().tint(), ChartLayout.BAND_OPACITY);
                        line(
                                new ChartLayout.Line(r.x(), r.y(), r.x() + r.width(), r.y()),
                                e.band().tint(),
                                1f,
                                e.band().edgeDash());
                        line(
                                new ChartLayout.Line(r.x(), r.y() + r.height(), r.x() + r.width(), r.y() + r.height()),
                                e.band().tint(),
                                1f,
                                e.band().edgeDash());
                    }
                }
                text(entry.label());
            }
        }

        private void grid(ChartLayout layout) {
            ChartLayout.Rect plot = layout.plot();
            for (ChartLayout.YTick tick : layout.yTicks()) {
                line(
                        new ChartLayout.Line(plot.x(), tick.y(), plot.x() + plot.width(), tick.y()),
                        ChartColor.GRID,
                        0.75f,
                        List.of());
            }
        }

        private void bands(ChartLayout layout) {
            for (ChartLayout.BandShape b : layout.bands()) {
                translucentRect(b.rect(), b.band().tint(), ChartLayout.BAND_OPACITY);
                line(b.upperEdge(), b.band().tint(), 1f, b.band().edgeDash());
                line(b.lowerEdge(), b.band().tint(), 1f, b.band().edgeDash());
            }
        }

        private void translucentRect(ChartLayout.Rect r, ChartColor color, float opacity) {
            cb.saveState();
            PdfGState translucent = new PdfGState();
            translucent.setFillOpacity(opacity);
            cb.setGState(translucent);
            fillColor(color);
            cb.rectangle(px(r.x()), py(r.y() + r.height()), r.width(), r.height());
            cb.fill();
            cb.restoreState();
        }

        private void axes(ChartLayout layout) {
            ChartLayout.Rect plot = layout.plot();
            float bottom = plot.y() + plot.height();
            cb.saveState();
            strokeStyle(ChartColor.INK, 1f, List.of());
            cb.moveTo(px(plot.x()), py(plot.y()));
            cb.lineTo(px(plot.x()), py(bottom));
            cb.lineTo(px(plot.x() + plot.width()), py(bottom));
            cb.stroke();
            for (ChartLayout.YTick tick : layout.yTicks()) {
                cb.moveTo(px(plot.x() - ChartLayout.TICK_LENGTH), py(tick.y()));
                cb.lineTo(px(plot.x()), py(tick.y()));
            }
            for (ChartLayout.XLabel label : layout.xLabels()) {
                cb.moveTo(px(label.x()), py(bottom));
                cb.lineTo(px(label.x()), py(bottom + ChartLayout.TICK_LENGTH));
            }
            cb.stroke();
            cb.restoreState();
            layout.yTicks().forEach(t -> text(t.label()));
            layout.xLabels().forEach(l -> text(l.label()));
            layout.yAxisLabel().ifPresent(this::text);
            layout.xAxisLabel().ifPresent(this::text);
        }

        private void thresholds(ChartLayout layout) {
            for (ChartLayout.ThresholdShape t : layout.thresholds()) {
                line(t.line(), ChartColor.INK, 1.2f, ChartLayout.THRESHOLD_DASH);
            }
        }

        /** Drawn after the series so a line crossing a label does not hide it. */
        private void thresholdLabels(ChartLayout layout) {
            for (ChartLayout.ThresholdShape t : layout.thresholds()) {
                translucentRect(t.labelBackground(), WHITE, ChartLayout.LABEL_BACKGROUND_OPACITY);
                text(t.label());
            }
        }

        private void series(ChartLayout layout) {
            for (ChartLayout.SeriesShape s : layout.series()) {
                SeriesStyle style = s.series().style();
                cb.saveState();
                strokeStyle(style.color(), 2f, style.dash());
                cb.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
                boolean any = false;
                for (List<ChartLayout.Point> run : s.runs()) {
                    if (run.size() < 2) {
                        continue;
                    }
                    cb.moveTo(px(run.get(0).x()), py(run.get(0).y()));
                    for (int i = 1; i < run.size(); i++) {
                        cb.lineTo(px(run.get(i).x()), py(run.get(i).y()));
                    }
                    any = true;
                }
                if (any) {
                    cb.stroke();
                }
                cb.restoreState();
                for (ChartLayout.Point p : s.markers()) {
                    marker(style, p, s.markerRadius());
                }
            }
        }

        private void marker(SeriesStyle style, ChartLayout.Point p, float r) {
            cb.saveState();
            fillColor(style.color());
            if (style.marker() == MarkerShape.CIRCLE) {
                cb.circle(px(p.x()), py(p.y()), r);
            } else {
                List<ChartLayout.Point> corners = style.marker().polygon(p.x(), p.y(), r);
                cb.moveTo(px(corners.get(0).x()), py(corners.get(0).y()));
                for (int i = 1; i < corners.size(); i++) {
                    cb.lineTo(px(corners.get(i).x()), py(corners.get(i).y()));
                }
                cb.closePath();
            }
            cb.fill();
            cb.restoreState();
        }

        private void line(ChartLayout.Line l, ChartColor color, float width, List<Float> dash) {
            cb.saveState();
            strokeStyle(color, width, dash);
            cb.moveTo(px(l.x1()), py(l.y1()));
            cb.lineTo(px(l.x2()), py(l.y2()));
            cb.stroke();
            cb.restoreState();
        }

        private void strokeStyle(ChartColor color, float width, List<Float> dash) {
            cb.setRGBColorStroke(color.red(), color.green(), color.blue());
            cb.setLineWidth(width);
            if (dash.isEmpty()) {
                cb.setLineDash(0f);
            } else {
                float[] pattern = new float[dash.size()];
                for (int i = 0; i < pattern.length; i++) {
                    pattern[i] = dash.get(i);
                }
                cb.setLineDash(pattern, 0f);
            }
        }

        private void fillColor(ChartColor color) {
            cb.setRGBColorFill(color.red(), color.green(), color.blue());
        }

        private void text(ChartLayout.Text t) {
            int align = switch (t.anchor()) {
                case START -> Element.ALIGN_LEFT;
                case MIDDLE -> Element.ALIGN_CENTER;
                case END -> Element.ALIGN_RIGHT;
            };
            cb.saveState();
            cb.beginText();
            fillColor(ChartColor.INK);
            cb.setFontAndSize(t.bold() ? boldFont : font, t.size());
            // The layout's vertical text reads bottom to top: a quarter turn anticlockwise in PDF space.
            cb.showTextAligned(align, t.text(), px(t.x()), py(t.y()), t.vertical() ? 90f : 0f);
            cb.endText();
            cb.restoreState();
        }
    }
}
