package app.tandem.casefile;

/**
 * The five recommendations of rule set {@code tandem-rules-1}. The assessment engine produces
 * them and the case file records them in its reports, so the vocabulary lives here, in the
 * package both depend on.
 */
public enum Recommendation {
    INSUFFICIENT_DATA, CONTINUE, COUPLES_THERAPY, RETREAT, SAFETY_REFERRAL
}
