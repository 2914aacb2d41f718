package app.tandem.transfer;

import app.tandem.casefile.CaseFile.SecretsPolicy;

/**
 * Whether the couple's joint records (joint session notes and amendments, the other partner's
 * scores in joint sessions, the intake context, goals, closing summary and joint referrals) go
 * into one partner's data-access copy. They do only as the couple agreed: a secrets policy was
 * agreed at intake, and the other partner's authorisation (date, how given) is recorded.
 *
 * @param released whether the joint records go in
 * @param reason why not, or {@link Reason#RELEASED}
 */
public record JointRelease(boolean released, Reason reason) {

    /** What decided it. */
    public enum Reason {
        RELEASED,
        /** The other partner has not authorised it (or withdrew the authorisation). */
        NO_AUTHORISATION,
        /** No secrets policy was agreed: nothing that concerns both is released to one of them. */
        POLICY_NOT_AGREED
    }

    /** The decision for a couple's {@code policy} and whether the other partner's authorisation is recorded. */
    public static JointRelease decide(SecretsPolicy policy, boolean otherPartnerAuthorised) {
        if (policy == null || policy == SecretsPolicy.NOT_AGREED) {
            return new JointRelease(false, Reason.POLICY_NOT_AGREED);
        }
        if (!otherPartnerAuthorised) {
            return new JointRelease(false, Reason.NO_AUTHORISATION);
        }
        return new JointRelease(true, Reason.RELEASED);
    }
}
