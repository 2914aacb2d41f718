package app.tandem.report;

import app.tandem.casefile.CaseFile;
import app.tandem.casefile.Recommendation;
import app.tandem.couple.Couple;
import app.tandem.progress.ReportRecords;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The couple's reports and decisions in case-file form: read out oldest first for an export, and
 * recreated from an imported file (the caller has checked access to the couple).
 */
@Component
class ReportCaseRecords implements ReportRecords {

    private final ProgressReportRepository reports;
    private final ReportDecisionRepository decisions;

    ReportCaseRecords(ProgressReportRepository reports, ReportDecisionRepository decisions) {
        this.reports = reports;
        this.decisions = decisions;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseFile.Report> forCaseFile(Couple couple) {
        Map<Long, ReportDecision> byReport = new HashMap<>();
        for (ReportDecision d : decisions.forCouple(couple)) {
            byReport.put(d.getReport().getId(), d);
        }
        List<ProgressReport> list = new ArrayList<>(reports.forCouple(couple));
        list.sort(Comparator.comparing(ProgressReport::getGeneratedAt).thenComparing(ProgressReport::getId));
        List<CaseFile.Report> result = new ArrayList<>();
        for (ProgressReport r : list) {
            ReportDecision d = byReport.get(r.getId());
            result.add(new CaseFile.Report(
                    r.getGeneratedAt(),
                    r.getAudience(),
                    r.getRuleSet(),
                    r.getRecommendation(),
                    d == null
                            ? null
                            : new CaseFile.Decision(
                                    d.getType(),
                                    d.getFinalRecommendation(),
                                    d.getReason(),
                                    d.getDecidedBy(),
                                    d.getDecidedAt(),
                                    d.getOutcome())));
        }
        return result;
    }

    /**
     * Recreates the report records of an imported case file. Their PDFs were not part of the
     * file, so these records can be listed but not downloaded. A decision without its author is
     * kept as made by {@code importedBy}.
     */
    @Transactional
    void restore(Couple couple, List<CaseFile.Report> imported, String importedBy) {
        for (CaseFile.Report r : imported) {
            CaseFile.Decision d = r.decision();
            String by = d != null && d.by() != null ? d.by() : importedBy;
            // An accepted decision, or one for another outcome, keeps the report's recommendation when the file leaves
            // it out.
            Recommendation fin =
                    d == null ? null : d.finalRecommendation() != null ? d.finalRecommendation() : r.recommendation();
            ProgressReport report = reports.save(new ProgressReport(
                    couple,
                    r.audience(),
                    r.ruleSet(),
                    r.generatedAt().atOffset(ZoneOffset.UTC).toLocalDate(),
                    r.recommendation(),
                    null,
                    fin,
                    d == null ? null : d.outcome(),
                    null,
                    null,
                    "imported-report.pdf",
                    r.generatedAt(),
                    by));
            if (d != null) {
                decisions.save(
                        new ReportDecision(couple, report, d.type(), fin, d.reason(), d.outcome(), d.by(), d.at()));
            }
        }
    }
}
