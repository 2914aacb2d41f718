package app.tandem.session;

import app.tandem.couple.Couple;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CounselingSessionRepository extends JpaRepository<CounselingSession, Long> {

    @Query("select s from CounselingSession s where s.couple = :couple order by s.date, s.startTime, s.id")
    List<CounselingSession> forCouple(Couple couple);
}
