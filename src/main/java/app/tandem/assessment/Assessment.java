package app.tandem.assessment;

import app.tandem.casefile.PerPartner;
import app.tandem.casefile.Recommendation;
import java.time.LocalDate;
import java.util.List;

/**
 * The result of {@link AssessmentEngine#assess}: the output of {@code docs/ASSESSMENT.md} plus a
 * structured explanation (every rule's verdict with its reason, and what would change it) for
 * the report and the Progress view. {@link AssessmentJson} writes the documented JSON;
 * {@link AssessmentNarrative} turns the explanation into sentences.
 *
 * @param ruleSet always {@link AssessmentEngine#RULE_SET}
 * @param asOf the date assessed
 * @param recommendation the decisive rule's outcome
 * @param decisiveRule the first matched rule in check order
 * @param matchedRules every matched rule, in check order (R7 last)
 * @param concerns qualifiers of the decisive outcome
 * @param warnings loose ends that do not change the recommendation
 * @param urgent true when R2 decides
 * @param daysElapsed days from the start date to {@code asOf}, or null without data points
 * @param partners each partner's figures
 * @param sessionsIgnored sessions left out and why
 * @param settings the settings used
 * @param startDate the earliest scored session that is a data point, or null
 * @param referredOn the latest couples-therapy referral on or before {@code asOf}, or null
 * @param therapyStartedOn that referral's first attended session when on or before {@code asOf},
 *        or null (therapy has not started)
 * @param coupleAdherence the lower of the partners' adherence
 * @param rules every rule's verdict, in check order
 * @param levers what would change it: for the decisive rule and the unmatched rules R2 to R5
 * @param stepAdherence adherence per step and partner in the review window, steps in order of
 *        first appearance
 */
public record Assessment(
        String ruleSet,
        LocalDate asOf,
        Recommendation recommendation,
        Rule decisiveRule,
        List<Rule> matchedRules,
        List<Concern> concerns,
        List<AssessmentWarning> warnings,
        boolean urgent,
        Integer daysElapsed,
        PerPartner<PartnerProgress> partners,
        SessionsIgnored sessionsIgnored,
        AssessmentSettings settings,
        LocalDate startDate,
        LocalDate referredOn,
        LocalDate therapyStartedOn,
        double coupleAdherence,
        List<RuleResult> rules,
        List<Lever> levers,
        List<StepAdherence> stepAdherence) {

    /** The verdict of {@code rule}. */
    public RuleResult result(Rule rule) {
        for (RuleResult r : rules) {
            if (r.rule() == rule) {
                return r;
            }
        }
        throw new IllegalArgumentException("no result for " + rule);
    }

    /** Whether {@code rule} matched. */
    public boolean matched(Rule rule) {
        return matchedRules.contains(rule);
    }

    /** Whether {@code concern} was raised. */
    public boolean has(Concern concern) {
        return concerns.contains(concern);
    }
}
