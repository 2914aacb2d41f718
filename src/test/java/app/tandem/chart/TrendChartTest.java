package app.tandem.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendChartTest {

    private static final List<XCategory> TWO_DATES = List.of(
            new XCategory(LocalDate.of(2026, 1, 5), "5 Jan"), new XCategory(LocalDate.of(2026, 1, 12), "12 Jan"));

    @Test
    void series_must_have_one_value_per_date() {
        Series tooShort = Series.of("Alex", SeriesStyle.PARTNER_A, List.of(4));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TrendChart(
                        "t", "", 0, 10, "", "", TWO_DATES, List.of(tooShort), List.of(), List.of(), "none"))
                .withMessageContaining("1 values for 2 categories");
    }

    @Test
    void two_series_cannot_share_a_look() {
        Series a = Series.of("Alex", SeriesStyle.PARTNER_A, List.of(4, 5));
        Series b = Series.of("Sam", SeriesStyle.PARTNER_A, List.of(6, 7));

        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        new TrendChart("t", "", 0, 10, "", "", TWO_DATES, List.of(a, b), List.of(), List.of(), "none"))
                .withMessageContaining("PARTNER_A");
    }

    @Test
    void y_axis_must_go_upwards() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TrendChart.builder("t", 10, 10).build());
    }

    @Test
    void nulls_are_kept_as_gaps_and_the_values_cannot_be_changed() {
        List<Integer> scores = new ArrayList<>(Arrays.asList(4, null));
        Series s = Series.of("Alex", SeriesStyle.PARTNER_A, scores);
        scores.set(1, 9);

        assertThat(s.values()).containsExactly(4.0, null);
        assertThatThrownBy(() -> s.values().set(0, 1.0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void chart_with_only_gaps_has_no_data() {
        TrendChart chart = TrendChart.builder("t", 0, 10)
                .series("Alex", SeriesStyle.PARTNER_A)
                .point(LocalDate.of(2026, 1, 5), "5 Jan", (Number) null)
                .build();

        assertThat(chart.hasData()).isFalse();
        assertThat(chart.emptyMessage()).isEqualTo("No scored sessions yet");
    }

    @Test
    void builder_point_needs_a_value_for_every_declared_series() {
        TrendChart.Builder builder = TrendChart.builder("t", 0, 10)
                .series("Alex", SeriesStyle.PARTNER_A)
                .series("Sam", SeriesStyle.PARTNER_B);

        assertThatIllegalArgumentException().isThrownBy(() -> builder.point(LocalDate.of(2026, 1, 5), "5 Jan", 3));
    }

    @Test
    void reliable_change_band_is_baseline_plus_minus_half_width() {
        Band band = Band.around(14, 4.2, "Alex", SeriesStyle.PARTNER_A);

        assertThat(band.from()).isCloseTo(9.8, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(band.to()).isCloseTo(18.2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(band.tint()).isEqualTo(SeriesStyle.PARTNER_A.color());
    }

    @Test
    void non_finite_values_are_refused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Series.of("Alex", SeriesStyle.PARTNER_A, List.of(Double.NaN)));
        assertThatIllegalArgumentException().isThrownBy(() -> new Threshold(Double.POSITIVE_INFINITY, "x"));
    }
}
