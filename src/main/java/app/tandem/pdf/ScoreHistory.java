package app.tandem.pdf;

import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Attendance;
import app.tandem.casefile.CaseFile.Scores;
import app.tandem.casefile.CaseFile.Session;
import app.tandem.casefile.PartnerId;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The scored sessions of a case as the assessment sees them (signed, dated on or before
 * {@code asOf}, ordered by date, start time, then position in the file), with each partner's
 * scores per measure. The charts, their tables, the partner gap and the client table read it.
 */
final class ScoreHistory {

    /** What the reports chart and tabulate. */
    enum Measure {
        EMOTIONAL_SAFETY("emotionalSafety", 10),
        RECIPROCAL_EFFORT("reciprocalEffort", 10),
        CLEAR_COMMUNICATION("clearCommunication", 10),
        COMPOSITE("composite", 30),
        CSI4("csi4", 21);

        /** The three metrics and the composite, the measures every report shows. */
        static final List<Measure> CORE = List.of(COMPOSITE, EMOTIONAL_SAFETY, RECIPROCAL_EFFORT, CLEAR_COMMUNICATION);

        final String key;
        final int max;

        Measure(String key, int max) {
            this.key = key;
            this.max = max;
        }

        /** The value in {@code s}, or null when not scored. */
        Integer value(Scores s) {
            if (s == null) {
                return null;
            }
            return switch (this) {
                case EMOTIONAL_SAFETY -> s.emotionalSafety();
                case RECIPROCAL_EFFORT -> s.reciprocalEffort();
                case CLEAR_COMMUNICATION -> s.clearCommunication();
                case COMPOSITE -> {
                    int c = s.compositeOrMinusOne();
                    yield c < 0 ? null : c;
                }
                case CSI4 -> s.csi4();
            };
        }
    }

    private static final Comparator<Session> ORDER = Comparator.comparing(Session::date)
            .thenComparing(Session::startTime, Comparator.nullsFirst(Comparator.<LocalTime>naturalOrder()));

    private final List<Session> sessions;

    private ScoreHistory(List<Session> sessions) {
        this.sessions = sessions;
    }

    static ScoreHistory of(CaseFile file, LocalDate asOf) {
        return of(file, null, asOf, false);
    }

    /**
     * Only the joint sessions (both partners attended) after {@code after} (null: from the first):
     * what the client report may show. Individual contacts, where safety screening happens, never
     * reach it, not even as a date.
     */
    static ScoreHistory joint(CaseFile file, LocalDate after, LocalDate asOf) {
        return of(file, after, asOf, true);
    }

    private static ScoreHistory of(CaseFile file, LocalDate after, LocalDate asOf, boolean jointOnly) {
        List<Session> scored = new ArrayList<>(file.sessions().size());
        for (Session s : file.sessions()) {
            if (s.signed() && !s.date().isAfter(asOf) && (after == null || s.date().isAfter(after))
                    && (!jointOnly || s.attendance() == Attendance.BOTH)) {
                scored.add(s);
            }
        }
        scored.sort(ORDER); // stable: ties keep their place in the file
        return new ScoreHistory(List.copyOf(scored));
    }

    List<Session> sessions() {
        return sessions;
    }

    int size() {
        return sessions.size();
    }

    Integer value(int session, PartnerId partner, Measure measure) {
        return measure.value(sessions.get(session).scores().get(partner));
    }

    /** The two partners' mean for {@code measure} at a session, or null unless both were scored on it. */
    Double together(int session, Measure measure) {
        Integer a = value(session, PartnerId.A, measure);
        Integer b = value(session, PartnerId.B, measure);
        return a == null || b == null ? null : (a + b) / 2.0;
    }

    /** Whether any scored session has a CSI-4 for either partner. */
    boolean hasCsi4() {
        for (Session s : sessions) {
            if (Measure.CSI4.value(s.scores().a()) != null || Measure.CSI4.value(s.scores().b()) != null) {
                return true;
            }
        }
        return false;
    }

    /** The index of the partner's first data point (a session with a composite), or -1. */
    int baselineIndex(PartnerId partner) {
        for (int i = 0; i < sessions.size(); i++) {
            if (value(i, partner, Measure.COMPOSITE) != null) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the partner's most recent data point, or -1. */
    int latestIndex(PartnerId partner) {
        for (int i = sessions.size() - 1; i >= 0; i--) {
            if (value(i, partner, Measure.COMPOSITE) != null) {
                return i;
            }
        }
        return -1;
    }
}
