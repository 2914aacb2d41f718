package app.tandem.casefile;

/**
 * The five recommendations of rule sets {@code tandem-rules-1} and {@code tandem-rules-2}. The
 * assessment engine produces them and the case file records them in its reports, so the
 * vocabulary lives here, in the package both depend on.
 */
public enum Recommendation {
    INSUFFICIENT_DATA,
    CONTINUE,
    COUPLES_THERAPY,
    RETREAT,
    SAFETY_REFERRAL
}
