package app.tandem.transfer;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditService;
import app.tandem.base.CurrentUser;
import app.tandem.base.DateLimits;
import app.tandem.base.Problem;
import app.tandem.base.ValidationFailure;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFileException;
import app.tandem.casefile.CaseFileReader;
import app.tandem.casefile.CaseFileWriter;
import app.tandem.casefile.PartnerId;
import app.tandem.checkin.CheckInRecords;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleDetails;
import app.tandem.couple.CoupleService;
import app.tandem.couple.CoupleValidator;
import app.tandem.couple.JointReleaseService;
import app.tandem.homework.HomeworkService;
import app.tandem.intake.IntakeService;
import app.tandem.progress.CaseRecordAssembler;
import app.tandem.progress.CurrentAssessmentService;
import app.tandem.report.ReportService;
import app.tandem.session.SessionService;
import app.tandem.text.ScoreAnchors;
import app.tandem.text.Texts;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Export and import of case files: a transfer (the whole record) or one partner's data-access
 * copy (docs/data-access-copy.md), each audited with its kind and, for a copy, the plain-words
 * summary of what it holds. An import is all or nothing: the whole file is read and checked
 * before anything is written, and everything is written in one transaction; every record it
 * brings is marked imported.
 */
@Service
@PreAuthorize("hasRole('COUNSELOR')")
public class CaseFileTransferService {

    private final CoupleService couples;
    private final HomeworkService homework;
    private final SessionService sessions;
    private final ReportService reports;
    private final JointReleaseService jointRelease;
    private final IntakeService intake;
    private final CaseRecordAssembler assembler;
    private final CurrentAssessmentService assessments;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final CheckInRecords checkIns;
    private final Texts texts = Texts.shared();

