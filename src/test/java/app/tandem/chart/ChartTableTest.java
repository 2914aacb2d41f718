package app.tandem.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChartTableTest {

    private final TrendChart chart = TrendChart.builder("CSI-4", 0, 21)
            .xLabel("Session")
            .series("Alex", SeriesStyle.PARTNER_A)
            .series("Sam", SeriesStyle.PARTNER_B)
            .point(LocalDate.of(2026, 1, 5), "5 Jan", 12, 13.5)
            .point(LocalDate.of(2026, 1, 12), "12 Jan", null, 14)
            .build();

    @Test
    void header_names_the_x_axis_and_each_series() {
        assertThat(ChartTable.of(chart).header()).containsExactly("Session", "Alex", "Sam");
    }

    @Test
    void one_row_per_session_with_each_partners_value_and_a_dash_where_none() {
        List<ChartTable.Row> rows = ChartTable.of(chart).rows();

        assertThat(rows)
                .extracting(ChartTable.Row::date)
                .containsExactly(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 12));
        assertThat(rows.get(0).cells()).containsExactly("5 Jan", "12", "13.5");
        assertThat(rows.get(1).cells()).containsExactly("12 Jan", "–", "14");
    }

    @Test
    void caller_formats_numbers_for_the_users_locale() {
        DecimalFormat german = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.GERMAN));

        ChartTable table = ChartTable.of(chart, german::format, "keine Angabe");

        assertThat(table.rows().get(0).values()).containsExactly("12", "13,5");
        assertThat(table.rows().get(1).values()).containsExactly("keine Angabe", "14");
    }

    @Test
    void chart_without_sessions_gives_only_the_header() {
        ChartTable table = ChartTable.of(SampleCharts.composite(0));

        assertThat(table.header()).containsExactly("Session", "Alex", "Sam");
        assertThat(table.rows()).isEmpty();
    }
}
