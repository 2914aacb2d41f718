package app.tandem.report;

import app.tandem.assessment.Assessment;
import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditService;
import app.tandem.base.CurrentUser;
import app.tandem.base.FieldLimits;
import app.tandem.base.NotFoundException;
import app.tandem.base.TandemUser;
import app.tandem.base.ValidationFailure;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Audience;
import app.tandem.casefile.CaseFile.DecisionOutcome;
import app.tandem.casefile.CaseFile.DecisionType;
import app.tandem.casefile.Recommendation;
import app.tandem.checkin.CheckInPause;
import app.tandem.checkin.CheckInRecords;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import app.tandem.pdf.DecisionInfo;
import app.tandem.pdf.InputsDigest;
import app.tandem.pdf.PracticeInfo;
import app.tandem.pdf.ProgressReportRenderer;
import app.tandem.pdf.ReportRequest;
import app.tandem.practice.PracticeSettings;
import app.tandem.practice.PracticeSettingsService;
import app.tandem.progress.ProgressService;
import app.tandem.text.Texts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress reports: generation (the counselor decides on the recommendation first; then the
 * counselor report and, unless a safety referral forbids it, the client report are made and kept
 * byte for byte), downloads and history. Access is checked per couple; every generation,
 * decision and download is audited.
 */
@Service
@PreAuthorize("hasRole('COUNSELOR')")
public class ReportService {

    private final ProgressReportRepository reports;
    private final ReportDecisionRepository decisions;
    private final ReportCaseRecords caseRecords;
    private final CheckInPause checkInPause;
    private final CheckInRecords checkIns;
    private final CoupleService couples;
    private final CurrentUser currentUser;
    private final ProgressService progress;
    private final PracticeSettingsService practice;
    private final AuditService audit;
    private final ProgressReportRenderer renderer;
    private final Clock clock;

    ReportService(
            ProgressReportRepository reports,
            ReportDecisionRepository decisions,
            ReportCaseRecords caseRecords,
            CoupleService couples,
            CurrentUser currentUser,
            ProgressService progress,
            PracticeSettingsService practice,
            AuditService audit,
            ProgressReportRenderer renderer,
            Clock clock,
            CheckInPause checkInPause,
            CheckInRecords checkIns) {
        this.checkInPause = checkInPause;
        this.checkIns = checkIns;
        this.reports = reports;
        this.decisions = decisions;
        this.caseRecords = caseRecords;
        this.couples = couples;
        this.currentUser = currentUser;
        this.progress = progress;
        this.practice = practice;
        this.audit = audit;
        this.renderer = renderer;
        this.clock = clock;
    }

    /**
     * The counselor's decision on the assessment's recommendation, as the dialog collects it:
     * accept; override with another recommendation ({@code overrideTo}); or end with an outcome
     * the rules cannot express ({@code outcome}). An override and an outcome need a reason.
     */
    public record DecisionRequest(
            DecisionType type, Recommendation overrideTo, String reason, DecisionOutcome outcome) {

        /** An accept or override. */
        public DecisionRequest(DecisionType type, Recommendation overrideTo, String reason) {
            this(type, overrideTo, reason, null);
        }
    }

    /** Longest decision reason kept. */
    public static final int REASON_MAX_LENGTH = FieldLimits.REPORT_REASON;

    /** What a generation produced: the counselor report, and the client report or why there is none. */
    public record Generated(ProgressReport counselorReport, ProgressReport clientReport, String clientRefusal) {}

    /** The assessment a report would be made from now (for the decision dialog). */
    @Transactional(readOnly = true)
    public Assessment currentAssessment(long coupleId) {
        return progress.progress(coupleId).assessment();
    }

