package app.tandem.progress;

import app.tandem.base.RequestMemo;
import app.tandem.casefile.CaseFile;
import app.tandem.checkin.CheckInRecords;
import app.tandem.casefile.PartnerId;
import app.tandem.casefile.PerPartner;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleStatusChangeRepository;
import app.tandem.couple.Partner;
import app.tandem.couple.ReferralRepository;
import app.tandem.homework.HomeworkAssignment;
import app.tandem.homework.HomeworkRepository;
import app.tandem.intake.IpvScreeningRepository;
import app.tandem.intake.PartnerConsentRepository;
import app.tandem.session.Amendment;
import app.tandem.session.AmendmentRepository;
import app.tandem.session.CounselingSession;
import app.tandem.session.CounselingSessionRepository;
import app.tandem.session.ImportMark;
import app.tandem.session.ReviewStatus;
import app.tandem.session.SafetyReviewCosignatureRepository;
import app.tandem.session.SafetyReviewRepository;
import app.tandem.session.SessionContent;
import app.tandem.session.SessionPrivateNote;
import app.tandem.session.SessionPrivateNoteRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads everything recorded about one couple into a {@link CaseFile}. A fixed number of queries
 * per couple, however many sessions it has.
 *
 * <p>Package-private on purpose: the whole record holds both partners' private content and
 * safety records, and does not check access itself. Only this package's services use it, each
 * after {@code CoupleService.require} checked the caller's access; a data-access copy is then cut
 * from the whole record by {@link DataAccessCopy}.
 */
@Component
class CaseRecordAssembler {

    /** Which private content the file carries. */
    enum Content {
        /**
         * Both partners' private notes, private amendments, IPV screens and check-ins: a transfer,
         * or the base of a data-access copy.
         */
        WHOLE,
        /** No private notes, private amendments, IPV screens or check-ins: the assessment, the screens and the reports. */
        SHARED
    }

    private final HomeworkRepository homework;
    private final CounselingSessionRepository sessions;
    private final AmendmentRepository amendments;
    private final SessionPrivateNoteRepository privateNotes;
    private final SafetyReviewRepository reviews;
    private final SafetyReviewCosignatureRepository cosignatures;
    private final ReferralRepository referrals;
    private final CoupleStatusChangeRepository history;
    private final ReportRecords reports;
    private final PartnerConsentRepository consents;
    private final IpvScreeningRepository screens;
    private final CheckInRecords checkIns;
    private final Clock clock;
    private final RequestMemo memo;

