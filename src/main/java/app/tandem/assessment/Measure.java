package app.tandem.assessment;

import app.tandem.casefile.CaseFile.Scores;
import app.tandem.casefile.CaseFileReader;
import java.util.List;

/**
 * What a session scores for each partner, with the range of each measure: the one place the
 * engine, the Progress screen's charts and the reports take scales from (decision 0080). The
 * metric and CSI-4 ranges are those of the case-file format ({@link CaseFileReader#METRIC_MAX},
 * {@link CaseFileReader#CSI4_MAX}); the composite is the sum of the three metrics.
 */
public enum Measure {
    /** The sum of the three metrics, 0–30; a partner's data point. */
    COMPOSITE("composite", 3 * CaseFileReader.METRIC_MAX),
    /** A metric of the guide, 0–10. */
    EMOTIONAL_SAFETY("emotionalSafety", CaseFileReader.METRIC_MAX),
    /** A metric of the guide, 0–10. */
    RECIPROCAL_EFFORT("reciprocalEffort", CaseFileReader.METRIC_MAX),
    /** A metric of the guide, 0–10. */
    CLEAR_COMMUNICATION("clearCommunication", CaseFileReader.METRIC_MAX),
    /** The Couples Satisfaction Index (4 items), 0–21, optional. */
    CSI4("csi4", CaseFileReader.CSI4_MAX);

    /**
     * The published CSI-4 distress cut-off (Funk and Rogge 2007): scores at or below it suggest
     * notable relationship distress. The charts draw it; it is the default {@code csiCutoff}.
     */
    public static final double CSI4_DISTRESS_LINE = 13.5;

    /** The composite and the three metrics, in the order every chart and table shows them. */
    public static final List<Measure> CORE =
            List.of(COMPOSITE, EMOTIONAL_SAFETY, RECIPROCAL_EFFORT, CLEAR_COMMUNICATION);

    private final String key;
    private final int max;

    Measure(String key, int max) {
        this.key = key;
        this.max = max;
    }

    /** The measure whose case-file name is {@code key}, e.g. {@code emotionalSafety}. */
    public static Measure ofKey(String key) {
        for (Measure m : values()) {
            if (m.key.equals(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("No measure named " + key);
    }

    /** The measure's name in the case file and in text keys, e.g. {@code emotionalSafety}. */
    public String key() {
        return key;
    }

    /** The lowest score: 0 for every measure. */
    public int min() {
        return 0;
    }

    /** The highest score. */
    public int max() {
        return max;
    }

    /** The range as written on a scale, e.g. {@code 0–30}. */
    public String range() {
        return min() + "–" + max;
    }

    /** The value in {@code scores}, or null when it is absent or not scored. */
    public Integer value(Scores scores) {
        if (scores == null) {
            return null;
        }
        return switch (this) {
            case EMOTIONAL_SAFETY -> scores.emotionalSafety();
            case RECIPROCAL_EFFORT -> scores.reciprocalEffort();
            case CLEAR_COMMUNICATION -> scores.clearCommunication();
            case COMPOSITE -> {
                int c = scores.compositeOrMinusOne();
                yield c < 0 ? null : c;
            }
            case CSI4 -> scores.csi4();
        };
    }
}
