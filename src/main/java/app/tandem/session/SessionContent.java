package app.tandem.session;

import app.tandem.base.FieldLimits;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Attendance;
import app.tandem.casefile.CaseFile.Flag;
import app.tandem.casefile.CaseFile.Note;
import app.tandem.casefile.CaseFile.Pitfall;
import app.tandem.casefile.CaseFile.RemoteCheck;
import app.tandem.casefile.CaseFile.Scores;
import app.tandem.casefile.CaseFile.SessionFormat;
import app.tandem.casefile.PartnerId;
import app.tandem.casefile.PerPartner;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a counselor records for a session, as the form holds it. Remote checks exist only for a
 * video or phone session and only for a partner who attended; any others are dropped.
 */
public record SessionContent(
        LocalDate date,
        LocalTime startTime,
        Integer durationMinutes,
        SessionFormat format,
        Attendance attendance,
        Note note,
        Scores scoresA,
        Scores scoresB,
        Set<Flag> flags,
        Set<Pitfall> pitfalls,
        String privateNoteA,
        String privateNoteB,
        PerPartner<RemoteCheck> remoteChecks) {

    public static final int NOTE_MAX_LENGTH = FieldLimits.SESSION_NOTE;

    public SessionContent {
        note = note == null
                ? new Note(null, null, null, null)
                : new Note(
                        blank(note.observations()),
                        blank(note.interventions()),
                        blank(note.homeworkReview()),
                        blank(note.plan()));
        scoresA = scoresA == null ? new Scores(null, null, null, null) : scoresA;
        scoresB = scoresB == null ? new Scores(null, null, null, null) : scoresB;
        flags = flags == null || flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags);
        pitfalls = pitfalls == null || pitfalls.isEmpty() ? EnumSet.noneOf(Pitfall.class) : EnumSet.copyOf(pitfalls);
        privateNoteA = blank(privateNoteA);
        privateNoteB = blank(privateNoteB);
        format = format == null ? SessionFormat.IN_PERSON : format;
        attendance = attendance == null ? Attendance.BOTH : attendance;
        remoteChecks = remoteChecks == null ? new PerPartner<>(null, null) : remoteChecks;
        if (!format.remote()) {
            remoteChecks = new PerPartner<>(null, null);
        } else {
            remoteChecks = new PerPartner<>(
                    attendance.present(PartnerId.A) ? remoteChecks.a() : null,
                    attendance.present(PartnerId.B) ? remoteChecks.b() : null);
        }
    }

    /** What a case file's session records, as the form would hold it (import and the demo's replay). */
    public static SessionContent of(CaseFile.Session s) {
        return new SessionContent(
                s.date(),
                s.startTime(),
                s.durationMinutes(),
                s.format(),
                s.attendance(),
                s.note(),
                s.scores().a(),
                s.scores().b(),
                Set.copyOf(s.flags()),
                Set.copyOf(s.pitfalls()),
                s.privateNotes().a(),
                s.privateNotes().b(),
                s.remoteChecks());
    }

    /** Content without remote checks (an in-person session, or none recorded). */
    public SessionContent(
            LocalDate date,
            LocalTime startTime,
            Integer durationMinutes,
            SessionFormat format,
            Attendance attendance,
            Note note,
            Scores scoresA,
            Scores scoresB,
            Set<Flag> flags,
            Set<Pitfall> pitfalls,
            String privateNoteA,
            String privateNoteB) {
        this(
                date,
                startTime,
                durationMinutes,
                format,
                attendance,
                note,
                scoresA,
                scoresB,
                flags,
                pitfalls,
                privateNoteA,
                privateNoteB,
                null);
    }

    /** The attending partners of a video or phone session whose location or privacy is not confirmed. */
    public List<PartnerId> unconfirmedRemoteChecks() {
        List<PartnerId> missing = new ArrayList<>();
        if (format.remote()) {
            for (PartnerId p : PartnerId.values()) {
                RemoteCheck c = remoteChecks.get(p);
                if (attendance.present(p) && (c == null || !c.location() || !c.privacy())) {
                    missing.add(p);
                }
            }
        }
        return missing;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** This content with the given private notes. */
    public SessionContent withPrivateNotes(String a, String b) {
        return new SessionContent(
                date, startTime, durationMinutes, format, attendance, note, scoresA, scoresB, flags, pitfalls, a, b);
    }

    /** The private note of {@code partner}, or null. */
    public String privateNote(PartnerId partner) {
        return partner == PartnerId.A ? privateNoteA : privateNoteB;
    }

    /** A new session for a day: both attending, in person, 60 minutes. */
    public static SessionContent startingOn(LocalDate date) {
        return new SessionContent(
                date, null, 60, SessionFormat.IN_PERSON, Attendance.BOTH, null, null, null, null, null, null, null);
    }
}
