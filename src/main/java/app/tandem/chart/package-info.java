/**
 * Trend charts drawn on the server: one immutable model ({@link app.tandem.chart.TrendChart}) and
 * one layout computation ({@link app.tandem.chart.ChartLayout}) shared by an SVG renderer for the
 * Progress screen and a vector renderer for the PDF report, so both show the same picture.
 * Plain Java plus OpenPDF: no Spring, JPA or Vaadin here; callers supply all wording and
 * locale-formatted labels.
 */
@NullMarked
package app.tandem.chart;

import org.jspecify.annotations.NullMarked;
