package app.tandem.session;

import app.tandem.base.RequestMemo;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.PerPartner;
import app.tandem.couple.Couple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A couple's sessions (with their amendments and, in the whole record, private notes) and safety
 * reviews as case-file records. Does not check access: only the progress feature's record
 * assembler uses it, after its callers checked the caller's access to the couple (decision 0087:
 * other features read this feature's tables through it, never through its repositories).
 */
@Component
public class SessionRecords {

    /** The sessions and the safety reviews of one couple, as the case file carries them. */
    public record ForCaseFile(List<CaseFile.Session> sessions, List<CaseFile.SafetyReview> reviews) {}

    private final CounselingSessionRepository sessions;
    private final AmendmentRepository amendments;
    private final SessionPrivateNoteRepository privateNotes;
    private final SafetyReviewRepository reviews;
    private final SafetyReviewCosignatureRepository cosignatures;
    private final RequestMemo memo;

    SessionRecords(
            CounselingSessionRepository sessions,
            AmendmentRepository amendments,
            SessionPrivateNoteRepository privateNotes,
            SafetyReviewRepository reviews,
            SafetyReviewCosignatureRepository cosignatures,
            RequestMemo memo) {
        this.sessions = sessions;
        this.amendments = amendments;
        this.privateNotes = privateNotes;
        this.reviews = reviews;
        this.cosignatures = cosignatures;
        this.memo = memo;
    }

    /**
     * {@code whole}: with both partners' private notes and private amendments (a transfer, or the
     * base of a data-access copy); otherwise shared content only.
     */
    @Transactional(readOnly = true)
    public ForCaseFile forCaseFile(Couple couple, boolean whole) {
        Map<Long, List<CaseFile.Amendment>> amendmentsBySession = amendmentsBySession(couple, whole);
        Map<Long, String[]> notesBySession = whole ? privateNotesBySession(couple) : Map.of();
        List<CaseFile.Session> sessionList = new ArrayList<>();
        List<CounselingSession> sessionsOfCouple =
                shared(RequestMemo.SESSIONS, couple, () -> sessions.forCouple(couple));
        for (CounselingSession s : sessionsOfCouple) {
            sessionList.add(session(
                    s,
                    notesBySession.getOrDefault(s.getId(), new String[2]),
                    amendmentsBySession.getOrDefault(s.getId(), List.of())));
        }
        return new ForCaseFile(sessionList, reviews(couple, sessionsOfCouple));
    }

    /** The couple's amendments by session id: all of them when {@code whole}, otherwise the shared ones. */
    private Map<Long, List<CaseFile.Amendment>> amendmentsBySession(Couple couple, boolean whole) {
        Map<Long, List<CaseFile.Amendment>> bySession = new LinkedHashMap<>();
        for (Amendment a : shared(RequestMemo.AMENDMENTS, couple, () -> amendments.forCouple(couple))) {
            if (whole || a.getScope() == CaseFile.AmendmentScope.SHARED) {
                bySession
                        .computeIfAbsent(a.getSession().getId(), k -> new ArrayList<>())
                        .add(new CaseFile.Amendment(
                                a.getAmendedAt(),
                                a.getAuthor(),
                                a.getReason(),
                                a.getText(),
                                a.getScope(),
                                ImportMark.toCaseFile(a.getImported())));
            }
        }
        return bySession;
    }

    /** The couple's private notes by session id, indexed by partner. */
    private Map<Long, String[]> privateNotesBySession(Couple couple) {
        Map<Long, String[]> bySession = new HashMap<>();
        for (SessionPrivateNote n : privateNotes.forCouple(couple)) {
            bySession
                            .computeIfAbsent(n.getSession().getId(), k -> new String[2])[
                            n.getPartner().ordinal()] =
                    n.getText();
        }
        return bySession;
    }

    private static CaseFile.Session session(
            CounselingSession s, String[] notes, List<CaseFile.Amendment> sessionAmendments) {
        SessionContent sc = s.content();
        return new CaseFile.Session(
                sc.date(),
                sc.startTime(),
                sc.durationMinutes(),
                sc.format(),
                sc.attendance(),
                s.isSigned(),
                s.getSignedAt(),
                s.getSignedBy(),
                new PerPartner<>(scoresOrNull(sc.scoresA()), scoresOrNull(sc.scoresB())),
                List.copyOf(sc.flags()),
                List.copyOf(sc.pitfalls()),
                sc.note(),
                new PerPartner<>(notes[0], notes[1]),
                sessionAmendments,
                s.getAnchorsVersion(),
                sc.remoteChecks(),
                ImportMark.toCaseFile(s.getImported()));
    }

    /** A review waiting for its supervisor's co-signature is not yet signed in the record the engine reads. */
    private List<CaseFile.SafetyReview> reviews(Couple couple, List<CounselingSession> sessionsOfCouple) {
        return ReviewStatus.of(
                        shared(RequestMemo.SAFETY_REVIEWS, couple, () -> reviews.forCouple(couple)),
                        cosignatures.forCouple(couple),
                        sessionsOfCouple)
                .stream()
                .map(st -> new CaseFile.SafetyReview(
                        st.review().getDate(),
                        st.review().getReviewedBy(),
                        st.review().getOutcome(),
                        st.review().getReferralMade(),
                        st.review().getSafetyPlan(),
                        st.countsAsSigned(),
                        st.coSignature() == null ? null : st.coSignature().getCosignedBy(),
                        st.coSignature() == null ? null : st.coSignature().getCosignedAt(),
                        ImportMark.toCaseFile(st.review().getImported())))
                .toList();
    }

    /**
     * A per-couple read that the couple page's tabs make too: within one request it is made once
     * ({@link RequestMemo}), so the Progress tab does not read the sessions the Sessions tab read.
     */
    private <T> T shared(String what, Couple couple, Supplier<T> read) {
        return memo.get(new RequestMemo.Key(what, couple.getId()), read);
    }

    private static CaseFile.Scores scoresOrNull(CaseFile.Scores s) {
        return s.emotionalSafety() == null
                        && s.reciprocalEffort() == null
                        && s.clearCommunication() == null
                        && s.csi4() == null
                ? null
                : s;
    }
}
