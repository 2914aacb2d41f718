package app.tandem.chart;

import app.tandem.assessment.AssessmentSettings;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Scores;
import app.tandem.casefile.CaseFile.Session;
import app.tandem.casefile.PartnerId;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The progress charts of one couple, built once for the Progress screen (as SVG) and the
 * counselor report (as PDF vectors): one chart per measure with both partners side by side,
 * over the signed sessions dated on or before the as-of date, in the assessment's order.
 */
public final class ProgressCharts {

    /** What is charted. */
    public enum Measure {
        COMPOSITE(30), EMOTIONAL_SAFETY(10), RECIPROCAL_EFFORT(10), CLEAR_COMMUNICATION(10), CSI4(21);

        private final int max;

        Measure(int max) {
            this.max = max;
        }

        public int max() {
            return max;
        }

        /** The value for one partner at one session, or null when not scored. */
        public Integer value(Scores s) {
            if (s == null) {
                return null;
            }
            return switch (this) {
                case EMOTIONAL_SAFETY -> s.emotionalSafety();
                case RECIPROCAL_EFFORT -> s.reciprocalEffort();
                case CLEAR_COMMUNICATION -> s.clearCommunication();
                case COMPOSITE -> s.compositeOrMinusOne() < 0 ? null : s.compositeOrMinusOne();
                case CSI4 -> s.csi4();
            };
        }
    }

    /** Words the caller supplies (from seeds/texts and the user's locale). */
    public record Words(Function<Measure, String> title, String partnerA, String partnerB, String xLabel,
            Function<LocalDate, String> dateLabel, String bandLabel, String distressLabel, String emptyMessage) {
    }

    private static final Comparator<Session> ORDER = Comparator.comparing(Session::date)
            .thenComparing(Session::startTime, Comparator.nullsFirst(Comparator.<LocalTime>naturalOrder()));

    private ProgressCharts() {
    }

    /** The scored sessions: signed, on or before {@code asOf}, in date then time order (stable). */
    public static List<Session> scoredSessions(CaseFile file, LocalDate asOf) {
        List<Session> scored = new ArrayList<>();
        for (Session s : file.sessions()) {
            if (s.signed() && !s.date().isAfter(asOf)) {
                scored.add(s);
            }
        }
        scored.sort(ORDER);
        return scored;
    }

    /** Whether any scored session carries a CSI-4 for either partner. */
    public static boolean hasCsi4(List<Session> scored) {
        return scored.stream().anyMatch(s -> Measure.CSI4.value(s.scores().a()) != null || Measure.CSI4.value(s.scores().b()) != null);
    }

    /**
     * One measure for both partners. The composite chart carries each partner's reliable-change
     * band (baseline ± cut-off × S_diff); the CSI-4 chart carries the distress line at 13.5.
     */
    public static TrendChart chart(List<Session> scored, Measure measure, Words words, AssessmentSettings settings) {
        String title = words.title().apply(measure);
        TrendChart.Builder b = TrendChart.builder(title, 0, measure.max())
                .description(title + " of " + words.partnerA() + " and " + words.partnerB() + " over " + scored.size()
                        + " signed sessions")
                .xLabel(words.xLabel())
                .yLabel(measure == Measure.COMPOSITE ? "0–30" : measure == Measure.CSI4 ? "0–21" : "0–10")
                .emptyMessage(words.emptyMessage())
                .series(words.partnerA(), SeriesStyle.PARTNER_A)
                .series(words.partnerB(), SeriesStyle.PARTNER_B);
        for (Session s : scored) {
            b.point(s.date(), words.dateLabel().apply(s.date()), measure.value(s.scores().a()), measure.value(s.scores().b()));
        }
        if (measure == Measure.COMPOSITE) {
            double half = settings.rciCutoff() * settings.sDiff();
            baseline(scored, PartnerId.A).ifPresent(v -> b.band(Band.around(v, half,
                    words.bandLabel() + " (" + words.partnerA() + ")", SeriesStyle.PARTNER_A)));
            baseline(scored, PartnerId.B).ifPresent(v -> b.band(Band.around(v, half,
                    words.bandLabel() + " (" + words.partnerB() + ")", SeriesStyle.PARTNER_B)));
        }
        if (measure == Measure.CSI4) {
            b.threshold(new Threshold(13.5, words.distressLabel()));
        }
        return b.build();
    }

    /** The partner's first composite (their baseline), if they have one. */
    public static java.util.Optional<Integer> baseline(List<Session> scored, PartnerId p) {
        for (Session s : scored) {
            Integer v = Measure.COMPOSITE.value(s.scores().get(p));
            if (v != null) {
                return java.util.Optional.of(v);
            }
        }
        return java.util.Optional.empty();
    }

    /** The partner's latest value of a measure, if any. */
    public static java.util.Optional<Integer> latest(List<Session> scored, PartnerId p, Measure measure) {
        for (int i = scored.size() - 1; i >= 0; i--) {
            Integer v = measure.value(scored.get(i).scores().get(p));
            if (v != null) {
                return java.util.Optional.of(v);
            }
        }
        return java.util.Optional.empty();
    }
}