    CaseRecordAssembler(RequestMemo memo, HomeworkRepository homework, CounselingSessionRepository sessions, AmendmentRepository amendments,
            SessionPrivateNoteRepository privateNotes, SafetyReviewRepository reviews,
            SafetyReviewCosignatureRepository cosignatures, ReferralRepository referrals,
            CoupleStatusChangeRepository history, ReportRecords reports, PartnerConsentRepository consents,
            IpvScreeningRepository screens, CheckInRecords checkIns, Clock clock) {
        this.memo = memo;
        this.checkIns = checkIns;
        this.cosignatures = cosignatures;
        this.consents = consents;
        this.screens = screens;
        this.homework = homework;
        this.sessions = sessions;
        this.amendments = amendments;
        this.privateNotes = privateNotes;
        this.reviews = reviews;
        this.referrals = referrals;
        this.history = history;
        this.reports = reports;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    CaseFile assemble(Couple couple, Content content) {
        CaseFile.Couple c = new CaseFile.Couple(
                couple.getReference(), couple.getIntakeDate(), couple.getStatus(),
                shared(RequestMemo.STATUS_HISTORY, couple, () -> history.history(couple)).stream()
                        .map(h -> new CaseFile.StatusChange(h.getStatus(), h.getChangedAt(), h.getChangedBy(), h.getReason()))
                        .toList(),
                couple.getClosingSummary(),
                new CaseFile.Counselor(couple.getCounselor().getDisplayName(), couple.getCounselor().getEmail()),
                new PerPartner<>(partner(couple.getPartnerA()), partner(couple.getPartnerB())),
                new CaseFile.Context(couple.getWithdrawalOnset(), couple.getPursuer(), List.copyOf(couple.getSigns()),
                        List.copyOf(couple.getStressors()), couple.getStressorOther(), couple.getContextNotes()),
                couple.getGoals(), couple.getSecretsPolicy(), couple.getChildrenInHousehold(),
                shared(RequestMemo.REFERRALS, couple, () -> referrals.forCouple(couple)).stream()
                        .map(r -> new CaseFile.Referral(r.getType(), r.getReferredOn(), r.getReferredTo(), r.getNotes(),
                                r.getFirstSessionOn()))
                        .toList());

        List<CaseFile.Assignment> assignments = new ArrayList<>();
        for (HomeworkAssignment h : shared(RequestMemo.HOMEWORK, couple, () -> homework.forCouple(couple))) {
            assignments.add(new CaseFile.Assignment(h.getStepKey(), h.getTitle(), h.getPurpose(), h.getInstructions(),
                    h.getExamples(), h.getAssignee(), h.getAssignedOn(), h.getDueOn(),
                    h.getSeriesId() == null ? null : new CaseFile.Series(h.getSeriesId(), h.getSeriesFrequency()),
                    new PerPartner<>(h.completion(PartnerId.A), h.completion(PartnerId.B)),
                    new PerPartner<>(h.reflection(PartnerId.A), h.reflection(PartnerId.B)), h.getReviewedOn()));
        }
        boolean whole = content == Content.WHOLE;
        Map<Long, List<CaseFile.Amendment>> amendmentsBySession = new LinkedHashMap<>();
        for (Amendment a : shared(RequestMemo.AMENDMENTS, couple, () -> amendments.forCouple(couple))) {
            if (whole || a.getScope() == CaseFile.AmendmentScope.SHARED) {
                amendmentsBySession.computeIfAbsent(a.getSession().getId(), k -> new ArrayList<>())
                        .add(new CaseFile.Amendment(a.getAmendedAt(), a.getAuthor(), a.getReason(), a.getText(), a.getScope(),
                                ImportMark.toCaseFile(a.getImported())));
            }
        }
        Map<Long, String[]> notesBySession = new HashMap<>();
        if (whole) {
            for (SessionPrivateNote n : privateNotes.forCouple(couple)) {
                notesBySession.computeIfAbsent(n.getSession().getId(), k -> new String[2])[n.getPartner().ordinal()] = n.getText();
            }
        }
        List<CaseFile.Session> sessionList = new ArrayList<>();
        List<CounselingSession> sessionsOfCouple = shared(RequestMemo.SESSIONS, couple, () -> sessions.forCouple(couple));
        for (CounselingSession s : sessionsOfCouple) {
            SessionContent sc = s.content();
            String[] notes = notesBySession.getOrDefault(s.getId(), new String[2]);
            sessionList.add(new CaseFile.Session(sc.date(), sc.startTime(), sc.durationMinutes(),
                    sc.format(), sc.attendance(), s.isSigned(), s.getSignedAt(), s.getSignedBy(),
                    new PerPartner<>(scoresOrNull(sc.scoresA()), scoresOrNull(sc.scoresB())),
                    List.copyOf(sc.flags()), List.copyOf(sc.pitfalls()), sc.note(), new PerPartner<>(notes[0], notes[1]),
                    amendmentsBySession.getOrDefault(s.getId(), List.of()), s.getAnchorsVersion(), sc.remoteChecks(),
                    ImportMark.toCaseFile(s.getImported())));
        }
        // A review waiting for its supervisor's co-signature is not yet signed in the record the engine reads.
        List<CaseFile.SafetyReview> reviewList = ReviewStatus.of(
                        shared(RequestMemo.SAFETY_REVIEWS, couple, () -> reviews.forCouple(couple)), cosignatures.forCouple(couple),
                        sessionsOfCouple).stream()
                .map(st -> new CaseFile.SafetyReview(st.review().getDate(), st.review().getReviewedBy(),
                        st.review().getOutcome(), st.review().getReferralMade(), st.review().getSafetyPlan(),
                        st.countsAsSigned(), st.coSignature() == null ? null : st.coSignature().getCosignedBy(),
                        st.coSignature() == null ? null : st.coSignature().getCosignedAt(),
                        ImportMark.toCaseFile(st.review().getImported())))
                .toList();
        return new CaseFile(CaseFile.FORMAT, CaseFile.FORMAT_VERSION, clock.instant(), c, assignments, sessionList,
                reviewList, reports.forCaseFile(couple), consents(couple), whole ? screens(couple) : List.of(),
                whole ? checkIns.forCaseFile(couple.getId()) : List.of());
    }

    /**
     * A per-couple read that the couple page's tabs make too: within one request it is made once
     * ({@link RequestMemo}), so the Progress tab does not read the sessions the Sessions tab read.
     */
    private <T> T shared(String what, Couple couple, java.util.function.Supplier<T> read) {
        return memo.get(new RequestMemo.Key(what, couple.getId()), read);
    }

    /** Consents to couples work: both partners' (a data-access copy keeps only its partner's own). */
    private List<CaseFile.Consent> consents(Couple couple) {
        return consents.forCouple(couple).stream()
                .map(k -> new CaseFile.Consent(k.getPartner(), k.getGivenOn(), k.getMethod(), k.getTextVersion(), k.getRecordedBy()))
                .toList();
    }

    /** IPV screens are private to their partner and safety records: only in the whole record. */
    private List<CaseFile.IpvScreen> screens(Couple couple) {
        return screens.forCouple(couple).stream()
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
