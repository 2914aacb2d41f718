package app.tandem.chart;

import java.time.LocalDate;

/** Charts shaped like the Progress section's, for the renderer tests. */
final class SampleCharts {

    static final LocalDate FIRST_SESSION = LocalDate.of(2026, 1, 5);

    private SampleCharts() {}

    /** A composite chart (0–30) with {@code sessions} weekly sessions for both partners. */
    static TrendChart composite(int sessions) {
        return composite(sessions, "Alex", "Sam");
    }

    static TrendChart composite(int sessions, String partnerA, String partnerB) {
        TrendChart.Builder b = TrendChart.builder("Composite score", 0, 30)
                .description("Composite of the three success metrics per partner over " + sessions + " sessions")
                .yLabel("Composite (0–30)")
                .xLabel("Session")
                .series(partnerA, SeriesStyle.PARTNER_A)
                .series(partnerB, SeriesStyle.PARTNER_B)
                .band(Band.around(14, 4.2, partnerA + ": no reliable change", SeriesStyle.PARTNER_A))
                .band(Band.around(11, 4.2, partnerB + ": no reliable change", SeriesStyle.PARTNER_B));
        for (int i = 0; i < sessions; i++) {
            LocalDate date = FIRST_SESSION.plusWeeks(i);
            int a = Math.min(30, 12 + i / 2 + (i % 3));
            int partnerBScore = Math.min(30, 9 + i / 3 + (i % 4));
            b.point(date, label(date), a, partnerBScore);
        }
        return b.build();
    }

    static String label(LocalDate date) {
        return date.getDayOfMonth() + " " + date.getMonth().name().charAt(0)
                + date.getMonth().name().substring(1, 3).toLowerCase(java.util.Locale.ROOT);
    }

    /** A CSI-4 chart (0–21) with the distress line at 13.5. */
    static TrendChart csi4(Integer... partnerAValues) {
        TrendChart.Builder b = TrendChart.builder("CSI-4 relationship satisfaction", 0, 21)
                .description("CSI-4 per partner; below 13.5 indicates notable distress")
                .yLabel("CSI-4 (0–21)")
                .xLabel("Session")
                .series("Alex", SeriesStyle.PARTNER_A)
                .series("Sam", SeriesStyle.PARTNER_B)
                .threshold(new Threshold(13.5, "Distress line 13.5"));
        for (int i = 0; i < partnerAValues.length; i++) {
            LocalDate date = FIRST_SESSION.plusWeeks(i);
            Integer a = partnerAValues[i];
            b.point(date, label(date), a, a == null ? null : Math.max(0, a - 3));
        }
        return b.build();
    }
}
