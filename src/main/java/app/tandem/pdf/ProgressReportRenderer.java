package app.tandem.pdf;

import app.tandem.assessment.Assessment;
import app.tandem.assessment.AssessmentEngine;
import app.tandem.assessment.AssessmentNarrative;
import app.tandem.assessment.AssessmentWarning;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Assignee;
import app.tandem.casefile.CaseFile.Assignment;
import app.tandem.casefile.CaseFile.Attendance;
import app.tandem.casefile.CaseFile.Audience;
import app.tandem.casefile.CaseFile.Completion;
import app.tandem.casefile.CaseFile.CoupleStatus;
import app.tandem.casefile.CaseFile.Partner;
import app.tandem.casefile.CaseFile.Scores;
import app.tandem.casefile.CaseFile.Session;
import app.tandem.casefile.PerPartner;
import app.tandem.casefile.Recommendation;
import app.tandem.text.Texts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Renders progress reports as PDF: the counselor's copy and the client version (see
 * {@link ReportRequest#audience()}). Plain Java: no clock, no database, no framework; safe to
 * share between threads. The first report in a JVM is slow (class loading, font parsing):
 * call {@link #warmUp()} at start.
 */
public final class ProgressReportRenderer {

    private final ReportTexts texts;
    private final AssessmentNarrative narrative;

    /** A renderer using {@code texts} (which must hold the report, assessment, safety and ui keys). */
    public ProgressReportRenderer(Texts texts) {
        this.texts = new ReportTexts(texts);
        this.narrative = new AssessmentNarrative(texts);
    }

    /** A renderer using the texts on Tandem's classpath. */
    public static ProgressReportRenderer standard() {
        return new ProgressReportRenderer(Texts.shared());
    }

    /**
     * Whether a client version may be produced for {@code assessment}: never while a safety flag
     * is open, on a signed note (a safety referral) or on a draft.
     */
    public static boolean clientReportAllowed(Assessment assessment, Recommendation finalRecommendation) {
        return clientRefusalKey(assessment, finalRecommendation) == null;
    }

    /**
     * The text key of the counselor-facing reason no client version is produced, or null when
     * one may be: a safety flag on a draft note (sign or correct it first), or a safety referral
     * (the assessment's or the counselor's decision).
     */
    public static String clientRefusalKey(Assessment assessment, Recommendation finalRecommendation) {
        if (assessment.warnings().contains(AssessmentWarning.UNSIGNED_SAFETY_FLAG)) {
            return "clientReport.refusedUnsignedSafetyFlag";
        }
        if (assessment.recommendation() == Recommendation.SAFETY_REFERRAL
                || finalRecommendation == Recommendation.SAFETY_REFERRAL) {
            return "client.refusedUnderSafety";
        }
        return null;
    }

    /**
     * The report as PDF bytes.
     *
     * @throws ClientReportRefusedException when the client version is asked for while a safety
     *         flag is open: on a draft note, or under a safety referral (the assessment's or the
     *         counselor's decision); its message tells the counselor why
     */
    public byte[] render(ReportRequest request) {
        Objects.requireNonNull(request, "request");
        if (request.audience() == Audience.CLIENT) {
            String refusal = clientRefusalKey(request.assessment(), request.finalRecommendation());
            if (refusal != null) {
                throw new ClientReportRefusedException(
                        texts.get(refusal).replaceAll("\\s+", " ").strip());
            }
            return new ClientReport(texts, request).render();
        }
        return new CounselorReport(texts, request, narrative.describe(request.assessment())).render();
    }

    /**
     * Renders a small report of each audience and throws them away, so that classes, fonts and
     * texts are loaded before the first real report is asked for.
     */
    public void warmUp() {
        CaseFile sample = warmUpCase();
        LocalDate asOf = LocalDate.of(2026, 1, 29);
        Assessment assessment = AssessmentEngine.assess(sample, asOf);
        Instant at = Instant.parse("2026-01-29T12:00:00Z");
        for (Audience audience : Audience.values()) {
            render(ReportRequest.of(sample, assessment, audience, PracticeInfo.DEFAULT, at));
        }
    }

    private static CaseFile warmUpCase() {
        PerPartner<Partner> partners = new PerPartner<>(
                new Partner("A", null, null, null, null, null), new Partner("B", null, null, null, null, null));
        CaseFile.Couple couple = new CaseFile.Couple(
                "WARM-UP",
                LocalDate.of(2026, 1, 1),
                CoupleStatus.ACTIVE,
                List.of(),
                null,
                null,
                partners,
                null,
                List.of(),
                null,
                null,
                List.of());
        List<Session> sessions = new ArrayList<>();
        List<Assignment> homework = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            LocalDate date = LocalDate.of(2026, 1, 1).plusWeeks(i);
            Scores scores = new Scores(4 + i, 4 + i, 5, 12);
            sessions.add(new Session(
                    date,
                    null,
                    50,
                    null,
                    Attendance.BOTH,
                    true,
                    null,
                    null,
                    PerPartner.both(scores),
                    List.of(),
                    List.of(),
                    null,
                    PerPartner.both(null),
                    List.of()));
            homework.add(new Assignment(
                    "warm-up",
                    "Warm-up",
                    null,
                    null,
                    List.of(),
                    Assignee.BOTH,
                    date,
                    date.plusDays(6),
                    null,
                    PerPartner.both(Completion.DONE),
                    PerPartner.both(null),
                    null));
        }
        return new CaseFile(
                CaseFile.FORMAT, CaseFile.FORMAT_VERSION, null, couple, homework, sessions, List.of(), List.of());
    }
}
