package app.tandem.assessment;

import app.tandem.casefile.CaseFile.Referral;
import app.tandem.casefile.CaseFile.ReferralType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * R6: in couples therapy for at least {@code retreatDays} (counted from the first attended
 * session), a partner still needs change, and no safety concern was ever recorded.
 */
final class RetreatRule {

    private final LocalDate referredOn;
    private final LocalDate therapyStartedOn;
    private final RuleResult result;

    RetreatRule(RuleInputs in, boolean safetyHistory) {
        Referral referral = therapyReferral(in);
        this.referredOn = referral == null ? null : referral.on();
        this.therapyStartedOn = referral == null
                        || referral.firstSessionOn() == null
                        || referral.firstSessionOn().isAfter(in.asOf())
                ? null
                : referral.firstSessionOn();
        this.result = verdict(in, safetyHistory);
    }

    /** The latest couples-therapy referral on or before asOf (on one date, the later in the file), or null. */
    private static Referral therapyReferral(RuleInputs in) {
        Referral latest = null;
        for (Referral r : in.file().couple().referrals()) {
            if (r.type() == ReferralType.COUPLES_THERAPY
                    && !r.on().isAfter(in.asOf())
                    && (latest == null || !r.on().isBefore(latest.on()))) {
                latest = r;
            }
        }
        return latest;
    }

    private RuleResult verdict(RuleInputs in, boolean safetyHistory) {
        if (referredOn == null) {
            return new RuleResult(Rule.R6, false, Reason.NO_THERAPY_REFERRAL, Map.of());
        }
        if (therapyStartedOn == null) {
            return new RuleResult(Rule.R6, false, Reason.THERAPY_NOT_STARTED, Map.of("referredOn", referredOn));
        }
        int days = (int) ChronoUnit.DAYS.between(therapyStartedOn, in.asOf());
        int retreatDays = in.settings().retreatDays();
        if (days < retreatDays) {
            return new RuleResult(
                    Rule.R6,
                    false,
                    Reason.THERAPY_TOO_RECENT,
                    Map.of("therapyStartedOn", therapyStartedOn, "days", days, "retreatDays", retreatDays));
        }
        if (!in.someoneNeedsChange()) {
            return new RuleResult(Rule.R6, false, Reason.NO_ONE_NEEDS_CHANGE, Map.of());
        }
        if (safetyHistory) {
            return new RuleResult(Rule.R6, false, Reason.SAFETY_HISTORY_NO_RETREAT, Map.of());
        }
        return new RuleResult(
                Rule.R6,
                true,
                Reason.IN_THERAPY_STILL_STUCK,
                Map.of(
                        "therapyStartedOn",
                        therapyStartedOn,
                        "days",
                        days,
                        "weeks",
                        days / 7,
                        "partners",
                        in.needChange()));
    }

    RuleResult result() {
        return result;
    }

    /** The latest couples-therapy referral on or before asOf, or null. */
    LocalDate referredOn() {
        return referredOn;
    }

    /** That referral's first attended session when on or before asOf, or null. */
    LocalDate therapyStartedOn() {
        return therapyStartedOn;
    }
}
