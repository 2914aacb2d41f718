package app.tandem.couple;

import app.tandem.casefile.CaseFile.CoupleStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CoupleRepository extends JpaRepository<Couple, Long> {

    @Query("select c from Couple c join fetch c.counselor where c.reference = :reference")
    Optional<Couple> findByReference(String reference);

    @Query("select c from Couple c join fetch c.counselor where c.id = :id")
    Optional<Couple> findWithCounselor(Long id);

    /**
     * One statement per page, whatever the caseload size: the summary row carries every derived
     * column, and sorting and paging happen in SQL. A null counselor id means every counselor.
     * Counselor and status are filtered on the summary's copies of them, so that one index
     * ({@code ix_summary_caseload}) hands out a counselor's page in last-session order.
     */
    @Query("""
            select new app.tandem.couple.CaseloadRow(c.id, c.reference, c.partnerA.firstName, c.partnerA.lastName,
                c.partnerB.firstName, c.partnerB.lastName, c.status, co.id, co.displayName, c.intakeDate,
                s.lastSessionDate, s.nextHomeworkDue, s.overdueHomework, s.adherence, s.recommendation, s.safetyMarker)
            from Couple c join c.counselor co join CoupleSummary s on s.coupleId = c.id
            where (:counselorId is null or s.counselorId = :counselorId)
              and (:status is null or s.coupleStatus = :status)
              and (:pattern is null
                   or lower(c.reference) like :pattern
                   or lower(c.partnerA.firstName) like :pattern or lower(c.partnerA.lastName) like :pattern
                   or lower(c.partnerB.firstName) like :pattern or lower(c.partnerB.lastName) like :pattern
                   or lower(concat(c.partnerA.firstName, ' ', c.partnerA.lastName)) like :pattern
                   or lower(concat(c.partnerB.firstName, ' ', c.partnerB.lastName)) like :pattern)""")
    Slice<CaseloadRow> caseload(Long counselorId, CoupleStatus status, String pattern, Pageable pageable);

    @Query("""
            select c.id from Couple c where c.status = app.tandem.casefile.CaseFile.CoupleStatus.ACTIVE
              and (:counselorId is null or c.counselor.id = :counselorId) order by c.reference""")
    List<Long> activeIds(Long counselorId);

    @Query("select count(c) from Couple c where (:counselorId is null or c.counselor.id = :counselorId)")
    long countFor(Long counselorId);
}
