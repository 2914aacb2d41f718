package app.tandem.intake;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditService;
import app.tandem.base.CurrentUser;
import app.tandem.base.FieldLimits;
import app.tandem.base.ValidationFailure;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Attendance;
import app.tandem.casefile.CaseFile.ConsentMethod;
import app.tandem.casefile.CaseFile.HitsItem;
import app.tandem.casefile.CaseFile.ScreenConclusion;
import app.tandem.casefile.CaseFile.ScreenQuestion;
import app.tandem.casefile.CaseFileReader;
import app.tandem.casefile.PartnerId;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import app.tandem.couple.Partner;
import app.tandem.practice.PracticeSettingsService;
import app.tandem.session.CounselingSession;
import app.tandem.session.SessionService;
import app.tandem.text.Texts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent, the early individual session and the IPV screen of each partner. Reading a partner's
 * individual record (their screens and safe contact) is audited like reading a note; the status
 * the couple's page shows carries only dates, never answers.
 */
@Service
@PreAuthorize("hasRole('COUNSELOR')")
public class IntakeService {

    /** Longest screen note kept. */
    public static final int NOTES_MAX_LENGTH = FieldLimits.SCREENING_NOTES;

    private final CoupleService couples;
    private final SessionService sessions;
    private final PartnerConsentRepository consents;
    private final IpvScreeningRepository screens;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final PracticeSettingsService practice;
    private final Clock clock;

    IntakeService(
            CoupleService couples,
            SessionService sessions,
            PartnerConsentRepository consents,
            IpvScreeningRepository screens,
            CurrentUser currentUser,
            AuditService audit,
            PracticeSettingsService practice,
            Clock clock) {
        this.couples = couples;
        this.sessions = sessions;
        this.consents = consents;
        this.screens = screens;
        this.currentUser = currentUser;
        this.audit = audit;
        this.practice = practice;
        this.clock = clock;
    }

    /** A partner's consent as the counselor records it; the consent text version is the current one. */
    public record ConsentRequest(LocalDate givenOn, ConsentMethod method) {}

    /** An IPV screen as asked: unanswered items are absent from the maps. */
    public record ScreenRequest(
            LocalDate on,
            Map<HitsItem, Integer> hits,
            Map<ScreenQuestion, Boolean> answers,
            ScreenConclusion conclusion,
            String notes) {
        public ScreenRequest {
            hits = hits == null ? Map.of() : Map.copyOf(hits);
            answers = answers == null ? Map.of() : Map.copyOf(answers);
        }
    }

    /**
     * Where one partner's intake stands, in dates only (no answers).
     *
     * @param consent their latest consent, or null
     * @param seenAloneOn the date of their first session on their own (draft or signed), or null
     * @param screenedOn the date of their latest IPV screen, or null
     */
    public record PartnerStatus(
            PartnerId partner, PartnerConsent consent, LocalDate seenAloneOn, LocalDate screenedOn) {}

    /** Both partners' intake status. */
    public record IntakeStatus(PartnerStatus a, PartnerStatus b) {
        public PartnerStatus get(PartnerId p) {
            return p == PartnerId.A ? a : b;
        }
    }

    /** One partner's individual record: their safe contact, consents and IPV screens, oldest first. Private to them. */
    public record PartnerRecord(
            PartnerId partner,
            Partner details,
            long coupleVersion,
            List<PartnerConsent> consents,
            List<IpvScreening> screens) {}

    /** The version of the consent text new consents are recorded against. */
    public static int currentConsentVersion() {
        return Integer.parseInt(Texts.shared().get("consent.current").strip());
    }

    @Transactional(readOnly = true)
    public IntakeStatus status(long coupleId) {
        Couple couple = couples.require(coupleId);
        List<CounselingSession> all = sessions.list(coupleId);
        List<PartnerConsent> given = consents.forCouple(couple);
        List<IpvScreening> done = screens.forCouple(couple);
        return new IntakeStatus(status(PartnerId.A, all, given, done), status(PartnerId.B, all, given, done));
    }

    private static PartnerStatus status(
            PartnerId p, List<CounselingSession> all, List<PartnerConsent> given, List<IpvScreening> done) {
        Attendance alone = p == PartnerId.A ? Attendance.A : Attendance.B;
        LocalDate seen = all.stream()
                .filter(s -> s.getAttendance() == alone)
                .map(CounselingSession::getDate)
                .min(LocalDate::compareTo)
                .orElse(null);
        PartnerConsent consent = given.stream()
                .filter(c -> c.getPartner() == p)
                .reduce((first, second) -> second)
                .orElse(null);
        LocalDate screened = done.stream()
                .filter(s -> s.getPartner() == p)
                .map(IpvScreening::getScreenedOn)
                .max(LocalDate::compareTo)
                .orElse(null);
        return new PartnerStatus(p, consent, seen, screened);
    }

