package app.tandem.progress;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditService;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFileException;
import app.tandem.casefile.CaseFileReader;
import app.tandem.casefile.CaseFileWriter;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleDetails;
import app.tandem.couple.CoupleService;
import app.tandem.couple.CoupleValidator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import app.tandem.homework.HomeworkService;
import app.tandem.intake.IntakeService;
import app.tandem.text.ScoreAnchors;
import app.tandem.report.ReportService;
import app.tandem.session.SessionService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Export and import of case files. An export is audited with its kind; an import is all or
 * nothing: the whole file is read and checked before anything is written, and everything is
 * written in one transaction.
 */
@Service
@PreAuthorize("hasRole('COUNSELOR')")
public class CaseFileTransferService {

    private final CoupleService couples;
    private final HomeworkService homework;
    private final SessionService sessions;
    private final ReportService reports;
    private final IntakeService intake;
    private final CaseRecordAssembler assembler;
    private final CurrentAssessmentService assessments;
    private final AuditService audit;

    CaseFileTransferService(CoupleService couples, HomeworkService homework, SessionService sessions, ReportService reports,
            IntakeService intake, CaseRecordAssembler assembler, CurrentAssessmentService assessments, AuditService audit) {
        this.intake = intake;
        this.couples = couples;
        this.homework = homework;
        this.sessions = sessions;
        this.reports = reports;
        this.assembler = assembler;
        this.assessments = assessments;
        this.audit = audit;
    }

    /** What an export is for, which decides whose private notes it carries. */
    public enum ExportKind {
        /** Moving the case to another counselor or practice: both partners' private notes. */
        TRANSFER(CaseRecordAssembler.PrivateNotes.ALL),
        /** A data-access copy for partner A: only A's private notes. */
        ACCESS_REQUEST_A(CaseRecordAssembler.PrivateNotes.PARTNER_A),
        /** A data-access copy for partner B: only B's private notes. */
        ACCESS_REQUEST_B(CaseRecordAssembler.PrivateNotes.PARTNER_B);

        private final CaseRecordAssembler.PrivateNotes notes;

        ExportKind(CaseRecordAssembler.PrivateNotes notes) {
            this.notes = notes;
        }
    }

    @Transactional
    public byte[] export(long coupleId, ExportKind kind) {
        Couple couple = couples.require(coupleId);
        byte[] bytes = CaseFileWriter.write(assembler.assemble(couple, kind.notes));
        audit.record(AuditAction.CASE_FILE_EXPORTED, "COUPLE", couple.getReference(), AuditService.OK, "kind=" + kind);
        return bytes;
    }

    /**
     * What the case-file format allows but a Tandem couple does not (the same rules as the intake
     * form: name lengths, e-mail and phone shapes), each with its JSON path.
     */
    static List<String> importProblems(CaseFile file) {
        CoupleDetails details = CoupleDetails.of(file.couple());
        List<String> problems = new ArrayList<>();
        for (CoupleValidator.Problem p : CoupleValidator.problems(details, LocalDate.MAX.minusDays(2))) {
            problems.add(path(p.field()) + ": " + p.message());
        }
        ScoreAnchors anchors = ScoreAnchors.shared();
        for (int i = 0; i < file.sessions().size(); i++) {
            int version = file.sessions().get(i).anchorsVersion();
            if (!anchors.known(version)) {
                problems.add("sessions[" + i + "].anchorsVersion: this Tandem has no score anchors of version " + version
                        + " (it has " + anchors.versions() + ")");
            }
        }
        return problems;
    }

    private static String path(String field) {
        return switch (field) {
            case "intakeDate" -> "couple.intakeDate";
            case "goals" -> "couple.goals";
            case "contextNotes" -> "couple.context.notes";
            case "childrenInHousehold" -> "couple.childrenInHousehold";
            default -> field.startsWith("a.") ? "couple.partners.A." + field.substring(2)
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
        sessions.restore(couple, file.sessions(), file.safetyReviews());
        reports.restore(couple, file.reports());
        intake.restore(couple, file.consents(), file.ipvScreens());
        assessments.refresh(couple.getId());
        return couple;
    }
}
