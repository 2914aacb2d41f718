package app.tandem.intake;

import app.tandem.couple.Couple;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IpvScreeningRepository extends JpaRepository<IpvScreening, Long> {

    /** The IPV screens of a couple, oldest first. */
    @Query("select s from IpvScreening s where s.couple = :couple order by s.screenedOn, s.id")
    List<IpvScreening> forCouple(Couple couple);
}
