package app.tandem.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.springframework.data.domain.Persistable;

/**
 * A supervisor's co-signature on a safety review (see {@link SafetyReview#needsCoSignature}).
 * Keyed by the review, so a second co-signature of one review fails in the database, however
 * two supervisors race; always inserted, never merged or changed.
 */
@Entity
@Immutable
@Table(name = "safety_review_cosignature")
public class SafetyReviewCosignature implements Persistable<Long> {

    @Id
    @Column(name = "safety_review_id")
    private Long reviewId;

    @Column(name = "cosigned_by", nullable = false)
    private String cosignedBy;

    @Column(name = "cosigned_at", nullable = false)
    private Instant cosignedAt;

    @Transient
    private boolean isNew;

    protected SafetyReviewCosignature() {}

    SafetyReviewCosignature(long reviewId, String cosignedBy, Instant cosignedAt) {
        this.reviewId = reviewId;
        this.cosignedBy = cosignedBy;
        this.cosignedAt = cosignedAt;
        this.isNew = true;
    }

    @Override
    public Long getId() {
        return reviewId;
    }

    /** A co-signature made here is always new: saving it inserts, and a duplicate key is refused. */
    @Override
    public boolean isNew() {
        return isNew;
    }

    public String getCosignedBy() {
        return cosignedBy;
    }

    public Instant getCosignedAt() {
        return cosignedAt;
    }
}
