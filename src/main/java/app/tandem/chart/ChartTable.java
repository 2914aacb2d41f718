package app.tandem.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * The numbers behind a {@link TrendChart} as a table, the text alternative to the picture that the
 * Progress screen and the PDF both show: a header row and one row per x category.
 *
 * @param header the chart's x axis label (give the chart one, it names the first column) followed by
 *               one series name per column
 * @param rows   one row per x category, in chart order
 */
public record ChartTable(List<String> header, List<Row> rows) {

    /** Shown for a missing value when the caller gives no other text. */
    public static final String DEFAULT_MISSING = "–";

    /**
     * One x category.
     *
     * @param date   the category's date
     * @param label  the category's display label
     * @param values one formatted value per series; the missing-value text where there is none
     */
    public record Row(LocalDate date, String label, List<String> values) {
        public Row {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(label, "label");
            values = List.copyOf(values);
        }

        /** The label followed by the values, matching the header. */
        public List<String> cells() {
            List<String> cells = new ArrayList<>(values.size() + 1);
            cells.add(label);
            cells.addAll(values);
            return List.copyOf(cells);
        }
    }

    public ChartTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** The table with values as plain numbers ("7", "13.5") and "–" for a missing value. */
    public static ChartTable of(TrendChart chart) {
        return of(chart, v -> ChartLayout.formatNumber(v, 2), DEFAULT_MISSING);
    }

    /**
     * The table with values formatted by {@code format} (for locale-aware decimals) and
     * {@code missing} where a series has no value.
     */
    public static ChartTable of(TrendChart chart, DoubleFunction<String> format, String missing) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(missing, "missing");
        List<String> header = new ArrayList<>();
        header.add(chart.xLabel());
        chart.series().forEach(s -> header.add(s.name()));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < chart.categories().size(); i++) {
            XCategory category = chart.categories().get(i);
            List<String> values = new ArrayList<>();
            for (Series s : chart.series()) {
                Double v = s.values().get(i);
                values.add(v == null ? missing : format.apply(v));
            }
            rows.add(new Row(category.date(), category.label(), values));
        }
        return new ChartTable(header, rows);
    }
}
