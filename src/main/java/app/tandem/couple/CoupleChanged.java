package app.tandem.couple;

/**
 * Published when anything that feeds a couple's summary or assessment changed (status, referral,
 * sessions, homework), so the summary row can be refreshed in the same transaction.
 */
public record CoupleChanged(long coupleId) {}
