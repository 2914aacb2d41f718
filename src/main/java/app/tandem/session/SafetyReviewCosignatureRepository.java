package app.tandem.session;

import app.tandem.couple.Couple;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SafetyReviewCosignatureRepository extends JpaRepository<SafetyReviewCosignature, Long> {

    @Query(
            "select c from SafetyReviewCosignature c where c.reviewId in (select r.id from SafetyReview r where r.couple = :couple)")
    List<SafetyReviewCosignature> forCouple(Couple couple);
}
