package app.tandem.couple;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CoupleStatusChangeRepository extends JpaRepository<CoupleStatusChange, Long> {

    @Query("select h from CoupleStatusChange h where h.couple = :couple order by h.changedAt, h.id")
    List<CoupleStatusChange> history(Couple couple);
}
