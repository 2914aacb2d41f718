package app.tandem.report;

import app.tandem.casefile.CaseFile;
import app.tandem.couple.Couple;
import app.tandem.progress.ReportRecords;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The couple's reports and decisions in case-file form, oldest first. */
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
}
