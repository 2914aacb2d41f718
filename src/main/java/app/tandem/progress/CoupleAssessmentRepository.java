package app.tandem.progress;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CoupleAssessmentRepository extends JpaRepository<CoupleAssessment, Long> {

    /**
     * Couples whose stored assessment is older than the given day, was made under another rule
     * set, or is missing, in batches.
     */
    @Query("""
            select c.id from Couple c left join CoupleAssessment a on a.coupleId = c.id
            where a.coupleId is null or a.asOf < :today or a.ruleSet <> :ruleSet order by c.id""")
    List<Long> staleCoupleIds(LocalDate today, String ruleSet, Pageable pageable);
}
