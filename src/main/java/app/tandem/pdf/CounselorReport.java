package app.tandem.pdf;

import app.tandem.assessment.Assessment;
import app.tandem.assessment.AssessmentNarrative.Narrative;
import app.tandem.assessment.Concern;
import app.tandem.assessment.ScoredSessions;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.Recommendation;
import java.util.List;

/**
 * The counselor's copy: the recommendation with every reason behind it (the six points of
 * "What the report must explain"), the figures, charts with their numbers, homework, flags,
 * next steps, and the assessment beside the counselor's decision. Private notes, note text and
 * amendments are never read here. Each section has its writer ({@link CounselorSection});
 * {@link #render()} lists them in the report's order.
 */
final class CounselorReport {

    private final ReportTexts t;
    private final ReportRequest request;
    private final Narrative narrative;

    CounselorReport(ReportTexts texts, ReportRequest request, Narrative narrative) {
        this.t = texts;
        this.request = request;
        this.narrative = narrative;
    }

    byte[] render() {
        Assessment a = request.assessment();
        CaseFile file = request.caseFile();
        String reference = file.couple().reference();
        ReportPdf pdf = new ReportPdf(
                request.practice().pageSize(),
                t.get("footer.confidential"),
                t.get("pdf.page"),
                new ReportPdf.Metadata(
                        t.format("pdf.metadata.counselorTitle", "reference", reference),
                        request.practice().name(),
                        t.format(
                                "pdf.metadata.counselorSubject",
                                "reference",
                                reference,
                                "asOf",
                                t.date(a.asOf()),
                                "ruleSet",
                                a.ruleSet())));
        ScoredSessions sessions = ScoredSessions.of(file, a.asOf());
        CounselorContext context = new CounselorContext(t, request, narrative, sessions, pdf);
        new CoverSection(context).write();
        new SummarySection(context).write();
        new NextStepsSection(context).write();
        if (safetyStands() || a.has(Concern.SAFETY_HISTORY)) {
            new SafetySection(t, pdf, request).history();
        }
        new ReasoningSection(context).write();
        new FiguresSection(context).write();
        CounselorCharts charts = CounselorCharts.of(t, a, file, sessions);
        new ChartsSection(context, charts).write();
        new ChartNumbersSection(context, charts).write();
        new CheckInsSection(context).write();
        new GapSection(context).write();
        new HomeworkSection(context).write();
        new FlagsSection(context).write();
        new DecisionSection(context).write();
        pdf.heading(t.get("caveats.title"));
        pdf.bulletList(
                List.of(t.get("caveats.metrics"), t.get("caveats.judgement"), t.get("caveats.override")), pdf.body);
        return pdf.finish();
    }

    /** A safety referral stands: the assessment's or the counselor's. */
    private boolean safetyStands() {
        return request.assessment().recommendation() == Recommendation.SAFETY_REFERRAL
                || request.finalRecommendation() == Recommendation.SAFETY_REFERRAL;
    }
}
