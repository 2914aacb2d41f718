package app.tandem.session;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditService;
import app.tandem.base.CurrentUser;
import app.tandem.base.DateLimits;
import app.tandem.base.NotFoundException;
import app.tandem.base.ValidationFailure;
import app.tandem.casefile.CaseFile;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleChanged;
import app.tandem.practice.PracticeSettingsService;
import app.tandem.text.Texts;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Safety reviews for {@link SessionService}: recording one, the co-signature a supervisor adds
 * before a review that lets joint work resume counts as signed, and the reviews an import brings
 * in. The service checks access to the couple first and holds the transactions.
 */
@Component
class SafetyReviews {

    private final SafetyReviewRepository reviews;
    private final SafetyReviewCosignatureRepository cosignatures;
    private final CounselingSessionRepository sessions;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final PracticeSettingsService practice;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SafetyReviews(
            SafetyReviewRepository reviews,
            SafetyReviewCosignatureRepository cosignatures,
            CounselingSessionRepository sessions,
            CurrentUser currentUser,
            AuditService audit,
            PracticeSettingsService practice,
            ApplicationEventPublisher events,
            Clock clock) {

        this.reviews = reviews;
        this.cosignatures = cosignatures;
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.practice = practice;
        this.events = events;
        this.clock = clock;
    }

    SafetyReview record(Couple couple, SessionService.ReviewRequest request) {
        if (request.date() == null) {
            throw new ValidationFailure("date", "Enter the date of the review.");
        }
        if (request.date().isAfter(practice.today())) {
            throw new ValidationFailure("date", "A review cannot be dated in the future.");
        }
        DateLimits.past("The review", request.date(), couple.getIntakeDate(), practice.today())
                .ifPresent(m -> {
                    throw new ValidationFailure("date", m);
                });
        if (request.outcome() == null) {
            throw new ValidationFailure("outcome", "Choose the outcome of the review.");
        }
        if (request.safetyPlan() == null || request.safetyPlan().isBlank()) {
            throw new ValidationFailure("safetyPlan", "Describe the safety plan agreed (or why none is needed).");
        }
        SafetyReview review = reviews.save(new SafetyReview(
                couple,
                request.date(),
                currentUser.require().email(),
                request.outcome(),
                blank(request.referralMade()),
                request.safetyPlan().trim(),
                true,
                clock.instant()));
        audit.record(
                AuditAction.SAFETY_REVIEW_RECORDED,
                "COUPLE",
                couple.getReference(),
                AuditService.OK,
                "outcome=" + request.outcome());
        events.publishEvent(new CoupleChanged(couple.getId()));
        return review;
    }

    List<SafetyReview> of(Couple couple) {
        return reviews.forCouple(couple);
    }

    SafetyReview require(long reviewId) {
        return reviews.findById(reviewId).orElseThrow(() -> new NotFoundException("The safety review"));
    }

    /**
     * The reviews of a couple the caller may see, with their signatures: what the assessment's
     * record is built from (a review waiting for its co-signature does not count as signed).
     */
    List<ReviewStatus> statuses(Couple couple) {
        return ReviewStatus.of(reviews.forCouple(couple), cosignatures.forCouple(couple), sessions.forCouple(couple));
    }

    /** Whether the signed-in user may co-sign {@code status}: it awaits one, and they are a supervisor other than its author. */
    boolean mayCoSign(ReviewStatus status) {
        var user = currentUser.require();
        return status.awaitingCoSignature()
                && user.isSupervisor()
                && !user.email().equalsIgnoreCase(status.review().getReviewedBy());
    }

    /**
     * A supervisor's co-signature on a review that finds joint work may resume after a lethality
     * indicator or coercive control; from then on it clears the flags it covers. The co-signer
     * must not be the counselor who recorded the review.
     */
    ReviewStatus coSign(SafetyReview review) {
        long reviewId = review.getId();
        Couple couple = review.getCouple();
        ReviewStatus status = statuses(couple).stream()
                .filter(s -> s.review().getId() == reviewId)
                .findFirst()
                .orElseThrow();
        Texts texts = Texts.shared();
        if (status.coSignature() != null) {
            throw new ValidationFailure(null, texts.get("review.cosign.already"));
        }
        if (!status.awaitingCoSignature()) {
            throw new ValidationFailure(null, texts.get("review.cosign.notNeeded"));
        }
        String by = currentUser.require().email();
        if (by.equalsIgnoreCase(review.getReviewedBy())) {
            throw new ValidationFailure(null, texts.get("review.cosign.ownReview"));
        }
        SafetyReviewCosignature cosignature;
        try {
            cosignature = cosignatures.saveAndFlush(new SafetyReviewCosignature(reviewId, by, clock.instant()));
        } catch (DataIntegrityViolationException raced) {
            throw new ValidationFailure(null, texts.get("review.cosign.already"));
        }
        audit.record(
                AuditAction.SAFETY_REVIEW_COSIGNED,
                "COUPLE",
                couple.getReference(),
                AuditService.OK,
                "review=" + reviewId);
        events.publishEvent(new CoupleChanged(couple.getId()));
        return new ReviewStatus(review, true, cosignature);
    }

    /**
     * Recreates the safety reviews of an imported case file, marked as imported by {@code by} at
     * {@code now}; an imported review never clears a safety flag.
     */
    void restore(Couple couple, List<CaseFile.SafetyReview> importedReviews, String by, Instant now) {
        for (CaseFile.SafetyReview r : importedReviews) {
            SafetyReview review = reviews.save(SafetyReview.imported(couple, r, by, now));
            if (r.coSignedBy() != null) {
                cosignatures.save(new SafetyReviewCosignature(review.getId(), r.coSignedBy(), r.coSignedAt()));
            }
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
