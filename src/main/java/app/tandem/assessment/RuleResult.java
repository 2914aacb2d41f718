package app.tandem.assessment;

import java.util.Map;

/**
 * One rule's verdict with its reason and the numbers behind it.
 *
 * @param rule the rule
 * @param matched whether its condition holds
 * @param reason why it matched or did not
 * @param params the counts, dates and numbers the reason refers to (see {@link Reason});
 *        values are Integer, Double, String, LocalDate, or a List of PartnerId or flag names
 */
public record RuleResult(Rule rule, boolean matched, Reason reason, Map<String, Object> params) {}
