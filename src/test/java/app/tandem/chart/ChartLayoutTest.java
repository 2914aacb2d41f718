package app.tandem.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChartLayoutTest {

    private static final TextMeasure MEASURE = TextMeasure.approximate();

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 12, 26, 50, 120, 400})
    void shown_x_labels_never_overlap_and_stay_inside_the_chart(int sessions) {
        for (int width : new int[] {240, 480, 900}) {
            ChartLayout layout = ChartLayout.compute(SampleCharts.composite(sessions), width, 300, MEASURE);

            List<ChartLayout.XLabel> labels = layout.xLabels();
            assertThat(labels).isNotEmpty();
            float previousRight = Float.NEGATIVE_INFINITY;
            for (ChartLayout.XLabel label : labels) {
                float w = MEASURE.width(label.label().text(), label.label().size());
                float left = label.label().x() - w / 2;
                assertThat(left).isGreaterThanOrEqualTo(previousRight + ChartLayout.LABEL_GAP - 0.01f);
                assertThat(left).isGreaterThanOrEqualTo(-0.01f);
                assertThat(left + w).isLessThanOrEqualTo(width + 0.01f);
                previousRight = left + w;
            }
        }
    }

    @Test
    void thinned_labels_are_every_kth_session_starting_with_the_first() {
        ChartLayout layout = ChartLayout.compute(SampleCharts.composite(50), 640, 300, MEASURE);

        List<Integer> indexes =
                layout.xLabels().stream().map(ChartLayout.XLabel::index).toList();
        int k = indexes.get(1) - indexes.get(0);
        assertThat(k).isGreaterThan(1);
        for (int i = 0; i < indexes.size(); i++) {
            assertThat(indexes.get(i)).isEqualTo(i * k);
        }
    }

    @Test
    void few_sessions_show_every_label() {
        ChartLayout layout = ChartLayout.compute(SampleCharts.composite(5), 640, 300, MEASURE);

        assertThat(layout.xLabels()).extracting(ChartLayout.XLabel::index).containsExactly(0, 1, 2, 3, 4);
    }

    @ParameterizedTest
    @CsvSource({
        "0, 10, 300, '0,2,4,6,8,10'",
        "0, 30, 300, '0,5,10,15,20,25,30'",
        "0, 21, 300, '0,5,10,15,20'",
        "0, 10, 60, '0,5,10'",
        "0, 1, 300, '0,0.2,0.4,0.6,0.8,1'",
        "-3, 3, 200, '-2,0,2'",
    })
    void y_ticks_are_round_numbers_within_the_axis(double min, double max, float plotHeight, String expected) {
        List<String> ticks = ChartLayout.tickValues(min, max, plotHeight).stream()
                .map(v -> ChartLayout.formatNumber(v, 3))
                .toList();

        assertThat(String.join(",", ticks)).isEqualTo(expected);
    }

    @Test
    void single_session_sits_in_the_middle_of_the_plot() {
        ChartLayout layout = ChartLayout.compute(SampleCharts.composite(1), 640, 300, MEASURE);

        ChartLayout.Rect plot = layout.plot();
        assertThat(layout.categoryXs().getFirst())
                .isCloseTo(plot.x() + plot.width() / 2, org.assertj.core.data.Offset.offset(0.01f));
    }

    @Test
    void values_outside_the_axis_are_drawn_at_its_edge() {
        TrendChart chart = TrendChart.builder("Effort", 0, 10)
                .series("Alex", SeriesStyle.PARTNER_A)
                .point(LocalDate.of(2026, 1, 5), "5 Jan", 14)
                .point(LocalDate.of(2026, 1, 12), "12 Jan", -2)
                .build();

        ChartLayout layout = ChartLayout.compute(chart, 400, 200, MEASURE);

        List<ChartLayout.Point> markers = layout.series().getFirst().markers();
        ChartLayout.Rect plot = layout.plot();
        assertThat(markers.get(0).y()).isEqualTo(plot.y());
        assertThat(markers.get(1).y()).isEqualTo(plot.y() + plot.height());
    }

    @Test
    void band_and_threshold_outside_the_axis_are_left_out() {
        TrendChart chart = TrendChart.builder("Effort", 0, 10)
                .series("Alex", SeriesStyle.PARTNER_A)
                .point(LocalDate.of(2026, 1, 5), "5 Jan", 4)
                .band(new Band(12, 15, "above"))
                .threshold(new Threshold(-1, "below"))
                .build();

        ChartLayout layout = ChartLayout.compute(chart, 400, 200, MEASURE);

        assertThat(layout.bands()).isEmpty();
        assertThat(layout.thresholds()).isEmpty();
    }

    @Test
    void close_threshold_labels_are_moved_apart() {
        TrendChart chart = TrendChart.builder("CSI-4", 0, 21)
                .series("Alex", SeriesStyle.PARTNER_A)
                .point(LocalDate.of(2026, 1, 5), "5 Jan", 14)
                .threshold(new Threshold(13.5, "Distress line 13.5"))
                .threshold(new Threshold(13.8, "Clinic norm 13.8"))
                .build();

        ChartLayout layout = ChartLayout.compute(chart, 600, 300, MEASURE);

        float first = layout.thresholds().get(0).label().y();
        float second = layout.thresholds().get(1).label().y();
        assertThat(Math.abs(second - first)).isGreaterThanOrEqualTo(ChartLayout.NOTE_SIZE);
    }

    @Test
    void bands_are_listed_in_the_legend_after_the_series() {
        ChartLayout layout = ChartLayout.compute(SampleCharts.composite(3), 640, 300, MEASURE);

        assertThat(layout.legend())
                .extracting(e -> e.label().text())
                .containsExactly("Alex", "Sam", "Alex: no reliable change", "Sam: no reliable change");
        assertThat(layout.legend().get(2)).isInstanceOf(ChartLayout.BandEntry.class);
    }

    @Test
    void long_title_is_shortened_to_fit_the_width() {
        TrendChart chart = TrendChart.builder("A very long title that would never fit into a narrow chart box", 0, 10)
                .build();

        ChartLayout layout = ChartLayout.compute(chart, 150, 150, MEASURE);

        ChartLayout.Text title = layout.title().orElseThrow();
        assertThat(title.text()).endsWith("…");
        assertThat(MEASURE.width(title.text(), title.size())).isLessThanOrEqualTo(150 - 2 * ChartLayout.PAD);
    }

    @Test
    void legend_wraps_when_names_do_not_fit_on_one_row() {
        TrendChart chart = TrendChart.builder("Composite", 0, 30)
                .series("Alexandra Montgomery-Smith", SeriesStyle.PARTNER_A)
                .series("Samuel Worthington-Jones", SeriesStyle.PARTNER_B)
                .build();

        ChartLayout layout = ChartLayout.compute(chart, 260, 200, MEASURE);

        List<ChartLayout.LegendEntry> legend = layout.legend();
        assertThat(legend.get(1).label().y())
                .isGreaterThan(legend.get(0).label().y());
        assertThat(layout.plot().y()).isGreaterThan(legend.get(1).label().y());
    }
}
