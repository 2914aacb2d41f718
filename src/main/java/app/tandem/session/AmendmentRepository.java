package app.tandem.session;

import app.tandem.couple.Couple;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AmendmentRepository extends JpaRepository<Amendment, Long> {

    @Query("select a from Amendment a where a.session = :session order by a.amendedAt, a.id")
    List<Amendment> forSession(CounselingSession session);

    @Query("select a from Amendment a where a.session.couple = :couple order by a.amendedAt, a.id")
    List<Amendment> forCouple(Couple couple);
}
