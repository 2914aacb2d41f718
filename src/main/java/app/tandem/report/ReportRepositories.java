package app.tandem.report;

import app.tandem.couple.Couple;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    /** Report history without loading the PDF bytes. */
    @Query("select r from ProgressReport r where r.couple = :couple order by r.generatedAt desc, r.id desc")
    List<ProgressReport> forCouple(Couple couple);

    @Query("""
            select new app.tandem.report.ReportRow(r.id, c.reference, c.partnerA.firstName, c.partnerB.firstName, r.audience,
                r.ruleSet, r.recommendation, r.finalRecommendation, r.finalOutcome, r.generatedAt, r.generatedBy,
                case when r.inputsDigest is not null and r.pdfRemovedAt is null then true else false end,
                case when r.pdfRemovedAt is not null then true else false end)
            from ProgressReport r join r.couple c where c = :couple order by r.generatedAt desc, r.id desc""")
    List<ReportRow> historyRows(Couple couple);

    /** One statement per page; never reads the PDF bytes. A null counselor id means every counselor. */
    @Query("""
            select new app.tandem.report.ReportRow(r.id, c.reference, c.partnerA.firstName, c.partnerB.firstName, r.audience,
                r.ruleSet, r.recommendation, r.finalRecommendation, r.finalOutcome, r.generatedAt, r.generatedBy,
                case when r.inputsDigest is not null and r.pdfRemovedAt is null then true else false end,
                case when r.pdfRemovedAt is not null then true else false end)
            from ProgressReport r join r.couple c
            where (:counselorId is null or c.counselor.id = :counselorId)
            order by r.generatedAt desc, r.id desc""")
    Slice<ReportRow> recent(Long counselorId, Pageable pageable);
}

interface ReportDecisionRepository extends JpaRepository<ReportDecision, Long> {

    @Query("select d from ReportDecision d join fetch d.report where d.couple = :couple order by d.decidedAt, d.id")
    List<ReportDecision> forCouple(Couple couple);

    Optional<ReportDecision> findByReport(ProgressReport report);
}
