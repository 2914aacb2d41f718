package app.tandem.progress;

import app.tandem.casefile.CaseFile;
import app.tandem.casefile.PerPartner;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleStatusChangeRepository;
import app.tandem.couple.Partner;
import app.tandem.couple.ReferralRepository;
import app.tandem.homework.HomeworkAssignment;
import app.tandem.homework.HomeworkRepository;
import app.tandem.intake.IpvScreeningRepository;
import app.tandem.intake.PartnerConsentRepository;
import app.tandem.casefile.PartnerId;
import app.tandem.session.Amendment;
import app.tandem.session.AmendmentRepository;
import app.tandem.session.CounselingSession;
import app.tandem.session.CounselingSessionRepository;
import app.tandem.session.ReviewStatus;
import app.tandem.session.SafetyReviewCosignatureRepository;
import app.tandem.session.SafetyReviewRepository;
import app.tandem.session.SessionContent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads everything recorded about one couple into a {@link CaseFile}. Callers check access
 * first (this class is handed a couple the caller may see). A fixed number of queries per
 * couple, however many sessions it has.
 */
@Component
public class CaseRecordAssembler {

    /** Which partners' private notes the file may carry. */
    public enum PrivateNotes {
        /** A full transfer: both partners' private notes. */
        ALL,
        /** Assessment, reports: none. */
        NONE,
        /** A data-access copy for partner A: A's own private notes only. */
        PARTNER_A,
        /** A data-access copy for partner B: B's own private notes only. */
        PARTNER_B;

        /** Whether partner {@code p}'s private content (private notes, IPV screens) goes in. */
        public boolean covers(PartnerId p) {
            return this == ALL || (this == PARTNER_A && p == PartnerId.A) || (this == PARTNER_B && p == PartnerId.B);
        }
    }

    private final HomeworkRepository homework;
    private final CounselingSessionRepository sessions;
    private final AmendmentRepository amendments;
    private final SafetyReviewRepository reviews;
    private final SafetyReviewCosignatureRepository cosignatures;
    private final ReferralRepository referrals;
    private final CoupleStatusChangeRepository history;
    private final ReportRecords reports;
    private final PartnerConsentRepository consents;
    private final IpvScreeningRepository screens;
    private final Clock clock;

