package app.tandem.session;

import app.tandem.couple.Couple;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SessionPrivateNoteRepository extends JpaRepository<SessionPrivateNote, Long> {

    @Query("select n from SessionPrivateNote n where n.session = :session")
    List<SessionPrivateNote> forSession(CounselingSession session);

    /** Every private note of a couple in one query. */
    @Query("select n from SessionPrivateNote n where n.session.couple = :couple")
    List<SessionPrivateNote> forCouple(Couple couple);
}
