package app.tandem.couple;

import app.tandem.base.RequestMemo;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.PerPartner;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A couple's own part of its case file (details, partners, status history and referrals) and its
 * summary row, for the progress feature that keeps the current assessment. Does not check access: only the progress feature's record assembler uses it, after its callers checked
 * the caller's access to the couple (decision 0087: other features read this feature's tables
 * through it, never through its repositories).
 */
@Component
public class CoupleRecords {

    private final CoupleRepository couples;
    private final CoupleSummaryRepository summaries;
    private final CoupleStatusChangeRepository history;
    private final ReferralRepository referrals;
    private final RequestMemo memo;

    CoupleRecords(
            CoupleRepository couples,
            CoupleSummaryRepository summaries,
            CoupleStatusChangeRepository history,
            ReferralRepository referrals,
            RequestMemo memo) {
        this.couples = couples;
        this.summaries = summaries;
        this.history = history;
        this.referrals = referrals;
        this.memo = memo;
    }

    /** The couple, without an access check: for a recomputation its caller was allowed to start. */
    public Couple load(long coupleId) {
        return couples.findById(coupleId).orElseThrow();
    }

    /** Changes the couple's summary row (the caseload grid's figures), making it first if it is missing. */
    public void updateSummary(long coupleId, Instant now, Consumer<CoupleSummary> change) {
        CoupleSummary summary = summaries.findById(coupleId).orElseGet(() -> new CoupleSummary(coupleId, now));
        change.accept(summary);
        summaries.save(summary);
    }

    @Transactional(readOnly = true)
    public CaseFile.Couple forCaseFile(Couple couple) {
        return new CaseFile.Couple(
                couple.getReference(),
                couple.getIntakeDate(),
                couple.getStatus(),
                shared(RequestMemo.STATUS_HISTORY, couple, () -> history.history(couple)).stream()
                        .map(h -> new CaseFile.StatusChange(
                                h.getStatus(), h.getChangedAt(), h.getChangedBy(), h.getReason()))
                        .toList(),
                couple.getClosingSummary(),
                new CaseFile.Counselor(
                        couple.getCounselor().getDisplayName(),
                        couple.getCounselor().getEmail()),
                new PerPartner<>(partner(couple.getPartnerA()), partner(couple.getPartnerB())),
                new CaseFile.Context(
                        couple.getWithdrawalOnset(),
                        couple.getPursuer(),
                        List.copyOf(couple.getSigns()),
                        List.copyOf(couple.getStressors()),
                        couple.getStressorOther(),
                        couple.getContextNotes()),
                couple.getGoals(),
                couple.getSecretsPolicy(),
                couple.getChildrenInHousehold(),
                shared(RequestMemo.REFERRALS, couple, () -> referrals.forCouple(couple)).stream()
                        .map(r -> new CaseFile.Referral(
                                r.getType(), r.getReferredOn(), r.getReferredTo(), r.getNotes(), r.getFirstSessionOn()))
                        .toList());
    }

    /** A read the couple page's tabs make too: within one request it is made once ({@link RequestMemo}). */
    private <T> T shared(String what, Couple couple, Supplier<T> read) {
        return memo.get(new RequestMemo.Key(what, couple.getId()), read);
    }

    private static CaseFile.Partner partner(Partner p) {
        CaseFile.SafeContact safe = p.hasSafeContact()
                ? new CaseFile.SafeContact(
                        Boolean.TRUE.equals(p.getSafeEmail()), Boolean.TRUE.equals(p.getSafePhone()), p.getSafeNote())
                : null;
        return new CaseFile.Partner(
                p.getFirstName(), p.getLastName(), p.getPronouns(), p.getEmail(), p.getPhone(), safe);
    }
}
