package app.tandem.session;

import app.tandem.assessment.Measure;
import app.tandem.base.DateLimits;
import app.tandem.base.FieldLimits;
import app.tandem.base.Problem;
import app.tandem.casefile.CaseFile.Attendance;
import app.tandem.casefile.CaseFile.Scores;
import app.tandem.casefile.PartnerId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Checks a session's content; each problem names its field ("a.emotionalSafety", "date", …). */
public final class SessionValidator {

    private SessionValidator() {}

    public static List<Problem> problems(SessionContent c, LocalDate today) {
        return problems(c, today, null);
    }

    /** As above, and the date not before the couple's {@code intake} (null: only not before 1900). */
    public static List<Problem> problems(SessionContent c, LocalDate today, LocalDate intake) {
        List<Problem> problems = new ArrayList<>();
        if (c.date() == null) {
            problems.add(new Problem("date", "Enter the date of the session."));
        } else if (c.date().isAfter(today)) {
            problems.add(new Problem("date", "A session cannot be recorded for a future date."));
        } else {
            DateLimits.past("The session", c.date(), intake, today)
                    .ifPresent(m -> problems.add(new Problem("date", m)));
        }
        if (c.durationMinutes() != null && !FieldLimits.SESSION_MINUTES.contains(c.durationMinutes())) {
            problems.add(new Problem(
                    "durationMinutes",
                    "Enter a duration between " + FieldLimits.SESSION_MINUTES.min() + " and "
                            + FieldLimits.SESSION_MINUTES.max() + " minutes."));
        }
        scores(PartnerId.A, c.scoresA(), c.attendance(), problems);
        scores(PartnerId.B, c.scoresB(), c.attendance(), problems);
        text("observations", c.note().observations(), problems);
        text("interventions", c.note().interventions(), problems);
        text("homeworkReview", c.note().homeworkReview(), problems);
        text("plan", c.note().plan(), problems);
        text("privateNoteA", c.privateNoteA(), problems);
        text("privateNoteB", c.privateNoteB(), problems);
        return problems;
    }

    private static void scores(PartnerId p, Scores s, Attendance attendance, List<Problem> problems) {
        String prefix = p.name().toLowerCase() + ".";
        boolean any = s.emotionalSafety() != null
                || s.reciprocalEffort() != null
                || s.clearCommunication() != null
                || s.csi4() != null;
        if (any && !attendance.present(p)) {
            problems.add(new Problem(
                    prefix + "emotionalSafety",
                    "Partner " + p + " did not attend, so they get no scores; "
                            + "clear them or change the attendance."));
            return;
        }
        range(prefix + "emotionalSafety", s.emotionalSafety(), Measure.EMOTIONAL_SAFETY.max(), problems);
        range(prefix + "reciprocalEffort", s.reciprocalEffort(), Measure.RECIPROCAL_EFFORT.max(), problems);
        range(prefix + "clearCommunication", s.clearCommunication(), Measure.CLEAR_COMMUNICATION.max(), problems);
        range(prefix + "csi4", s.csi4(), Measure.CSI4.max(), problems);
    }

    private static void range(String field, Integer value, int max, List<Problem> problems) {
        if (value != null && (value < 0 || value > max)) {
            problems.add(new Problem(field, "Scores run from 0 to " + max + "; " + value + " is outside."));
        }
    }

    private static void text(String field, String value, List<Problem> problems) {
        if (value != null && value.length() > SessionContent.NOTE_MAX_LENGTH) {
            problems.add(new Problem(field, "Use at most " + SessionContent.NOTE_MAX_LENGTH + " characters."));
        }
    }
}
