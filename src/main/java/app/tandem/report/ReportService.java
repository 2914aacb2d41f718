package app.tandem.report;

import app.tandem.casefile.CaseFile;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import app.tandem.security.CurrentUser;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Report history, decisions and (with the renderer) generation; access checked per couple. */
@Service
@PreAuthorize("hasRole('COUNSELOR')")
public class ReportService {

    private final ProgressReportRepository reports;
    private final ReportDecisionRepository decisions;
    private final CoupleService couples;
    private final CurrentUser currentUser;

    ReportService(ProgressReportRepository reports, ReportDecisionRepository decisions, CoupleService couples,
            CurrentUser currentUser) {
        this.reports = reports;
        this.decisions = decisions;
        this.couples = couples;
        this.currentUser = currentUser;
    }

    /** The reports of a couple, newest first (without their PDF bytes). */
    @Transactional(readOnly = true)
    public List<ProgressReport> history(long coupleId) {
        return reports.forCouple(couples.require(coupleId));
    }

    @Transactional(readOnly = true)
    public List<ReportDecision> decisions(long coupleId) {
        return decisions.forCouple(couples.require(coupleId));
    }

    /**
     * Recreates the report records of an imported case file. Their PDFs were not part of the
     * file, so these records can be listed but not downloaded.
     */
    @Transactional
    public void restore(Couple couple, List<CaseFile.Report> imported) {
        couples.checkAccess(couple);
        for (CaseFile.Report r : imported) {
            String by = r.decision() != null && r.decision().by() != null ? r.decision().by() : currentUser.require().email();
            ProgressReport report = reports.save(new ProgressReport(couple, r.audience(), r.ruleSet(),
                    r.generatedAt().atOffset(ZoneOffset.UTC).toLocalDate(), r.recommendation(), null,
                    r.decision() == null ? null : r.decision().finalRecommendation(), null, null,
                    "imported-report.pdf", r.generatedAt(), by));
            if (r.decision() != null) {
                CaseFile.Decision d = r.decision();
                decisions.save(new ReportDecision(couple, report, d.type(), d.finalRecommendation(), d.reason(), d.by(), d.at()));
            }
        }
    }
}