    /** A partner's individual record, for the counselor seeing them alone: audited as a read of private content. */
    @Transactional
    public PartnerRecord openPartnerRecord(long coupleId, PartnerId partner) {
        Couple couple = couples.require(coupleId);
        audit.record(
                AuditAction.PARTNER_RECORD_VIEWED,
                "COUPLE",
                couple.getReference(),
                AuditService.OK,
                "partner=" + partner);
        return new PartnerRecord(
                partner,
                couple.partner(partner),
                couple.getVersion(),
                consents.forCouple(couple).stream()
                        .filter(c -> c.getPartner() == partner)
                        .toList(),
                screens.forCouple(couple).stream()
                        .filter(s -> s.getPartner() == partner)
                        .toList());
    }

    @Transactional
    public PartnerConsent recordConsent(long coupleId, PartnerId partner, ConsentRequest request) {
        Couple couple = couples.require(coupleId);
        if (partner == null) {
            throw new ValidationFailure("partner", "Choose whose consent this is.");
        }
        notInFuture(request.givenOn(), "givenOn", "consent");
        if (request.method() == null) {
            throw new ValidationFailure("method", "Choose how the consent was given.");
        }
        PartnerConsent consent = consents.save(new PartnerConsent(
                couple,
                partner,
                request.givenOn(),
                request.method(),
                currentConsentVersion(),
                currentUser.require().email(),
                clock.instant()));
        audit.record(
                AuditAction.CONSENT_RECORDED, "COUPLE", couple.getReference(), AuditService.OK, "partner=" + partner);
        return consent;
    }

    /**
     * Records a screen. When the answers point to a concern and the counselor concludes there is
     * none, the notes must say why: the conclusion is the counselor's, but never silently.
     */
    @Transactional
    public IpvScreening recordScreen(long coupleId, PartnerId partner, ScreenRequest request) {
        Couple couple = couples.require(coupleId);
        if (partner == null) {
            throw new ValidationFailure("partner", "Choose which partner was screened.");
        }
        notInFuture(request.on(), "on", "screen");
        request.hits().forEach((item, value) -> {
            if (value == null || value < CaseFileReader.HITS_MIN || value > CaseFileReader.HITS_MAX) {
                throw new ValidationFailure(
                        "hits." + item, "Choose never, rarely, sometimes, fairly often or frequently.");
            }
        });
        if (request.conclusion() == null) {
            throw new ValidationFailure("conclusion", "Choose what you concluded from the screen.");
        }
        String notes = request.notes() == null || request.notes().isBlank()
                ? null
                : request.notes().strip();
        if (notes != null && notes.length() > NOTES_MAX_LENGTH) {
            throw new ValidationFailure("notes", "Use at most " + NOTES_MAX_LENGTH + " characters.");
        }
        if (request.conclusion() == ScreenConclusion.NO_CONCERN
                && notes == null
                && IpvScreens.indicatesConcern(request.hits(), request.answers())) {
            throw new ValidationFailure("notes", Texts.shared().get("intake.screen.noConcernNeedsNote"));
        }
        IpvScreening screen = screens.save(new IpvScreening(
                couple,
                partner,
                request.on(),
                currentUser.require().email(),
                request.hits(),
                request.answers(),
                request.conclusion(),
                notes,
                clock.instant()));
        audit.record(
                AuditAction.IPV_SCREEN_RECORDED,
                "COUPLE",
                couple.getReference(),
                AuditService.OK,
                "partner=" + partner);
        return screen;
    }

    /** Records how a partner can be contacted safely, asked with them alone (see {@link CoupleService#updateSafeContact}). */
    @Transactional
    public Couple updateSafeContact(
            long coupleId, long expectedVersion, PartnerId partner, CoupleService.SafeContactChange change) {
        return couples.updateSafeContact(coupleId, expectedVersion, partner, change);
    }

    /** Recreates the consents and screens of an imported case file for a couple the caller just restored. */
    @Transactional
    public void restore(
            Couple couple, List<CaseFile.Consent> importedConsents, List<CaseFile.IpvScreen> importedScreens) {
        couples.checkAccess(couple);
        for (CaseFile.Consent c : importedConsents) {
            consents.save(new PartnerConsent(
                    couple, c.partner(), c.on(), c.how(), c.textVersion(), c.recordedBy(), clock.instant()));
        }
        for (CaseFile.IpvScreen s : importedScreens) {
            screens.save(new IpvScreening(
                    couple,
                    s.partner(),
                    s.on(),
                    s.by(),
                    s.hits(),
                    s.answers(),
                    s.conclusion(),
                    s.notes(),
                    clock.instant()));
        }
    }

    private void notInFuture(LocalDate date, String field, String what) {
        if (date == null) {
            throw new ValidationFailure(field, "Enter the date of the " + what + ".");
        }
        if (date.isAfter(practice.today())) {
            throw new ValidationFailure(field, "The " + what + " cannot be dated in the future.");
        }
    }
}
