package app.tandem.assessment;

import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Flag;
import app.tandem.casefile.CaseFile.Referral;
import app.tandem.casefile.CaseFile.ReferralType;
import app.tandem.casefile.CaseFile.SafetyOutcome;
import app.tandem.casefile.CaseFile.SafetyReview;
import app.tandem.casefile.CaseFile.Session;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * R0: a safety flag on a session on or before asOf, signed or draft, that no later signed review
 * found safe. A safety concern never waits for a signature: drafts count until a review clears them.
 */
final class SafetyRule {

    private final LocalDate asOf;
    private final CaseFile file;
    private final LocalDate clearedThrough;
    private final EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
    private boolean active;
    private boolean anyFlag;
    private boolean unsignedFlag;
    private LocalDate lastDate;
    private LocalDate draftDate;
    private int sessions;

    SafetyRule(RuleInputs in) {
        this.asOf = in.asOf();
        this.file = in.file();
        this.clearedThrough = clearedThrough();
        for (Session session : in.sessions().everySession()) {
            if (!session.date().isAfter(asOf) && session.hasSafetyFlag()) {
                count(session);
            }
        }
    }

    /** The date of the latest counting review when it found conjoint work safe, else null. */
    private LocalDate clearedThrough() {
        SafetyReview latest = null;
        for (SafetyReview review : file.safetyReviews()) {
            // An imported "conjoint work safe" never clears by itself (it was not signed here);
            // an imported "not safe" still cancels an earlier clearance.
            boolean counts = review.clears() || (review.signed() && review.outcome() == SafetyOutcome.NOT_SAFE);
            // Same date: the later entry in the file is the later review.
            if (counts
                    && !review.date().isAfter(asOf)
                    && (latest == null || !review.date().isBefore(latest.date()))) {
                latest = review;
            }
        }
        return latest != null && latest.outcome() == SafetyOutcome.CONJOINT_WORK_SAFE ? latest.date() : null;
    }

    private void count(Session session) {
        anyFlag = true;
        unsignedFlag |= !session.signed();
        if (clearedThrough != null && !session.date().isAfter(clearedThrough)) {
            return;
        }
        active = true;
        sessions++;
        lastDate = session.date();
        if (!session.signed()) {
            draftDate = session.date();
        }
        for (Flag f : session.flags()) {
            if (f.isSafety()) {
                flags.add(f);
            }
        }
    }

    RuleResult result() {
        if (active) {
            List<String> names = new ArrayList<>(flags.size());
            for (Flag f : flags) {
                names.add(f.name());
            }
            if (draftDate != null) {
                return new RuleResult(
                        Rule.R0,
                        true,
                        Reason.SAFETY_FLAG_ACTIVE_ON_DRAFT,
                        Map.of(
                                "flags",
                                List.copyOf(names),
                                "lastDate",
                                lastDate,
                                "sessions",
                                sessions,
                                "draftDate",
                                draftDate));
            }
            return new RuleResult(
                    Rule.R0,
                    true,
                    Reason.SAFETY_FLAG_ACTIVE,
                    Map.of("flags", List.copyOf(names), "lastDate", lastDate, "sessions", sessions));
        }
        if (anyFlag) {
            return new RuleResult(Rule.R0, false, Reason.SAFETY_FLAGS_CLEARED, Map.of("reviewDate", clearedThrough));
        }
        return new RuleResult(Rule.R0, false, Reason.NO_SAFETY_FLAG, Map.of());
    }

    /**
     * Whether a safety concern was recorded at some point on or before asOf: a safety flag,
     * cleared or not, a signed safety review or a referral to domestic-violence services.
     */
    boolean history() {
        if (anyFlag) {
            return true;
        }
        for (SafetyReview review : file.safetyReviews()) {
            if (review.signed() && !review.date().isAfter(asOf)) {
                return true;
            }
        }
        for (Referral r : file.couple().referrals()) {
            if (r.type() == ReferralType.DV_SERVICES && !r.on().isAfter(asOf)) {
                return true;
            }
        }
        return false;
    }

    /** A flag on a draft note, cleared or not, which the counselor must see. */
    List<AssessmentWarning> warnings() {
        return unsignedFlag ? List.of(AssessmentWarning.UNSIGNED_SAFETY_FLAG) : List.of();
    }

    /** When R0 decides: a signed review finding conjoint work safe, after the last active flag. */
    void leversWhenDecisive(List<Lever> levers) {
        levers.add(new Lever(Rule.R0, Lever.Kind.SAFETY_REVIEW, Map.of("after", lastDate)));
    }
}
