package app.tandem.session;

import app.tandem.couple.Couple;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SafetyReviewRepository extends JpaRepository<SafetyReview, Long> {

    @Query("select r from SafetyReview r where r.couple = :couple order by r.date, r.id")
    List<SafetyReview> forCouple(Couple couple);
}
