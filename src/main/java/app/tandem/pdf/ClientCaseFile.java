package app.tandem.pdf;

import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Attendance;
import app.tandem.casefile.CaseFile.Audience;
import app.tandem.casefile.CaseFile.Partner;
import app.tandem.casefile.CaseFile.ReferralType;
import app.tandem.casefile.CaseFile.Session;
import app.tandem.casefile.CaseFile.StatusChange;
import app.tandem.casefile.PerPartner;
import java.time.LocalDate;
import java.util.List;

/**
 * What of a couple's record may reach the client report, which both partners read: joint
 * sessions only (nothing of a session one partner attended alone, not even its date), no private
 * notes or amendments, no note text, no flags or pitfalls, no safety reviews and no referral but
 * to couples therapy or a retreat, no contact details, no reflections, and of homework only the
 * titles, dates and completion (a tailored instruction can be personal). Applied to every client
 * {@link ReportRequest} as it is built, so no caller can hand the renderer more. After a safety
 * flag that a signed review later cleared, only the joint sessions after that review remain: the
 * sessions around a disclosure stay out of what both partners read (clinical review 1.23).
 */
final class ClientCaseFile {

    private ClientCaseFile() {}

    static CaseFile of(CaseFile file, LocalDate asOf) {
        List<CaseFile.Report> reports = file.reports().stream()
                .filter(r -> r.audience() == Audience.CLIENT)
                .toList();
        return new CaseFile(
                file.format(),
                file.formatVersion(),
                file.exportedAt(),
                couple(file.couple()),
                homework(file),
                sessions(file, ClientReport.clearedOn(file, asOf)),
                List.of(),
                reports);
    }

    /** The couple without contact details, notes, closing summary or policy; referrals both may read. */
    private static CaseFile.Couple couple(CaseFile.Couple c) {
        CaseFile.Context context = c.context() == null
                ? null
                : new CaseFile.Context(
                        c.context().withdrawalOnset(),
                        c.context().pursuer(),
                        c.context().signs(),
                        c.context().stressors(),
                        c.context().stressorOther(),
                        null);
        return new CaseFile.Couple(
                c.reference(),
                c.intakeDate(),
                c.status(),
                c.statusHistory().stream()
                        .map(h -> new StatusChange(h.status(), h.at(), null, null))
                        .toList(),
                null,
                c.counselor(),
                c.partners().map(ClientCaseFile::nameOnly),
                context,
                c.goals(),
                null,
                null,
                c.referrals().stream()
                        .filter(r -> r.type() == ReferralType.COUPLES_THERAPY || r.type() == ReferralType.RETREAT)
                        .toList());
    }

    /** Each assignment without its purpose, instructions, examples or reflections. */
    private static List<CaseFile.Assignment> homework(CaseFile file) {
        return file.homework().stream()
                .map(a -> new CaseFile.Assignment(
                        a.stepKey(),
                        a.title(),
                        null,
                        null,
                        List.of(),
                        a.assignee(),
                        a.assignedOn(),
                        a.dueOn(),
                        a.series(),
                        a.completion(),
                        PerPartner.both(null),
                        a.reviewedOn()))
                .toList();
    }

    /** The joint sessions (after a cleared safety flag: only those after the clearing review), scores only. */
    private static List<Session> sessions(CaseFile file, LocalDate cleared) {
        return file.sessions().stream()
                .filter(s -> s.attendance() == Attendance.BOTH
                        && (cleared == null || s.date().isAfter(cleared)))
                .map(s -> new Session(
                        s.date(),
                        s.startTime(),
                        s.durationMinutes(),
                        s.format(),
                        s.attendance(),
                        s.signed(),
                        s.signedAt(),
                        null,
                        s.scores(),
                        List.of(),
                        List.of(),
                        null,
                        PerPartner.both(null),
                        List.of()))
                .toList();
    }

    private static Partner nameOnly(Partner p) {
        return p == null ? null : new Partner(p.firstName(), p.lastName(), null, null, null, null);
    }
}