    /**
     * Records the decision, then renders and keeps the counselor report (assessment and decision)
     * and the client report (the final recommendation), all in one transaction.
     */
    @Transactional
    public Generated generate(long coupleId, DecisionRequest request) {
        ProgressService.Progress current = progress.progress(coupleId);
        Couple couple = current.couple();
        CaseFile file = current.file();
        Assessment assessment = current.assessment();
        DecisionInfo decision = decide(
                assessment.recommendation(), request, currentUser.require().email(), clock.instant());
        Recommendation finalRecommendation = decision.finalRecommendation();
        Instant now = decision.at();
        PracticeInfo info = practiceInfo();

        // The counselor report lists the partners' check-ins in a table of their own; the client report never sees
        // them.
        CaseFile counselorFile = new CaseFile(
                file.format(),
                file.formatVersion(),
                file.exportedAt(),
                file.couple(),
                file.homework(),
                file.sessions(),
                file.safetyReviews(),
                file.reports(),
                file.consents(),
                file.ipvScreens(),
                checkIns.forCaseFile(coupleId));
        ReportRequest counselorRequest =
                new ReportRequest(counselorFile, assessment, Audience.COUNSELOR, info, now, decision, file.reports());
        ProgressReport counselorReport = keep(couple, counselorRequest, renderer.render(counselorRequest), decision);
        decisions.save(new ReportDecision(
                couple,
                counselorReport,
                decision.type(),
                finalRecommendation,
                decision.reason(),
                decision.outcome(),
                decision.by(),
                now));
        audit.record(
                AuditAction.REPORT_DECISION,
                "COUPLE",
                couple.getReference(),
                AuditService.OK,
                decision.type() + " " + (decision.outcome() == null ? finalRecommendation : decision.outcome()));

        ProgressReport clientReport = null;
        String refusal = null;
        String refusalKey = clientRefusalKey(coupleId, assessment, finalRecommendation);
        if (refusalKey == null) {
            ReportRequest clientRequest =
                    new ReportRequest(file, assessment, Audience.CLIENT, info, now, decision, file.reports());
            clientReport = keep(couple, clientRequest, renderer.render(clientRequest), decision);
        } else {
            refusal = Texts.shared().get(refusalKey);
        }
        return new Generated(counselorReport, clientReport, refusal);
    }

    /**
     * Why no client report may be made now (a text key), or null: the renderer's safety refusals,
     * and a partner's check-in saying "not safe" or "not sure" without a safety review since
     * (decision 0102).
     */
    @Transactional(readOnly = true)
    public String clientRefusalKey(long coupleId, Assessment assessment, Recommendation finalRecommendation) {
        String key = ProgressReportRenderer.clientRefusalKey(assessment, finalRecommendation);
        if (key == null && checkInPause.paused(coupleId)) {
            return "checkIn.paused";
        }
        return key;
    }

    /**
     * Checks the counselor's decision on {@code recommended} and states it. A safety referral can
     * only be accepted: only a signed safety review changes it (clinical review 1.13).
     */
    static DecisionInfo decide(Recommendation recommended, DecisionRequest request, String by, Instant at) {
        if (request == null || request.type() == null) {
            throw new ValidationFailure(
                    "decision", "Accept the recommendation, choose another one, or choose another outcome.");
        }
        if (recommended == Recommendation.SAFETY_REFERRAL && request.type() != DecisionType.ACCEPT) {
            throw new ValidationFailure("decision", Texts.shared().get("decision.r0NoOverride"));
        }
        String reason = request.reason() == null || request.reason().isBlank()
                ? null
                : request.reason().trim();
        if (reason != null && reason.length() > REASON_MAX_LENGTH) {
            throw new ValidationFailure("reason", "Use at most " + REASON_MAX_LENGTH + " characters.");
        }
        return switch (request.type()) {
            case ACCEPT -> new DecisionInfo(DecisionType.ACCEPT, recommended, reason, by, at);
            case OVERRIDE -> {
                if (request.overrideTo() == null || request.overrideTo() == recommended) {
                    throw new ValidationFailure("overrideTo", "Choose a recommendation other than the assessment's.");
                }
                if (reason == null) {
                    throw new ValidationFailure(
                            "reason", "Say why you override the assessment; the reason is kept with the report.");
                }
                yield new DecisionInfo(DecisionType.OVERRIDE, request.overrideTo(), reason, by, at);
            }
            case OUTCOME -> {
                if (request.outcome() == null) {
                    throw new ValidationFailure("outcome", "Choose the outcome you decided on.");
                }
                if (reason == null) {
                    throw new ValidationFailure(
                            "reason", "Say why you decided on this outcome; the reason is kept with the report.");
                }
                yield new DecisionInfo(DecisionType.OUTCOME, recommended, reason, by, at, request.outcome());
            }
        };
    }

