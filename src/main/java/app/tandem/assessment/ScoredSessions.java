package app.tandem.assessment;

import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Attendance;
import app.tandem.casefile.CaseFile.Session;
import app.tandem.casefile.PartnerId;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The scored sessions of a case as of a date, the one selection and order the engine, the
 * Progress screen's charts and the reports all read (decision 0080): signed, dated on or before
 * the date, ordered by date, then start time (none first), then position in the file. Also the
 * sessions left out, for {@link SessionsIgnored}. Immutable.
 */
public final class ScoredSessions {

    /** Date, then start time (none first); a stable sort keeps ties in file order. */
    public static final Comparator<Session> ORDER = Comparator.comparing(Session::date)
            .thenComparing(Session::startTime, Comparator.nullsFirst(Comparator.<LocalTime>naturalOrder()));

    /** Every session of the file in {@link #ORDER}, scored or not. */
    private final Session[] ordered;

    private final Session[] scored;
    private final int size;
    private final int unsigned;
    private final int afterAsOf;

    private ScoredSessions(Session[] ordered, Session[] scored, int size, int unsigned, int afterAsOf) {
        this.ordered = ordered;
        this.scored = scored;
        this.size = size;
        this.unsigned = unsigned;
        this.afterAsOf = afterAsOf;
    }

    /** The scored sessions of {@code file} as of {@code asOf}. */
    public static ScoredSessions of(CaseFile file, LocalDate asOf) {
        Session[] ordered = file.sessions().toArray(new Session[0]);
        if (!inOrder(ordered)) {
            Arrays.sort(ordered, ORDER); // stable: ties keep their position in the file
        }
        Session[] scored = new Session[ordered.length];
        int size = 0;
        int unsigned = 0;
        int after = 0;
        for (Session session : ordered) {
            if (!session.signed()) {
                unsigned++;
            } else if (session.date().isAfter(asOf)) {
                after++;
            } else {
                scored[size++] = session;
            }
        }
        return new ScoredSessions(ordered, scored, size, unsigned, after);
    }

    private static boolean inOrder(Session[] sessions) {
        for (int i = 1; i < sessions.length; i++) {
            if (ORDER.compare(sessions[i - 1], sessions[i]) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Only the joint sessions (both partners attended) dated after {@code after} (null: from the
     * first), in the same order; the counts of sessions left out stay those of the whole file.
     */
    public ScoredSessions joint(LocalDate after) {
        Session[] kept = new Session[size];
        int n = 0;
        for (int i = 0; i < size; i++) {
            Session s = scored[i];
            if ((after == null || s.date().isAfter(after)) && s.attendance() == Attendance.BOTH) {
                kept[n++] = s;
            }
        }
        return new ScoredSessions(ordered, kept, n, unsigned, afterAsOf);
    }

    /** The sessions, in order. */
    public List<Session> sessions() {
        return Collections.unmodifiableList(Arrays.asList(scored).subList(0, size));
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The {@code i}-th session. */
    public Session get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return scored[i];
    }

    /** Draft sessions of the file, whatever their date. */
    public int unsigned() {
        return unsigned;
    }

    /** Signed sessions of the file dated after the date. */
    public int afterAsOf() {
        return afterAsOf;
    }

    /** Every session of the file, signed or not and whatever its date, in {@link #ORDER}. */
    List<Session> everySession() {
        return Collections.unmodifiableList(Arrays.asList(ordered));
    }

    /** The partner's {@code measure} at the {@code i}-th session, or null when not scored. */
    public Integer value(int i, PartnerId partner, Measure measure) {
        return measure.value(get(i).scores().get(partner));
    }

    /** The two partners' mean of {@code measure} at a session, or null unless both were scored on it. */
    public Double together(int i, Measure measure) {
        Integer a = value(i, PartnerId.A, measure);
        Integer b = value(i, PartnerId.B, measure);
        return a == null || b == null ? null : (a + b) / 2.0;
    }

    /** Whether any session has a CSI-4 for either partner. */
    public boolean hasCsi4() {
        for (int i = 0; i < size; i++) {
            if (value(i, PartnerId.A, Measure.CSI4) != null || value(i, PartnerId.B, Measure.CSI4) != null) {
                return true;
            }
        }
        return false;
    }

    /** The index of the partner's first session with {@code measure} (for the composite: their baseline), or -1. */
    public int firstIndex(PartnerId partner, Measure measure) {
        for (int i = 0; i < size; i++) {
            if (value(i, partner, measure) != null) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the partner's latest session with {@code measure}, or -1. */
    public int latestIndex(PartnerId partner, Measure measure) {
        for (int i = size - 1; i >= 0; i--) {
            if (value(i, partner, measure) != null) {
                return i;
            }
        }
        return -1;
    }
}
