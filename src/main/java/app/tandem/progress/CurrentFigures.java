package app.tandem.progress;

import app.tandem.assessment.Assessment;
import app.tandem.assessment.AssessmentEngine;
import app.tandem.assessment.AssessmentJson;
import app.tandem.assessment.AssessmentSettings;
import app.tandem.assessment.AssessmentWarning;
import app.tandem.assessment.Concern;
import app.tandem.assessment.Rule;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.PartnerId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * What is stored for a couple in its {@code couple_assessment} and {@code couple_summary} rows,
 * computed from its record as of a day. One place for the computation, so the refresh after a
 * change and the bulk writer of the synthetic practice cannot drift apart.
 */
public record CurrentFigures(
        Assessment assessment,
        String json,
        boolean unsignedSafety,
        boolean activeSafety,
        boolean partnersDiverge,
        LocalDate lastSessionDate,
        LocalDate nextHomeworkDue,
        int overdueHomework,
        BigDecimal adherence) {

    /** Assesses {@code file} as of {@code today} and derives the summary figures. */
    public static CurrentFigures of(CaseFile file, LocalDate today, AssessmentSettings settings) {
        Assessment a = AssessmentEngine.assess(file, today, settings);
        boolean unsignedSafety = a.warnings().contains(AssessmentWarning.UNSIGNED_SAFETY_FLAG);
        boolean activeSafety = a.matched(Rule.R0);
        LocalDate lastSession = file.sessions().stream()
                .map(CaseFile.Session::date)
                .filter(d -> !d.isAfter(today))
                .max(LocalDate::compareTo)
                .orElse(null);
        LocalDate nextDue = file.homework().stream()
                .filter(h -> !reviewed(h) && !h.dueOn().isBefore(today))
                .map(CaseFile.Assignment::dueOn)
                .min(LocalDate::compareTo)
                .orElse(null);
        int overdue = (int) file.homework().stream()
                .filter(h -> !reviewed(h) && h.dueOn().isBefore(today))
                .count();
        BigDecimal adherence = file.homework().isEmpty()
                ? null
                : BigDecimal.valueOf(a.coupleAdherence()).setScale(2, RoundingMode.HALF_UP);
        return new CurrentFigures(
                a,
                AssessmentJson.write(a),
                unsignedSafety,
                activeSafety,
                a.has(Concern.PARTNERS_DIVERGE),
                lastSession,
                nextDue,
                overdue,
                adherence);
    }

    /** The summary's safety marker: a safety concern is never lost in a draft. */
    public boolean safetyMarker() {
        return activeSafety || unsignedSafety;
    }

    private static boolean reviewed(CaseFile.Assignment h) {
        return (!h.isFor(PartnerId.A) || h.completion().a() != null)
                && (!h.isFor(PartnerId.B) || h.completion().b() != null);
    }
}
