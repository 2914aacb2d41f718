package app.tandem.couple;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CoupleStatusChangeRepository extends JpaRepository<CoupleStatusChange, Long> {

    @Query("select h from CoupleStatusChange h where h.couple = :couple order by h.changedAt, h.id")
    List<CoupleStatusChange> history(Couple couple);
}

interface ReferralRepository extends JpaRepository<Referral, Long> {

    @Query("select r from Referral r where r.couple = :couple order by r.referredOn, r.id")
    List<Referral> forCouple(Couple couple);
}
