package app.tandem.chart;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One position on the x axis: a session date and the label to show for it. The caller formats the
 * label, so locale choices stay outside the chart code.
 *
 * @param date  the date the values belong to
 * @param label display text, e.g. "3 Mar"
 */
public record XCategory(LocalDate date, String label) {
    public XCategory {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(label, "label");
    }
}