    CaseFileTransferService(
            CoupleService couples,
            HomeworkService homework,
            SessionService sessions,
            ReportService reports,
            JointReleaseService jointRelease,
            IntakeService intake,
            CaseRecordAssembler assembler,
            CurrentAssessmentService assessments,
            CurrentUser currentUser,
            AuditService audit,
            CheckInRecords checkIns) {
        this.checkIns = checkIns;
        this.intake = intake;
        this.couples = couples;
        this.homework = homework;
        this.sessions = sessions;
        this.reports = reports;
        this.jointRelease = jointRelease;
        this.assembler = assembler;
        this.assessments = assessments;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** What an export is for, which decides what it carries. */
    public enum ExportKind {
        /** Moving the case to another counselor or practice: the whole record, both partners' private content. */
        TRANSFER(null),
        /** Partner A's data-access copy (docs/data-access-copy.md). */
        ACCESS_REQUEST_A(PartnerId.A),
        /** Partner B's data-access copy (docs/data-access-copy.md). */
        ACCESS_REQUEST_B(PartnerId.B);

        private final PartnerId partner;

        ExportKind(PartnerId partner) {
            this.partner = partner;
        }

        /** The partner whose data-access copy this is, or null for a transfer. */
        public PartnerId partner() {
            return partner;
        }

        public static ExportKind accessRequest(PartnerId partner) {
            return partner == PartnerId.A ? ACCESS_REQUEST_A : ACCESS_REQUEST_B;
        }
    }

    /**
     * A supervisor's release of the safety records (flags, reviews with their plans,
     * domestic-violence referrals) into one data-access copy, with the reason given.
     */
    public record SafetyRelease(String reason) {
        public static final int REASON_MAX_LENGTH = 500;
    }

    /** A transfer, or a data-access copy without safety records; audited with its summary. */
    @Transactional
    public byte[] export(long coupleId, ExportKind kind) {
        if (kind.partner() != null) {
            return exportAccessCopy(coupleId, kind.partner(), null);
        }
        Couple couple = couples.require(coupleId);
        byte[] bytes = CaseFileWriter.write(assembler.assemble(couple, CaseRecordAssembler.Content.WHOLE));
        audit.record(AuditAction.CASE_FILE_EXPORTED, "COUPLE", couple.getReference(), AuditService.OK, "kind=" + kind);
        return bytes;
    }

    /**
     * Partner {@code partner}'s copy as it would be downloaded, with its summary, for the
     * counselor to read before the download (the joint notes in it included): audited as a read
     * of the couple's session notes.
     */
    @Transactional
    public DataAccessCopy.Result preview(long coupleId, PartnerId partner, boolean withSafety) {
        Couple couple = couples.require(coupleId);
        DataAccessCopy.Result copy = accessCopy(couple, partner, withSafety);
        audit.record(
                AuditAction.SESSIONS_VIEWED,
                "COUPLE",
                couple.getReference(),
                AuditService.OK,
                "preview of the data-access copy for partner " + partner);
        return copy;
    }

    /**
     * Partner {@code partner}'s data-access copy. With a {@link SafetyRelease} (supervisors only,
     * a reason required) it also holds the safety records; the release is audited with its reason.
     * The export is audited with the same plain-words summary the counselor was shown.
     */
    @Transactional
    public byte[] exportAccessCopy(long coupleId, PartnerId partner, SafetyRelease release) {
        Couple couple = couples.require(coupleId);
        if (release != null) {
            checkRelease(couple, release);
        }
        DataAccessCopy.Result copy = accessCopy(couple, partner, release != null);
        if (release != null) {
            AccessCopySummary s = copy.summary();
            audit.record(
                    AuditAction.SAFETY_RELEASED,
                    "COUPLE",
                    couple.getReference(),
                    AuditService.OK,
                    texts.format(
                            "access.release.audit",
                            Map.of(
                                    "x",
                                    partner.name(),
                                    "flags",
                                    s.count(AccessCopySummary.Item.SAFETY_FLAGS_RELEASED),
                                    "reviews",
                                    s.count(AccessCopySummary.Item.SAFETY_REVIEWS_RELEASED),
                                    "referrals",
                                    s.count(AccessCopySummary.Item.DV_REFERRALS_RELEASED),
                                    "reason",
                                    release.reason().trim())));
        }
        byte[] bytes = CaseFileWriter.write(copy.file());
        audit.record(
                AuditAction.CASE_FILE_EXPORTED,
                "COUPLE",
                couple.getReference(),
                AuditService.OK,
                "kind=" + ExportKind.accessRequest(partner) + " "
                        + copy.summary().auditDetail(texts));
        return bytes;
    }

    private void checkRelease(Couple couple, SafetyRelease release) {
        if (!currentUser.require().isSupervisor()) {
            audit.recordDenied("COUPLE", couple.getReference(), "releasing safety records needs a supervisor");
            throw new AccessDeniedException("Only a supervisor can release safety records.");
        }
        if (release.reason() == null || release.reason().isBlank()) {
            throw new ValidationFailure("reason", texts.get("access.release.reasonRequired"));
        }
        if (release.reason().length() > SafetyRelease.REASON_MAX_LENGTH) {
            throw new ValidationFailure("reason", "Use at most " + SafetyRelease.REASON_MAX_LENGTH + " characters.");
        }
    }

    private DataAccessCopy.Result accessCopy(Couple couple, PartnerId partner, boolean withSafety) {
        boolean otherAuthorised =
                jointRelease.consentOf(couple.getId(), partner.other()).isPresent();
        JointRelease joint = JointRelease.decide(couple.getSecretsPolicy(), otherAuthorised);
        return DataAccessCopy.of(
                assembler.assemble(couple, CaseRecordAssembler.Content.WHOLE), partner, joint, withSafety);
    }

    /**
     * What the case-file format allows but a Tandem couple does not (the same rules as the intake
     * form: name lengths, e-mail and phone shapes), each with its JSON path.
     */
    static List<String> importProblems(CaseFile file) {
        CoupleDetails details = CoupleDetails.of(file.couple());
        // Texts longer than Tandem keeps are refused with their path and the limit, never cut.
        List<String> problems = new ArrayList<>(ImportLengths.problems(file));
        for (Problem p : CoupleValidator.problems(details, LocalDate.MAX.minusDays(2))) {
            String at = path(p.field());
            // The validator's own "use at most …" for a field already named as too long would say it twice.
            if (problems.stream()
                    .noneMatch(q -> q.startsWith(at + ":") || q.startsWith(at + "[") || q.startsWith(at + "."))) {
                problems.add(at + ": " + p.message());
            }
        }
        dateProblems(file, problems);
        ScoreAnchors anchors = ScoreAnchors.shared();
        for (int i = 0; i < file.sessions().size(); i++) {
            int version = file.sessions().get(i).anchorsVersion();
            if (!anchors.known(version)) {
                problems.add("sessions[" + i + "].anchorsVersion: this Tandem has no score anchors of version "
                        + version + " (it has " + anchors.versions() + ")");
            }
        }
        // One check-in per partner and day (they are kept per link and day), under known anchors; the
        // lengths of their words are checked with every other text (ImportLengths).
        Set<String> days = new HashSet<>();
        for (int i = 0; i < file.checkIns().size(); i++) {
            CaseFile.CheckIn k = file.checkIns().get(i);
            if (!days.add(k.partner() + " " + k.date())) {
                problems.add(
                        "checkIns[" + i + "].date: partner " + k.partner() + " already has a check-in on " + k.date());
            }
            if (!anchors.known(k.anchorsVersion())) {
                problems.add("checkIns[" + i + "].anchorsVersion: this Tandem has no score anchors of version "
                        + k.anchorsVersion() + " (it has " + anchors.versions() + ")");
            }
        }
        return problems;
    }

    /**
     * The same date limits as the forms (DateLimits): nothing before the couple's intake (and no
     * intake before 1900, checked with the couple) and nothing implausibly far ahead. A session
     * a little in the future is let through here: a file may come from a practice whose calendar
     * runs ahead of this server's, and the bundled examples are dated ahead.
     */
    private static void dateProblems(CaseFile file, List<String> problems) {
        LocalDate intake = file.couple().intakeDate();
        if (intake == null || intake.isBefore(DateLimits.EARLIEST_INTAKE)) {
            return;
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        for (int i = 0; i < file.sessions().size(); i++) {
            LocalDate date = file.sessions().get(i).date();
            String at = "sessions[" + i + "].date: ";
            if (date != null) {
                DateLimits.planned("The session", date, intake, today).ifPresent(m -> problems.add(at + m));
            }
        }
        for (int i = 0; i < file.homework().size(); i++) {
            CaseFile.Assignment a = file.homework().get(i);
            String at = "homework[" + i + "].";
            if (a.assignedOn() != null) {
                DateLimits.planned("The homework", a.assignedOn(), intake, today)
                        .ifPresent(m -> problems.add(at + "assignedOn: " + m));
            }
            if (a.dueOn() != null) {
                DateLimits.planned("The due date", a.dueOn(), intake, today)
                        .ifPresent(m -> problems.add(at + "dueOn: " + m));
            }
        }
        for (int i = 0; i < file.safetyReviews().size(); i++) {
            LocalDate date = file.safetyReviews().get(i).date();
            String at = "safetyReviews[" + i + "].date: ";
            if (date != null) {
                DateLimits.planned("The review", date, intake, today).ifPresent(m -> problems.add(at + m));
            }
        }
        List<CaseFile.Referral> referrals = file.couple().referrals();
        for (int i = 0; referrals != null && i < referrals.size(); i++) {
            LocalDate on = referrals.get(i).on();
            String at = "couple.referrals[" + i + "].on: ";
            if (on != null) {
                DateLimits.planned("The referral", on, intake, today).ifPresent(m -> problems.add(at + m));
            }
        }
    }

    private static String path(String field) {
        return switch (field) {
            case "intakeDate" -> "couple.intakeDate";
            case "goals" -> "couple.goals";
            case "contextNotes" -> "couple.context.notes";
            case "childrenInHousehold" -> "couple.childrenInHousehold";
            case "stressorOther" -> "couple.context.stressorOther";
            case "a.safeNote" -> "couple.partners.A.safeContact.note";
            case "b.safeNote" -> "couple.partners.B.safeContact.note";
            default ->
                field.startsWith("a.")
                        ? "couple.partners.A." + field.substring(2)
                        : field.startsWith("b.") ? "couple.partners.B." + field.substring(2) : "couple." + field;
        };
    }

    /** Reads and checks the whole file first; throws {@link CaseFileException} (nothing written) on any error. */
    @Transactional(rollbackFor = CaseFileException.class)
    public Couple importFile(byte[] bytes) throws CaseFileException {
        CaseFile file = CaseFileReader.read(bytes);
        List<String> problems = importProblems(file);
        if (!problems.isEmpty()) {
            throw new CaseFileException(problems);
        }
        Couple couple = couples.restore(file.couple());
        homework.restore(couple, file.homework());
        SessionService.Restored restored = sessions.restore(couple, file.sessions(), file.safetyReviews());
        reports.restore(couple, file.reports());
        intake.restore(couple, file.consents(), file.ipvScreens());
        checkIns.restore(couple.getId(), currentUser.require().id(), file.checkIns());
        assessments.refresh(couple.getId());
        audit.record(
                AuditAction.CASE_FILE_IMPORTED,
                "COUPLE",
                couple.getReference(),
                AuditService.OK,
                texts.format(
                        "import.audit",
                        Map.of(
                                "sessions",
                                restored.sessions(),
                                "signed",
                                restored.signedElsewhere(),
                                "amendments",
                                restored.amendments(),
                                "reviews",
                                restored.reviews())));
        return couple;
    }
}
