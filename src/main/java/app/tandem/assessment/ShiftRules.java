package app.tandem.assessment;

import app.tandem.casefile.Recommendation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * R4 and R5, the rules of steps applied for long enough: once {@code shiftDays} have elapsed and a
 * partner still needs change, R4 (no positive shift) when the couple's adherence reaches
 * {@code adherenceHigh}, R5 (not applied) when it does not; R5 suggests therapy rather than
 * engagement once {@code therapyDays} have elapsed with adherence below {@code adherenceLow}.
 */
final class ShiftRules {

    private final RuleInputs in;
    private final AssessmentSettings s;
    private final Integer days;
    private final boolean late;
    private final long[] high;
    private final long[] low;
    private final boolean coupleHigh;
    private final boolean coupleLow;
    private final boolean r5;
    private final boolean r5Therapy;
    private final RuleResult noShift;
    private final RuleResult notApplied;

    ShiftRules(RuleInputs in) {
        this.in = in;
        this.s = in.settings();
        this.days = in.daysElapsed();
        this.late = days != null && days >= s.shiftDays();
        this.high = AssessmentSettings.fraction(s.adherenceHigh());
        this.low = AssessmentSettings.fraction(s.adherenceLow());
        this.coupleHigh = in.adherence().bothMeet(high);
        this.coupleLow = in.adherence().bothMeet(low);
        this.r5 = late && !coupleHigh && in.someoneNeedsChange();
        this.r5Therapy = r5 && days >= s.therapyDays() && !coupleLow;
        this.noShift = noShiftVerdict();
        this.notApplied = notAppliedVerdict();
    }

    /** R4's verdict. */
    RuleResult noShift() {
        return noShift;
    }

    /** R5's verdict. */
    RuleResult notApplied() {
        return notApplied;
    }

    private RuleResult noShiftVerdict() {
        double adherence = in.coupleAdherence();
        if (days == null) {
            return new RuleResult(Rule.R4, false, Reason.NO_START_DATE, Map.of());
        }
        if (!late) {
            return new RuleResult(Rule.R4, false, Reason.TOO_EARLY, Map.of("days", days, "shiftDays", s.shiftDays()));
        }
        if (!coupleHigh) {
            return new RuleResult(Rule.R4, false, Reason.ADHERENCE_BELOW_HIGH, adherenceAgainstHigh(adherence));
        }
        if (!in.someoneNeedsChange()) {
            return new RuleResult(Rule.R4, false, Reason.NO_ONE_NEEDS_CHANGE, Map.of());
        }
        return new RuleResult(Rule.R4, true, Reason.NO_POSITIVE_SHIFT, shiftFacts(adherence, null));
    }

    private RuleResult notAppliedVerdict() {
        double adherence = in.coupleAdherence();
        if (days == null) {
            return new RuleResult(Rule.R5, false, Reason.NO_START_DATE, Map.of());
        }
        if (!late) {
            return new RuleResult(Rule.R5, false, Reason.TOO_EARLY, Map.of("days", days, "shiftDays", s.shiftDays()));
        }
        if (coupleHigh) {
            return new RuleResult(Rule.R5, false, Reason.ADHERENCE_AT_LEAST_HIGH, adherenceAgainstHigh(adherence));
        }
        if (!r5) {
            return new RuleResult(Rule.R5, false, Reason.NO_ONE_NEEDS_CHANGE, Map.of());
        }
        return new RuleResult(
                Rule.R5,
                true,
                r5Therapy ? Reason.NOT_APPLIED_LATE : Reason.NOT_APPLIED,
                shiftFacts(adherence, r5Therapy ? s.adherenceLow() : s.adherenceHigh()));
    }

    /** The couple's adherence beside the high threshold, for either rule when it stays on the other side. */
    private Map<String, Object> adherenceAgainstHigh(double adherence) {
        return Map.of(
                "adherence",
                adherence,
                "adherencePercent",
                Levers.percent(adherence),
                "thresholdPercent",
                Levers.percent(s.adherenceHigh()));
    }

    /**
     * How long the steps have been applied, how well, and who still needs change, for either rule
     * when it matches; with {@code threshold} (the adherence it was measured against) when one is given.
     */
    private Map<String, Object> shiftFacts(double adherence, Double threshold) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("days", days);
        facts.put("weeks", days / 7);
        facts.put("adherence", adherence);
        facts.put("adherencePercent", Levers.percent(adherence));
        facts.put("partners", in.needChange());
        if (threshold != null) {
            facts.put("thresholdPercent", Levers.percent(threshold));
        }
        return Map.copyOf(facts);
    }

    /** What R5 suggests when it decides: therapy when late and low, else to continue. */
    Recommendation whenR5Decides() {
        return r5Therapy ? Recommendation.COUPLES_THERAPY : Recommendation.CONTINUE;
    }

    /** Whether R5, deciding, asks for engagement (it continues rather than suggesting therapy). */
    boolean engagement() {
        return !r5Therapy;
    }

    /** When R5 decides: the homework (and for engagement, the date) that would change it, then improvement. */
    void leversWhenR5Decides(List<Lever> levers) {
        if (r5Therapy) {
            Levers.adherence(levers, Rule.R5, in.adherence(), low, s.adherenceLow());
        } else {
            Levers.adherence(levers, Rule.R5, in.adherence(), high, s.adherenceHigh());
            if (!coupleLow && days < s.therapyDays()) {
                levers.add(new Lever(
                        Rule.R5,
                        Lever.Kind.DATE_REACHED,
                        Map.of(
                                "date",
                                in.points().startDate().plusDays(s.therapyDays()),
                                "days",
                                s.therapyDays(),
                                "threshold",
                                "therapyDays",
                                "thresholdPercent",
                                Levers.percent(s.adherenceLow()))));
            }
        }
        Levers.improvement(levers, Rule.R5, in);
    }

    /**
     * While R4 or R5 does not match, and only while someone needs change (otherwise neither date
     * nor adherence could make them match): the date and the homework that would.
     */
    void leversToMatch(List<Lever> levers) {
        if (days == null || !in.someoneNeedsChange()) {
            return;
        }
        if (!noShift.matched()) {
            if (!late) {
                levers.add(Levers.shiftDate(Rule.R4, in));
            }
            if (!coupleHigh) {
                Levers.adherence(levers, Rule.R4, in.adherence(), high, s.adherenceHigh());
            }
        }
        if (!r5 && !late) {
            levers.add(Levers.shiftDate(Rule.R5, in));
        }
    }
}
