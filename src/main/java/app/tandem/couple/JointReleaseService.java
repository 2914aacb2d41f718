package app.tandem.couple;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditService;
import app.tandem.base.CurrentUser;
import app.tandem.base.ValidationFailure;
import app.tandem.casefile.PartnerId;
import app.tandem.practice.PracticeSettingsService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each partner's recorded authorisation to release the couple's joint records into the other
 * partner's data-access copy. Recorded and withdrawn from the couple's Overview; access checked
 * per couple, every change audited.
 */
@Service
@PreAuthorize("hasRole('COUNSELOR')")
public class JointReleaseService {

    private final JointReleaseConsentRepository consents;
    private final CoupleService couples;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final PracticeSettingsService practice;
    private final Clock clock;

    JointReleaseService(
            JointReleaseConsentRepository consents,
            CoupleService couples,
            CurrentUser currentUser,
            AuditService audit,
            PracticeSettingsService practice,
            Clock clock) {
        this.consents = consents;
        this.couples = couples;
        this.currentUser = currentUser;
        this.audit = audit;
        this.practice = practice;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<JointReleaseConsent> consents(long coupleId) {
        return consents.forCouple(couples.require(coupleId));
    }

    /** The authorisation {@code partner} gave, if any. */
    @Transactional(readOnly = true)
    public Optional<JointReleaseConsent> consentOf(long coupleId, PartnerId partner) {
        return consents.find(couples.require(coupleId), partner);
    }

    /** Records (or replaces) {@code partner}'s authorisation: the date it was given and how. */
    @Transactional
    public JointReleaseConsent record(long coupleId, PartnerId partner, LocalDate givenOn, String howGiven) {
        Couple couple = couples.require(coupleId);
        if (partner == null) {
            throw new ValidationFailure("partner", "Choose the partner who gave the authorisation.");
        }
        if (givenOn == null) {
            throw new ValidationFailure("givenOn", "Enter the date the authorisation was given.");
        }
        if (givenOn.isAfter(practice.today())) {
            throw new ValidationFailure("givenOn", "An authorisation cannot be dated in the future.");
        }
        if (givenOn.isBefore(couple.getIntakeDate())) {
            throw new ValidationFailure("givenOn", "An authorisation cannot be dated before the intake.");
        }
        String how = CoupleDetails.trimToNull(howGiven);
        if (how == null) {
            throw new ValidationFailure("howGiven", "Say how it was given, for example: signed form at the session.");
        }
        if (how.length() > JointReleaseConsent.HOW_MAX_LENGTH) {
            throw new ValidationFailure(
                    "howGiven", "Use at most " + JointReleaseConsent.HOW_MAX_LENGTH + " characters.");
        }
        consents.find(couple, partner).ifPresent(old -> {
            consents.delete(old);
            consents.flush();
        });
        JointReleaseConsent consent = consents.save(new JointReleaseConsent(
                couple,
                partner,
                givenOn,
                how,
                clock.instant(),
                currentUser.require().email()));
        audit.record(
                AuditAction.JOINT_RELEASE_RECORDED,
                "COUPLE",
                couple.getReference(),
                AuditService.OK,
                "partner=" + partner + " givenOn=" + givenOn);
        return consent;
    }

    /** Withdraws {@code partner}'s authorisation: from now on their joint records stay out of the other's copy. */
    @Transactional
    public void withdraw(long coupleId, PartnerId partner) {
        Couple couple = couples.require(coupleId);
        consents.find(couple, partner).ifPresent(c -> {
            consents.delete(c);
            audit.record(
                    AuditAction.JOINT_RELEASE_WITHDRAWN,
                    "COUPLE",
                    couple.getReference(),
                    AuditService.OK,
                    "partner=" + partner);
        });
    }
}
