package app.tandem.progress;

import app.tandem.casefile.CaseFile;
import app.tandem.checkin.CheckInRecords;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleRecords;
import app.tandem.homework.HomeworkRecords;
import app.tandem.intake.IntakeRecords;
import app.tandem.session.SessionRecords;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads everything recorded about one couple into a {@link CaseFile}, each part from the feature
 * that owns it. A fixed number of queries per couple, however many sessions it has.
 *
 * <p>Does not check access: the whole record holds both partners' private content and safety
 * records. Only this package's services and the transfer feature's use it (an architecture test
 * keeps it so), each after {@code CoupleService.require} checked the caller's access; a
 * data-access copy is then cut from the whole record by the transfer feature's
 * {@code DataAccessCopy}.
 */
@Component
public class CaseRecordAssembler {

    /** Which private content the file carries. */
    public enum Content {
        /**
         * Both partners' private notes, private amendments, IPV screens and check-ins: a transfer,
         * or the base of a data-access copy.
         */
        WHOLE,
        /** No private notes, private amendments, IPV screens or check-ins: the assessment, the screens and the reports. */
        SHARED
    }

    private final CoupleRecords couples;
    private final HomeworkRecords homework;
    private final SessionRecords sessions;
    private final ReportRecords reports;
    private final IntakeRecords intake;
    private final CheckInRecords checkIns;
    private final Clock clock;

    CaseRecordAssembler(
            CoupleRecords couples,
            HomeworkRecords homework,
            SessionRecords sessions,
            ReportRecords reports,
            IntakeRecords intake,
            CheckInRecords checkIns,
            Clock clock) {
        this.couples = couples;
        this.homework = homework;
        this.sessions = sessions;
        this.reports = reports;
        this.intake = intake;
        this.checkIns = checkIns;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CaseFile assemble(Couple couple, Content content) {
        boolean whole = content == Content.WHOLE;
        CaseFile.Couple c = couples.forCaseFile(couple);
        List<CaseFile.Assignment> assignments = homework.forCaseFile(couple);
        SessionRecords.ForCaseFile sessionRecords = sessions.forCaseFile(couple, whole);
        return new CaseFile(
                CaseFile.FORMAT,
                CaseFile.FORMAT_VERSION,
                clock.instant(),
                c,
                assignments,
                sessionRecords.sessions(),
                sessionRecords.reviews(),
                reports.forCaseFile(couple),
                intake.consents(couple),
                whole ? intake.screens(couple) : List.of(),
                whole ? checkIns.forCaseFile(couple.getId()) : List.of());
    }
}
