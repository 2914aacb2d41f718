package app.tandem.couple;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditService;
import app.tandem.base.ConcurrentEditException;
import app.tandem.base.DateLimits;
import app.tandem.base.NotFoundException;
import app.tandem.base.ValidationFailure;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.ReferralType;
import app.tandem.practice.PracticeSettingsService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A couple's referrals for {@link CoupleService}: the checks a new referral and its first
 * attended session pass, and the records themselves. The service checks access to the couple
 * first and holds the transaction.
 */
@Component
class ReferralRecords {

    private final ReferralRepository referrals;
    private final AuditService audit;
    private final PracticeSettingsService practice;
    private final Clock clock;

    ReferralRecords(ReferralRepository referrals, AuditService audit, PracticeSettingsService practice, Clock clock) {
        this.referrals = referrals;
        this.audit = audit;
        this.practice = practice;
        this.clock = clock;
    }

    List<Referral> of(Couple couple) {
        return referrals.forCouple(couple);
    }

    Referral require(long referralId) {
        return referrals.findById(referralId).orElseThrow(() -> new NotFoundException("The referral"));
    }

    /** Checks and records a referral of the couple; audited. */
    Referral add(Couple couple, ReferralType type, LocalDate on, String to, String notes, LocalDate firstSessionOn) {
        if (type == null) {
            throw new ValidationFailure("referralType", "Choose the type of referral.");
        }
        if (on == null) {
            throw new ValidationFailure("referredOn", "Enter the date of the referral.");
        }
        DateLimits.past("The referral", on, couple.getIntakeDate(), practice.today())
                .ifPresent(m -> {
                    throw new ValidationFailure("referredOn", m);
                });
        if (on.isAfter(practice.today())) {
            throw new ValidationFailure("referredOn", "The referral cannot be dated in the future.");
        }
        if (to != null && to.length() > Referral.TO_MAX_LENGTH) {
            throw new ValidationFailure("referredTo", "Use at most " + Referral.TO_MAX_LENGTH + " characters.");
        }
        if (firstSessionOn != null) {
            checkFirstSession(on, firstSessionOn);
        }
        Referral referral = referrals.save(new Referral(
                couple,
                type,
                on,
                CoupleDetails.trimToNull(to),
                CoupleDetails.trimToNull(notes),
                firstSessionOn,
                clock.instant()));
        audit.record(AuditAction.REFERRAL_ADDED, "COUPLE", couple.getReference(), AuditService.OK, "type=" + type);
        return referral;
    }

    /** Sets the date of the first attended session; a stale version is a conflict. The caller flushes and audits. */
    void setFirstSession(Referral referral, long expectedVersion, LocalDate firstSessionOn) {
        if (referral.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("this referral");
        }
        if (firstSessionOn == null) {
            throw new ValidationFailure("firstSessionOn", "Enter the date of the first attended session.");
        }
        checkFirstSession(referral.getReferredOn(), firstSessionOn);
        referral.setFirstSessionOn(firstSessionOn);
    }

    /** Recreates the referrals of an imported case file as they were. */
    void restore(Couple couple, List<CaseFile.Referral> imported) {
        for (CaseFile.Referral r : imported) {
            referrals.save(
                    new Referral(couple, r.type(), r.on(), r.to(), r.notes(), r.firstSessionOn(), clock.instant()));
        }
    }

    private void checkFirstSession(LocalDate referredOn, LocalDate firstSessionOn) {
        if (firstSessionOn.isBefore(referredOn)) {
            throw new ValidationFailure("firstSessionOn", "The first session cannot be before the referral.");
        }
        if (firstSessionOn.isAfter(practice.today())) {
            throw new ValidationFailure(
                    "firstSessionOn", "Record the first session once it has taken place: it cannot be in the future.");
        }
    }
}