    /** A counselor report without a decision (batch generation): the client report needs a decision first. */
    @Transactional
    public ProgressReport generateCounselorReport(long coupleId) {
        ProgressService.Progress current = progress.progress(coupleId);
        Couple couple = current.couple();
        CaseFile file = current.file();
        Assessment assessment = current.assessment();
        ReportRequest request = new ReportRequest(
                file, assessment, Audience.COUNSELOR, practiceInfo(), clock.instant(), null, file.reports());
        return keep(couple, request, renderer.render(request), null);
    }

    private ProgressReport keep(Couple couple, ReportRequest request, byte[] pdf, DecisionInfo decision) {
        String file = couple.getReference() + "-" + request.audience().name().toLowerCase() + "-"
                + request.assessment().asOf() + ".pdf";
        ProgressReport report = reports.save(new ProgressReport(
                couple,
                request.audience(),
                request.assessment().ruleSet(),
                request.assessment().asOf(),
                request.assessment().recommendation(),
                request.assessment().decisiveRule().name(),
                decision == null ? null : decision.finalRecommendation(),
                decision == null ? null : decision.outcome(),
                InputsDigest.of(request),
                pdf,
                file,
                request.generatedAt(),
                currentUser.require().email()));
        audit.record(
                AuditAction.REPORT_GENERATED,
                "REPORT",
                report.getId(),
                AuditService.OK,
                "couple=" + couple.getReference() + " audience=" + request.audience());
        return report;
    }

    /** The PDF exactly as it was handed out; audited. Imported report records have none. */
    @Transactional
    public ProgressReport download(long reportId) {
        ProgressReport report = reports.findById(reportId).orElseThrow(() -> new NotFoundException("The report"));
        couples.require(report.getCouple().getId());
        if (!report.hasPdf()) {
            throw new ValidationFailure(
                    null,
                    report.getPdfRemovedAt() != null
                            ? "This report's PDF was removed when a partner it names was erased."
                            : "This report came with an imported case file; its PDF was not transferred.");
        }
        audit.record(AuditAction.REPORT_DOWNLOADED, "REPORT", reportId);
        report.getPdf();
        return report;
    }

    /** Recent reports across the user's caseload (a supervisor: all), newest first, paged in SQL. */
    @Transactional(readOnly = true)
    public Slice<ReportRow> recent(Pageable pageable) {
        TandemUser user = currentUser.require();
        return reports.recent(user.isSupervisor() ? null : user.id(), pageable);
    }

    PracticeInfo practiceInfo() {
        PracticeSettings s = practice.get();
        return new PracticeInfo(
                s.getPracticeName(),
                s.getContact(),
                s.getLocalResources(),
                s.getPageSize(),
                s.zone(),
                s.getCrisisRegion(),
                s.getCrisisLines());
    }

    /** The reports of a couple, newest first (without their PDF bytes). */
    @Transactional(readOnly = true)
    public List<ReportRow> history(long coupleId) {
        return reports.historyRows(couples.require(coupleId));
    }

    /**
     * The batch ZIP was downloaded: one audit event per couple whose report it held, so the
     * trail answers "who took this couple's report" for batches too.
     */
    @Transactional
    public void recordBatchDownload(List<Long> coupleIds) {
        for (Long id : coupleIds) {
            Couple couple = couples.require(id);
            audit.record(
                    AuditAction.REPORT_DOWNLOADED,
                    "COUPLE",
                    couple.getReference(),
                    AuditService.OK,
                    "batch ZIP of " + coupleIds.size() + " counselor reports");
        }
    }

    /**
     * Counselor reports for many couples as one ZIP, reporting progress after each couple. Each
     * report is generated and kept in its own transaction, so a failure in one couple does not
     * lose the others.
     */
    public byte[] batch(List<Long> coupleIds, IntConsumer progress) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            int done = 0;
            for (Long id : coupleIds) {
                ProgressReport report = self().generateCounselorReport(id);
                zip.putNextEntry(new ZipEntry(report.getFileName()));
                zip.write(report.getPdf());
                zip.closeEntry();
                progress.accept(++done);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Autowired
    @Lazy
    private ReportService self;

    private ReportService self() {
        return self;
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
        caseRecords.restore(couple, imported, currentUser.require().email());
    }
}
