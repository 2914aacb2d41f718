package app.tandem.couple;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReferralRepository extends JpaRepository<Referral, Long> {

    @Query("select r from Referral r where r.couple = :couple order by r.referredOn, r.id")
    List<Referral> forCouple(Couple couple);
}
