package app.tandem.assessment;

/**
 * Sessions left out of the assessment and why. A session that is both unsigned and after
 * {@code asOf} counts as unsigned.
 *
 * @param unsigned draft sessions
 * @param afterAsOf signed sessions dated after {@code asOf}
 */
public record SessionsIgnored(int unsigned, int afterAsOf) {}
