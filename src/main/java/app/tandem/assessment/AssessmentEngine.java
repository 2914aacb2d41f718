package app.tandem.assessment;

import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Session;
import app.tandem.casefile.Recommendation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rule set {@code tandem-rules-2} ({@code docs/ASSESSMENT.md}) as a pure function: the same case
 * file, date and settings always give the same {@link Assessment}. No clock, no database, no
 * I/O. Decisions compare exactly: adherence in whole halves against thresholds as fractions
 * ({@link HomeworkAdherence}), reliable change against {@code rciCutoff · S_diff} with a
 * tolerance of 1e-9 ({@link ReliableChange}). {@link #assess} reads as the rule order; each rule
 * group is a class of its own (decision 0080).
 */
public final class AssessmentEngine {

    /** The rule-set version this engine implements. */
    public static final String RULE_SET = "tandem-rules-2";

    private AssessmentEngine() {}

    /** {@link #assess(CaseFile, LocalDate, AssessmentSettings)} with the default settings. */
    public static Assessment assess(CaseFile file, LocalDate asOf) {
        return assess(file, asOf, AssessmentSettings.DEFAULTS);
    }

    /**
     * The date the command line assesses a file for when no date is given: that of the most
     * recent session, signed or not (the latest contact, even if its note is still a draft).
     * Empty when the file has no session.
     */
    public static Optional<LocalDate> latestSessionDate(CaseFile file) {
        LocalDate latest = null;
        for (Session s : file.sessions()) {
            if (latest == null || s.date().isAfter(latest)) {
                latest = s.date();
            }
        }
        return Optional.ofNullable(latest);
    }

    /** Assesses {@code file} as of {@code asOf} under {@code settings}. */
    public static Assessment assess(CaseFile file, LocalDate asOf, AssessmentSettings settings) {
        RuleInputs in = RuleInputs.of(file, asOf, settings);
        SafetyRule safety = new SafetyRule(in);
        DeteriorationRule deterioration = new DeteriorationRule(in);
        HostilityRule hostility = new HostilityRule(in);
        DataRule data = new DataRule(in);
        boolean safetyHistory = safety.history();
        RetreatRule retreat = new RetreatRule(in, safetyHistory);
        ShiftRules shift = new ShiftRules(in);
        RuleResult otherwise =
                new RuleResult(Rule.R7, true, in.someoneNeedsChange() ? Reason.OTHERWISE : Reason.ON_TRACK, Map.of());
        // In check order: R0, R2, R3, R1, R6, R4, R5, R7. The first matched rule decides.
        List<RuleResult> rules = List.of(
                safety.result(),
                deterioration.result(),
                hostility.result(),
                data.result(),
                retreat.result(),
                shift.noShift(),
                shift.notApplied(),
                otherwise);
        List<Rule> matched = matched(rules);
        Rule decisive = matched.get(0);
        Recommendation recommendation = recommendation(decisive, shift);
        List<Lever> levers = levers(decisive, in, safety, deterioration, hostility, data, shift);

        List<Concern> concerns =
                concerns(in, decisive, decisive == Rule.R5 && shift.engagement(), data.enough(), safetyHistory);
        return new Assessment(
                RULE_SET,
                asOf,
                recommendation,
                decisive,
                matched,
                concerns,
                safety.warnings(),
                decisive == Rule.R2,
                in.daysElapsed(),
                in.figures(),
                new SessionsIgnored(in.sessions().unsigned(), in.sessions().afterAsOf()),
                settings,
                in.points().startDate(),
                retreat.referredOn(),
                retreat.therapyStartedOn(),
                in.coupleAdherence(),
                rules,
                List.copyOf(levers),
                in.adherence().steps());
    }

    private static Recommendation recommendation(Rule decisive, ShiftRules shift) {
        return switch (decisive) {
            case R0 -> Recommendation.SAFETY_REFERRAL;
            case R2, R3, R4 -> Recommendation.COUPLES_THERAPY;
            case R1 -> Recommendation.INSUFFICIENT_DATA;
            case R6 -> Recommendation.RETREAT;
            case R5 -> shift.whenR5Decides();
            case R7 -> Recommendation.CONTINUE;
        };
    }

    /** What would change the recommendation: the decisive rule, then the unmatched rules R2 to R5. */
    private static List<Lever> levers(
            Rule decisive,
            RuleInputs in,
            SafetyRule safety,
            DeteriorationRule deterioration,
            HostilityRule hostility,
            DataRule data,
            ShiftRules shift) {
        List<Lever> levers = new ArrayList<>(4);
        switch (decisive) {
            case R0 -> safety.leversWhenDecisive(levers);
            case R2 -> deterioration.leversWhenDecisive(levers);
            case R3 -> hostility.leversWhenDecisive(levers);
            case R1 -> data.leversWhenDecisive(levers);
            case R6, R4, R7 -> Levers.improvement(levers, decisive, in);
            case R5 -> shift.leversWhenR5Decides(levers);
        }
        deterioration.leversToMatch(levers);
        hostility.leversToMatch(levers);
        shift.leversToMatch(levers);
        return levers;
    }

    private static List<Rule> matched(List<RuleResult> rules) {
        List<Rule> matched = new ArrayList<>(4);
        for (RuleResult r : rules) {
            if (r.matched()) {
                matched.add(r.rule());
            }
        }
        return List.copyOf(matched);
    }

    /** In the documented order: ENGAGEMENT, ON_TRACK, PARTNERS_DIVERGE, SAFETY_HISTORY. */
    private static List<Concern> concerns(
            RuleInputs in, Rule decisive, boolean engagement, boolean enoughData, boolean safetyHistory) {
        List<Concern> concerns = new ArrayList<>(2);
        if (engagement) {
            concerns.add(Concern.ENGAGEMENT);
        }
        if (decisive == Rule.R7 && !in.someoneNeedsChange()) {
            concerns.add(Concern.ON_TRACK);
        }
        PartnerProgress a = in.figures().a();
        PartnerProgress b = in.figures().b();
        if (enoughData && (a.reliablyImproved() && b.needsChange() || b.reliablyImproved() && a.needsChange())) {
            concerns.add(Concern.PARTNERS_DIVERGE);
        }
        if (safetyHistory && decisive != Rule.R0) {
            concerns.add(Concern.SAFETY_HISTORY);
        }
        return List.copyOf(concerns);
    }
}
