package app.tandem.assessment;

import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Assignee;
import app.tandem.casefile.CaseFile.Assignment;
import app.tandem.casefile.CaseFile.Attendance;
import app.tandem.casefile.CaseFile.Completion;
import app.tandem.casefile.CaseFile.Couple;
import app.tandem.casefile.CaseFile.CoupleStatus;
import app.tandem.casefile.CaseFile.Flag;
import app.tandem.casefile.CaseFile.Partner;
import app.tandem.casefile.CaseFile.Referral;
import app.tandem.casefile.CaseFile.ReferralType;
import app.tandem.casefile.CaseFile.SafetyOutcome;
import app.tandem.casefile.CaseFile.SafetyReview;
import app.tandem.casefile.CaseFile.Scores;
import app.tandem.casefile.CaseFile.Session;
import app.tandem.casefile.PerPartner;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Builds small case files for rule tests; days count from {@link #DAY0}. */
final class CaseBuilder {

    static final LocalDate DAY0 = LocalDate.of(2026, 9, 1);

    private final List<Session> sessions = new ArrayList<>();
    private final List<Assignment> homework = new ArrayList<>();
    private final List<Referral> referrals = new ArrayList<>();
    private final List<SafetyReview> reviews = new ArrayList<>();

    static LocalDate day(int n) {
        return DAY0.plusDays(n);
    }

    /** Three metrics summing to {@code composite}, or null for a missing partner. */
    static Scores scores(Integer composite) {
        return scores(composite, null);
    }

    /** Three metrics summing to {@code composite} and a CSI-4 (null: none), or null for a missing partner. */
    static Scores scores(Integer composite, Integer csi4) {
        if (composite == null) {
            return null;
        }
        int a = composite / 3;
        int b = (composite - a) / 2;
        return new Scores(a, b, composite - a - b, csi4);
    }

    /** A signed session on {@code day} with the partners' composites (null: no scores) and flags. */
    CaseBuilder session(int day, Integer a, Integer b, Flag... flags) {
        return session(day, true, scores(a), scores(b), flags);
    }

    /** A signed session on {@code day} with the partners' composites and CSI-4 (null: none). */
    CaseBuilder sessionCsi(int day, int a, int b, Integer csiA, Integer csiB, Flag... flags) {
        return session(day, true, scores(a, csiA), scores(b, csiB), flags);
    }

    /** An unsigned (draft) session. */
    CaseBuilder draft(int day, Integer a, Integer b, Flag... flags) {
        return session(day, false, scores(a), scores(b), flags);
    }

    CaseBuilder session(int day, boolean signed, Scores a, Scores b, Flag... flags) {
        return session(day, null, signed, a, b, flags);
    }

    CaseBuilder session(int day, LocalTime start, boolean signed, Scores a, Scores b, Flag... flags) {
        sessions.add(new Session(
                day(day),
                start,
                60,
                CaseFile.SessionFormat.IN_PERSON,
                Attendance.BOTH,
                signed,
                signed ? Instant.parse("2026-01-01T00:00:00Z") : null,
                signed ? "dana@example.org" : null,
                new PerPartner<>(a, b),
                List.of(flags),
                List.of(),
                null,
                new PerPartner<>(null, null),
                List.of()));
        return this;
    }

    /** Weekly signed sessions from day 0 with the given composites for A and B (same length). */
    CaseBuilder weekly(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            session(7 * i, a[i], b[i]);
        }
        return this;
    }

    /** {@code count} assignments for both partners due on {@code dueDay}, the first {@code doneA}/{@code doneB} done. */
    CaseBuilder homework(int dueDay, int count, int doneA, int doneB) {
        for (int i = 0; i < count; i++) {
            assignment(
                    dueDay,
                    Assignee.BOTH,
                    i < doneA ? Completion.DONE : Completion.NOT_DONE,
                    i < doneB ? Completion.DONE : Completion.NOT_DONE);
        }
        return this;
    }

    CaseBuilder assignment(int dueDay, Assignee assignee, Completion a, Completion b) {
        return assignment("connection-appointments", dueDay, assignee, a, b);
    }

    CaseBuilder assignment(String step, int dueDay, Assignee assignee, Completion a, Completion b) {
        homework.add(new Assignment(
                step,
                "Step " + step,
                null,
                null,
                List.of(),
                assignee,
                day(dueDay - 7),
                day(dueDay),
                null,
                new PerPartner<>(a, b),
                new PerPartner<>(null, null),
                null));
        return this;
    }

    CaseBuilder referral(ReferralType type, int day) {
        return referral(type, day, null);
    }

    /** A referral on {@code day} whose first attended session was on {@code firstSessionDay} (null: none yet). */
    CaseBuilder referral(ReferralType type, int day, Integer firstSessionDay) {
        referrals.add(
                new Referral(type, day(day), "Someone", null, firstSessionDay == null ? null : day(firstSessionDay)));
        return this;
    }

    CaseBuilder review(int day, SafetyOutcome outcome, boolean signed) {
        reviews.add(new SafetyReview(day(day), "dana@example.org", outcome, null, null, signed));
        return this;
    }

    CaseFile build() {
        Couple couple = new Couple(
                "C-TEST",
                DAY0,
                CoupleStatus.ACTIVE,
                List.of(),
                null,
                null,
                new PerPartner<>(
                        new Partner("Ana", null, null, null, null, null),
                        new Partner("Ben", null, null, null, null, null)),
                null,
                List.of(),
                null,
                null,
                referrals);
        return new CaseFile(
                CaseFile.FORMAT,
                CaseFile.FORMAT_VERSION,
                Instant.parse("2026-11-01T00:00:00Z"),
                couple,
                homework,
                sessions,
                reviews,
                List.of());
    }
}
