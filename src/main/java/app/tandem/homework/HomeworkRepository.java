package app.tandem.homework;

import app.tandem.couple.Couple;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface HomeworkRepository extends JpaRepository<HomeworkAssignment, Long> {

    @Query("select h from HomeworkAssignment h where h.couple = :couple order by h.dueOn, h.id")
    List<HomeworkAssignment> forCouple(Couple couple);

    @Query("select h from HomeworkAssignment h where h.couple.id = :coupleId order by h.dueOn, h.id")
    List<HomeworkAssignment> forCoupleId(Long coupleId);

    @Query("select h from HomeworkAssignment h where h.couple = :couple and h.seriesId = :seriesId order by h.dueOn")
    List<HomeworkAssignment> series(Couple couple, String seriesId);

    @Query(
            "select h from HomeworkAssignment h where h.couple = :couple and h.dueOn > :after and h.dueOn <= :upTo order by h.dueOn, h.id")
    List<HomeworkAssignment> dueBetween(Couple couple, LocalDate after, LocalDate upTo);
}