    CaseRecordAssembler(HomeworkRepository homework, CounselingSessionRepository sessions, AmendmentRepository amendments,
            SafetyReviewRepository reviews, SafetyReviewCosignatureRepository cosignatures, ReferralRepository referrals,
            CoupleStatusChangeRepository history, ReportRecords reports, PartnerConsentRepository consents,
            IpvScreeningRepository screens, Clock clock) {
        this.consents = consents;
        this.screens = screens;
        this.homework = homework;
        this.sessions = sessions;
        this.amendments = amendments;
        this.reviews = reviews;
        this.cosignatures = cosignatures;
        this.referrals = referrals;
        this.history = history;
        this.reports = reports;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CaseFile assemble(Couple couple, PrivateNotes privateNotes) {
        CaseFile.Couple c = new CaseFile.Couple(
                couple.getReference(), couple.getIntakeDate(), couple.getStatus(),
                history.history(couple).stream()
                        .map(h -> new CaseFile.StatusChange(h.getStatus(), h.getChangedAt(), h.getChangedBy(), h.getReason()))
                        .toList(),
                couple.getClosingSummary(),
                new CaseFile.Counselor(couple.getCounselor().getDisplayName(), couple.getCounselor().getEmail()),
                new PerPartner<>(partner(couple.getPartnerA()), partner(couple.getPartnerB())),
                new CaseFile.Context(couple.getWithdrawalOnset(), couple.getPursuer(), List.copyOf(couple.getSigns()),
                        List.copyOf(couple.getStressors()), couple.getStressorOther(), couple.getContextNotes()),
                couple.getGoals(), couple.getSecretsPolicy(), couple.getChildrenInHousehold(),
                referrals.forCouple(couple).stream()
                        .map(r -> new CaseFile.Referral(r.getType(), r.getReferredOn(), r.getReferredTo(), r.getNotes()))
                        .toList());

        List<CaseFile.Assignment> assignments = new ArrayList<>();
        for (HomeworkAssignment h : homework.forCouple(couple)) {
            assignments.add(new CaseFile.Assignment(h.getStepKey(), h.getTitle(), h.getPurpose(), h.getInstructions(),
                    h.getExamples(), h.getAssignee(), h.getAssignedOn(), h.getDueOn(),
                    h.getSeriesId() == null ? null : new CaseFile.Series(h.getSeriesId(), h.getSeriesFrequency()),
                    new PerPartner<>(h.completion(PartnerId.A), h.completion(PartnerId.B)),
                    new PerPartner<>(h.reflection(PartnerId.A), h.reflection(PartnerId.B)), h.getReviewedOn()));
        }

        Map<Long, List<CaseFile.Amendment>> amendmentsBySession = new LinkedHashMap<>();
        for (Amendment a : amendments.forCouple(couple)) {
            amendmentsBySession.computeIfAbsent(a.getSession().getId(), k -> new ArrayList<>())
                    .add(new CaseFile.Amendment(a.getAmendedAt(), a.getAuthor(), a.getReason(), a.getText()));
        }
        List<CaseFile.Session> sessionList = new ArrayList<>();
        List<CounselingSession> sessionsOfCouple = sessions.forCouple(couple);
        for (CounselingSession s : sessionsOfCouple) {
            SessionContent content = s.content();
            sessionList.add(new CaseFile.Session(content.date(), content.startTime(), content.durationMinutes(),
                    content.format(), content.attendance(), s.isSigned(), s.getSignedAt(), s.getSignedBy(),
                    new PerPartner<>(scoresOrNull(content.scoresA()), scoresOrNull(content.scoresB())),
                    List.copyOf(content.flags()), List.copyOf(content.pitfalls()), content.note(),
                    new PerPartner<>(
                            privateNotes.covers(PartnerId.A) ? content.privateNoteA() : null,
                            privateNotes.covers(PartnerId.B) ? content.privateNoteB() : null),
                    amendmentsBySession.getOrDefault(s.getId(), List.of()), s.getAnchorsVersion(),
                    content.remoteChecks()));
        }
        // A review waiting for its supervisor's co-signature is not yet signed in the record the engine reads.
        List<CaseFile.SafetyReview> reviewList = ReviewStatus.of(reviews.forCouple(couple), cosignatures.forCouple(couple),
                        sessionsOfCouple).stream()
                .map(st -> new CaseFile.SafetyReview(st.review().getDate(), st.review().getReviewedBy(),
                        st.review().getOutcome(), st.review().getReferralMade(), st.review().getSafetyPlan(),
                        st.countsAsSigned(), st.coSignature() == null ? null : st.coSignature().getCosignedBy(),
                        st.coSignature() == null ? null : st.coSignature().getCosignedAt()))
                .toList();
        return new CaseFile(CaseFile.FORMAT, CaseFile.FORMAT_VERSION, clock.instant(), c, assignments, sessionList,
                reviewList, reports.forCaseFile(couple), consents(couple, privateNotes), screens(couple, privateNotes));
    }

    /** Consents: all of them, except in a partner's own data-access copy, which carries only theirs. */
    private List<CaseFile.Consent> consents(Couple couple, PrivateNotes privateNotes) {
        return consents.forCouple(couple).stream()
                .filter(k -> privateNotes == PrivateNotes.ALL || privateNotes == PrivateNotes.NONE || privateNotes.covers(k.getPartner()))
                .map(k -> new CaseFile.Consent(k.getPartner(), k.getGivenOn(), k.getMethod(), k.getTextVersion(), k.getRecordedBy()))
                .toList();
    }

    /** IPV screens are private to their partner, like private notes: only where that partner's private notes go. */
    private List<CaseFile.IpvScreen> screens(Couple couple, PrivateNotes privateNotes) {
        return screens.forCouple(couple).stream()
                .filter(s -> privateNotes.covers(s.getPartner()))
                .map(s -> new CaseFile.IpvScreen(s.getPartner(), s.getScreenedOn(), s.getScreenedBy(), s.hits(), s.answers(),
                        s.getConclusion(), s.getNotes()))
                .toList();
    }

    private static CaseFile.Scores scoresOrNull(CaseFile.Scores s) {
        return s.emotionalSafety() == null && s.reciprocalEffort() == null && s.clearCommunication() == null && s.csi4() == null
                ? null : s;
    }

    private static CaseFile.Partner partner(Partner p) {
        CaseFile.SafeContact safe = p.hasSafeContact()
                ? new CaseFile.SafeContact(Boolean.TRUE.equals(p.getSafeEmail()), Boolean.TRUE.equals(p.getSafePhone()), p.getSafeNote())
                : null;
        return new CaseFile.Partner(p.getFirstName(), p.getLastName(), p.getPronouns(), p.getEmail(), p.getPhone(), safe);
    }
}
