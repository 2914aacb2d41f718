package app.tandem.chart;

import app.tandem.assessment.Measure;
import app.tandem.assessment.ReliableChange;
import app.tandem.assessment.ScoredSessions;
import app.tandem.casefile.CaseFile.Session;
import app.tandem.casefile.PartnerId;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The score charts of a couple: the one place the Progress screen (as SVG) and the counselor and
 * client reports (as PDF vectors) build them from, so both show the same picture. A chart is one
 * {@link Measure} over {@link ScoredSessions}, on the measure's scale: one line per partner
 * ({@link #partners}), the composite with each charted partner's reliable-change band (baseline
 * ± cut-off × S_diff) and the CSI-4 with the distress line ({@link Measure#CSI4_DISTRESS_LINE});
 * or the two partners' mean as one line ({@link #together}).
 */
public final class ProgressCharts {

    /**
     * The words of one chart, from seeds/texts and in the user's locale.
     *
     * @param title        the chart's title and accessible name
     * @param description  its accessible description
     * @param xLabel       the x axis label
     * @param yLabel       the y axis label, usually the scale ({@link Measure#range()})
     * @param emptyMessage shown when no session has a value
     * @param dateLabel    a session date as shown under the x axis
     */
    public record Words(
            String title,
            String description,
            String xLabel,
            String yLabel,
            String emptyMessage,
            Function<LocalDate, String> dateLabel) {}

    /**
     * The words of the partners' lines.
     *
     * @param name          a partner's name in the legend
     * @param bandLabel     the legend text of a partner's reliable-change band
     * @param distressLabel the label of the CSI-4 distress line
     */
    public record PartnerWords(Function<PartnerId, String> name, BandLabel bandLabel, String distressLabel) {}

    /** The legend text of a partner's reliable-change band, which may name its range. */
    @FunctionalInterface
    public interface BandLabel {
        /**
         * @param from the band's lower edge, not below the scale
         * @param to   the band's upper edge, not above the scale
         */
        String of(PartnerId partner, double from, double to);
    }

    private ProgressCharts() {}

    /** {@code measure} with one line for each partner in {@code partners}, in their look. */
    public static TrendChart partners(
            ScoredSessions sessions,
            Measure measure,
            List<PartnerId> partners,
            Words words,
            PartnerWords partnerWords,
            ReliableChange change) {
        TrendChart.Builder b = frame(measure, words);
        for (PartnerId p : partners) {
            b.series(partnerWords.name().apply(p), style(p));
        }
        for (int i = 0; i < sessions.size(); i++) {
            Number[] values = new Number[partners.size()];
            for (int k = 0; k < values.length; k++) {
                values[k] = sessions.value(i, partners.get(k), measure);
            }
            point(b, sessions.get(i), words, values);
        }
        if (measure == Measure.COMPOSITE) {
            for (PartnerId p : partners) {
                int first = sessions.firstIndex(p, Measure.COMPOSITE);
                if (first >= 0) {
                    b.band(band(sessions.value(first, p, Measure.COMPOSITE), p, partnerWords, change));
                }
            }
        }
        if (measure == Measure.CSI4) {
            b.threshold(new Threshold(Measure.CSI4_DISTRESS_LINE, partnerWords.distressLabel()));
        }
        return b.build();
    }

    /** {@code measure} as the two partners' mean at each session where both were scored, one line. */
    public static TrendChart together(ScoredSessions sessions, Measure measure, Words words, String seriesName) {
        TrendChart.Builder b = frame(measure, words).series(seriesName, SeriesStyle.THIRD);
        for (int i = 0; i < sessions.size(); i++) {
            point(b, sessions.get(i), words, sessions.together(i, measure));
        }
        return b.build();
    }

    /** The look of a partner's line, band and markers. */
    public static SeriesStyle style(PartnerId partner) {
        return partner == PartnerId.A ? SeriesStyle.PARTNER_A : SeriesStyle.PARTNER_B;
    }

    private static TrendChart.Builder frame(Measure measure, Words words) {
        return TrendChart.builder(words.title(), measure.min(), measure.max())
                .description(words.description())
                .xLabel(words.xLabel())
                .yLabel(words.yLabel())
                .emptyMessage(words.emptyMessage());
    }

    private static void point(TrendChart.Builder b, Session session, Words words, Number... values) {
        b.point(session.date(), words.dateLabel().apply(session.date()), values);
    }

    /** The partner's reliable-change band around their baseline; its label gets the band's range on the scale. */
    private static Band band(int baseline, PartnerId p, PartnerWords words, ReliableChange change) {
        double halfWidth = change.halfWidth();
        double from = Math.max(Measure.COMPOSITE.min(), baseline - halfWidth);
        double to = Math.min(Measure.COMPOSITE.max(), baseline + halfWidth);
        return Band.around(baseline, halfWidth, words.bandLabel().of(p, from, to), style(p));
    }
}
