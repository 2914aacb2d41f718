package app.tandem.report;

import app.tandem.couple.Couple;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    /** Report history without loading the PDF bytes. */
    @Query("select r from ProgressReport r where r.couple = :couple order by r.generatedAt desc, r.id desc")
    List<ProgressReport> forCouple(Couple couple);
}

interface ReportDecisionRepository extends JpaRepository<ReportDecision, Long> {

    @Query("select d from ReportDecision d join fetch d.report where d.couple = :couple order by d.decidedAt, d.id")
    List<ReportDecision> forCouple(Couple couple);

    Optional<ReportDecision> findByReport(ProgressReport report);
}
