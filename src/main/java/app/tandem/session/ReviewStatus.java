package app.tandem.session;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A safety review with where its signatures stand.
 *
 * @param review the review
 * @param needsCoSignature whether it clears nothing until a supervisor co-signs it (see
 *        {@link SafetyReview#needsCoSignature})
 * @param coSignature the co-signature, or null
 */
public record ReviewStatus(SafetyReview review, boolean needsCoSignature, SafetyReviewCosignature coSignature) {

    /** The status of each of a couple's reviews (in their order), from its sessions and co-signatures. */
    public static List<ReviewStatus> of(
            List<SafetyReview> reviews,
            List<SafetyReviewCosignature> cosignatures,
            List<CounselingSession> sessionsOfCouple) {
        Map<Long, SafetyReviewCosignature> byReview = new HashMap<>();
        cosignatures.forEach(c -> byReview.put(c.getId(), c));
        return reviews.stream()
                .map(r -> new ReviewStatus(r, r.needsCoSignature(sessionsOfCouple), byReview.get(r.getId())))
                .toList();
    }

    /** Waiting for a supervisor: it needs a co-signature, has none yet, and the counselor's signature is there. */
    public boolean awaitingCoSignature() {
        return needsCoSignature && coSignature == null && review.isSigned();
    }

    /** Whether the assessment counts it as signed: signed, and co-signed where that is needed. */
    public boolean countsAsSigned() {
        return review.isSigned() && (!needsCoSignature || coSignature != null);
    }
}
