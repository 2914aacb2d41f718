package app.tandem.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The thresholds of rule set {@code tandem-rules-2}. The defaults ({@link #DEFAULTS}) are the
 * documented placeholders until a practice has its own norms; every report prints the values
 * it used. The command line overrides any of them with {@code --set key=value}
 * ({@link #with(String, String)}).
 *
 * @param sd standard deviation of the composite in a reference population (default 5.0)
 * @param reliability test-retest reliability of the composite, 0 ≤ r &lt; 1 (default 0.85)
 * @param rciCutoff the reliable-change index a change must reach (default 1.96)
 * @param minDataPoints data points each partner needs before R1 stops matching (default 3)
 * @param deteriorationPoints how many of a partner's last data points must all show reliable
 *        deterioration for R2 (default 2)
 * @param hostilityCount sessions with hostility or contempt among the window for R3 (default 2)
 * @param hostilityWindow how many of the most recent scored sessions R3 looks at (default 3)
 * @param reviewWindowDays homework counts when due in {@code (asOf − this, asOf]} (default 42)
 * @param shiftDays days elapsed before R4 and R5 can match (default 42)
 * @param therapyDays days elapsed before R5 suggests therapy rather than engagement (default 56)
 * @param retreatDays days since the therapy referral before R6 can match (default 56)
 * @param adherenceHigh adherence at or above which the steps count as applied (default 0.70)
 * @param adherenceLow adherence below which, late enough, R5 suggests therapy (default 0.50)
 * @param csiCutoff a latest CSI-4 above this is in the satisfied range (default
 *        {@link Measure#CSI4_DISTRESS_LINE}, 13.5, the published distress cut-off of Funk and Rogge 2007)
 * @param functionalComposite without a latest CSI-4, a latest composite at least this is in the
 *        satisfied range (default 24 of 30)
 */
public record AssessmentSettings(
        double sd,
        double reliability,
        double rciCutoff,
        int minDataPoints,
        int deteriorationPoints,
        int hostilityCount,
        int hostilityWindow,
        int reviewWindowDays,
        int shiftDays,
        int therapyDays,
        int retreatDays,
        double adherenceHigh,
        double adherenceLow,
        double csiCutoff,
        int functionalComposite) {

    /** The documented defaults of {@code tandem-rules-2}. */
    public static final AssessmentSettings DEFAULTS = new AssessmentSettings(
            5.0, 0.85, 1.96, 3, 2, 2, 3, 42, 42, 56, 56, 0.70, 0.50, Measure.CSI4_DISTRESS_LINE, 24);

    /** The setting keys, in the order reports print them. */
    public static final List<String> KEYS = List.of(
            "sd",
            "reliability",
            "rciCutoff",
            "minDataPoints",
            "deteriorationPoints",
            "hostilityCount",
            "hostilityWindow",
            "reviewWindowDays",
            "shiftDays",
            "therapyDays",
            "retreatDays",
            "adherenceHigh",
            "adherenceLow",
            "csiCutoff",
            "functionalComposite");

    /** Largest denominator an adherence threshold may have (at most six decimals). */
    static final long MAX_THRESHOLD_DENOMINATOR = 1_000_000;

    public AssessmentSettings {
        require(sd > 0 && Double.isFinite(sd), "sd must be a number above 0");
        require(reliability >= 0 && reliability < 1, "reliability must be at least 0 and below 1");
        require(rciCutoff > 0 && Double.isFinite(rciCutoff), "rciCutoff must be a number above 0");
        require(minDataPoints >= 1, "minDataPoints must be at least 1");
        require(deteriorationPoints >= 1, "deteriorationPoints must be at least 1");
        require(hostilityWindow >= 1, "hostilityWindow must be at least 1");
        require(
                hostilityCount >= 1 && hostilityCount <= hostilityWindow,
                "hostilityCount must be at least 1 and at most hostilityWindow (" + hostilityWindow + ")");
        require(reviewWindowDays >= 1, "reviewWindowDays must be at least 1");
        require(shiftDays >= 0, "shiftDays must be 0 or more");
        require(therapyDays >= 0, "therapyDays must be 0 or more");
        require(retreatDays >= 0, "retreatDays must be 0 or more");
        require(adherenceHigh > 0 && adherenceHigh <= 1, "adherenceHigh must be above 0 and at most 1");
        require(
                adherenceLow > 0 && adherenceLow <= adherenceHigh,
                "adherenceLow must be above 0 and at most adherenceHigh (" + adherenceHigh + ")");
        require(fraction(adherenceHigh) != null, "adherenceHigh may have at most six decimals");
        require(fraction(adherenceLow) != null, "adherenceLow may have at most six decimals");
        require(
                csiCutoff >= Measure.CSI4.min() && csiCutoff <= Measure.CSI4.max(),
                "csiCutoff must be between " + Measure.CSI4.min() + " and " + Measure.CSI4.max()
                        + " (the CSI-4 range)");
        require(
                functionalComposite >= Measure.COMPOSITE.min() && functionalComposite <= Measure.COMPOSITE.max(),
                "functionalComposite must be between " + Measure.COMPOSITE.min() + " and " + Measure.COMPOSITE.max()
                        + " (the composite range)");
    }

    /**
     * These settings with one value replaced, as given on the command line.
     *
     * @throws IllegalArgumentException naming the key when it is unknown, or the value when it
     *         is not a number of the right kind or breaks a rule above
     */
    public AssessmentSettings with(String key, String value) {
        Map<String, Object> values = asMap();
        if (!values.containsKey(key)) {
            throw new IllegalArgumentException(
                    "Unknown setting '" + key + "'; the settings are " + String.join(", ", KEYS) + ".");
        }
        Object current = values.get(key);
        String v = value == null ? "" : value.trim();
        try {
            if (current instanceof Integer) {
                values.put(key, Integer.parseInt(v));
            } else {
                double d = Double.parseDouble(v);
                if (!Double.isFinite(d) || v.endsWith("d") || v.endsWith("f") || v.endsWith("D") || v.endsWith("F")) {
                    throw new NumberFormatException(v);
                }
                values.put(key, d);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Setting '" + key + "' needs "
                    + (current instanceof Integer ? "a whole number" : "a number") + ", not '" + value + "'.");
        }
        return new AssessmentSettings(
                (Double) values.get("sd"),
                (Double) values.get("reliability"),
                (Double) values.get("rciCutoff"),
                (Integer) values.get("minDataPoints"),
                (Integer) values.get("deteriorationPoints"),
                (Integer) values.get("hostilityCount"),
                (Integer) values.get("hostilityWindow"),
                (Integer) values.get("reviewWindowDays"),
                (Integer) values.get("shiftDays"),
                (Integer) values.get("therapyDays"),
                (Integer) values.get("retreatDays"),
                (Double) values.get("adherenceHigh"),
                (Double) values.get("adherenceLow"),
                (Double) values.get("csiCutoff"),
                (Integer) values.get("functionalComposite"));
    }

    /** Every setting by key, in the order of {@link #KEYS}; values are Double or Integer. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sd", sd);
        m.put("reliability", reliability);
        m.put("rciCutoff", rciCutoff);
        m.put("minDataPoints", minDataPoints);
        m.put("deteriorationPoints", deteriorationPoints);
        m.put("hostilityCount", hostilityCount);
        m.put("hostilityWindow", hostilityWindow);
        m.put("reviewWindowDays", reviewWindowDays);
        m.put("shiftDays", shiftDays);
        m.put("therapyDays", therapyDays);
        m.put("retreatDays", retreatDays);
        m.put("adherenceHigh", adherenceHigh);
        m.put("adherenceLow", adherenceLow);
        m.put("csiCutoff", csiCutoff);
        m.put("functionalComposite", functionalComposite);
        return m;
    }

    /** {@code S_diff = sqrt(2) · SD · sqrt(1 − r)}, the standard error of a difference. */
    public double sDiff() {
        return Math.sqrt(2) * sd * Math.sqrt(1 - reliability);
    }

    /**
     * A threshold as a fraction {@code {p, q}} in lowest terms, e.g. 0.7 as {7, 10}, or null when
     * it needs a denominator over a million. Exact: {@code p / (double) q == t}.
     */
    static long[] fraction(double t) {
        for (long q = 1; q <= MAX_THRESHOLD_DENOMINATOR; q *= 10) {
            long p = Math.round(t * q);
            if ((double) p / q == t) {
                long g = gcd(p, q);
                return new long[] {p / g, q / g};
            }
        }
        return null;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return Math.abs(a);
    }

    private static void require(boolean condition, String sentence) {
        if (!condition) {
            throw new IllegalArgumentException("Invalid setting: " + sentence + ".");
        }
    }
}
