package app.tandem.pdf;

import app.tandem.assessment.Assessment;
import app.tandem.assessment.AssessmentEngine;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Amendment;
import app.tandem.casefile.CaseFile.Assignee;
import app.tandem.casefile.CaseFile.Assignment;
import app.tandem.casefile.CaseFile.Attendance;
import app.tandem.casefile.CaseFile.Audience;
import app.tandem.casefile.CaseFile.Completion;
import app.tandem.casefile.CaseFile.CoupleStatus;
import app.tandem.casefile.CaseFile.Flag;
import app.tandem.casefile.CaseFile.Note;
import app.tandem.casefile.CaseFile.Partner;
import app.tandem.casefile.CaseFile.Pitfall;
import app.tandem.casefile.CaseFile.Scores;
import app.tandem.casefile.CaseFile.Series;
import app.tandem.casefile.CaseFile.Session;
import app.tandem.casefile.CaseFileReader;
import app.tandem.casefile.PerPartner;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Case files, requests and text extraction for the renderer tests and the benchmark. */
final class ReportFixtures {

    static final Path EXAMPLES = Path.of("seeds/examples");
    static final Instant GENERATED_AT = Instant.parse("2026-12-01T10:15:00Z");

    private ReportFixtures() {}

    static CaseFile example(String name) {
        try {
            return CaseFileReader.read(EXAMPLES.resolve(name + ".json"));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read example " + name, e);
        }
    }

    /** The assessment the command line would make: as of the latest session. */
    static Assessment assess(CaseFile file) {
        return AssessmentEngine.assess(
                file, AssessmentEngine.latestSessionDate(file).orElseThrow());
    }

    static ReportRequest request(CaseFile file, Audience audience) {
        return ReportRequest.of(file, assess(file), audience, PracticeInfo.DEFAULT, GENERATED_AT);
    }

    /** The text of a PDF as PDFBox reads it, sorted by position, whitespace runs folded to one space. */
    static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return oneLine(stripper.getText(doc));
        } catch (Exception e) {
            throw new IllegalStateException("not a readable PDF", e);
        }
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /**
     * {@code file} with a private note for each partner, an amendment and note text on every
     * session, each with a marker no report may print.
     */
    static CaseFile withConfidentialText(CaseFile file) {
        List<Session> sessions = new ArrayList<>();
        int i = 0;
        for (Session s : file.sessions()) {
            i++;
            sessions.add(new Session(
                    s.date(),
                    s.startTime(),
                    s.durationMinutes(),
                    s.format(),
                    s.attendance(),
                    s.signed(),
                    s.signedAt(),
                    s.signedBy(),
                    s.scores(),
                    s.flags(),
                    s.pitfalls(),
                    new Note(
                            "Observation marker zebra " + i,
                            "Intervention marker walrus " + i,
                            "Homework review marker otter " + i,
                            "Plan marker heron " + i),
                    new PerPartner<>(
                            "Private marker alpha " + i + ": told the counselor alone",
                            "Private marker bravo " + i + ": kept from the partner"),
                    List.of(new Amendment(
                            Instant.parse("2026-12-01T09:00:00Z"),
                            "dana@example.org",
                            "Amendment reason marker kestrel " + i,
                            "Amendment text marker lynx " + i))));
        }
        return new CaseFile(
                file.format(),
                file.formatVersion(),
                file.exportedAt(),
                file.couple(),
                file.homework(),
                sessions,
                file.safetyReviews(),
                file.reports());
    }

    /** {@code file} with the flags of every session that carries a safety flag replaced by {@code flags}. */
    static CaseFile withSafetyFlags(CaseFile file, Flag... flags) {
        List<Session> sessions = new ArrayList<>();
        for (Session s : file.sessions()) {
            sessions.add(
                    !s.hasSafetyFlag()
                            ? s
                            : new Session(
                                    s.date(),
                                    s.startTime(),
                                    s.durationMinutes(),
                                    s.format(),
                                    s.attendance(),
                                    s.signed(),
                                    s.signedAt(),
                                    s.signedBy(),
                                    s.scores(),
                                    List.of(flags),
                                    s.pitfalls(),
                                    s.note(),
                                    s.privateNotes(),
                                    s.amendments()));
        }
        return new CaseFile(
                file.format(),
                file.formatVersion(),
                file.exportedAt(),
                file.couple(),
                file.homework(),
                sessions,
                file.safetyReviews(),
                file.reports());
    }

    /** The markers {@link #withConfidentialText} adds, without their session numbers. */
    static final List<String> NOTE_MARKERS = List.of(
            "Observation marker zebra",
            "Intervention marker walrus",
            "Homework review marker otter",
            "Plan marker heron",
            "Amendment reason marker kestrel",
            "Amendment text marker lynx");

    static final List<String> PRIVATE_MARKERS = List.of("Private marker alpha", "Private marker bravo");

    /**
     * A synthetic couple with {@code sessions} weekly signed sessions (both partners scored, a CSI-4
     * every fourth session, a flag and a pitfall now and then) and {@code assignments} assignments,
     * the shape of benchmark B3.
     */
    static CaseFile syntheticCouple(int sessions, int assignments) {
        LocalDate start = LocalDate.of(2026, 1, 5);
        PerPartner<Partner> partners = new PerPartner<>(
                new Partner("Alexandra", "Okonkwo-Lindqvist", "she/her", null, null, null),
                new Partner("Sam", "Chen", "he/him", null, null, null));
        CaseFile.Couple couple = new CaseFile.Couple(
                "B3-0026",
                start,
                CoupleStatus.ACTIVE,
                List.of(),
                null,
                new CaseFile.Counselor("Dana Whitfield", "dana@example.org"),
                partners,
                null,
                List.of("Weekly protected time"),
                null,
                0,
                List.of());
        List<Session> list = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            Scores a = new Scores(
                    clamp(3 + i / 4), clamp(4 + i / 5), clamp(3 + (i % 3) + i / 6), i % 4 == 0 ? 8 + i / 3 : null);
            Scores b = new Scores(
                    clamp(4 + i / 5), clamp(3 + (i % 2) + i / 4), clamp(4 + i / 7), i % 4 == 0 ? 9 + i / 4 : null);
            List<Flag> flags = i % 9 == 4 ? List.of(Flag.CONTEMPT) : List.of();
            List<Pitfall> pitfalls = i % 7 == 3 ? List.of(Pitfall.SILENCE_AS_AGREEMENT) : List.of();
            list.add(new Session(
                    start.plusWeeks(i),
                    LocalTime.of(17, 0),
                    60,
                    CaseFile.SessionFormat.IN_PERSON,
                    Attendance.BOTH,
                    true,
                    null,
                    "dana@example.org",
                    new PerPartner<>(a, b),
                    flags,
                    pitfalls,
                    new Note("Observed", null, null, null),
                    PerPartner.both(null),
                    List.of()));
        }
        String[][] steps = {
            {"create-space", "Create space, not pressure"},
            {"connection-appointments", "Connection appointment"},
            {"soft-startup", "Soft start-up"},
            {"appreciation", "Daily appreciation"}
        };
        LocalDate lastSession = start.plusWeeks(sessions - 1L);
        List<Assignment> homework = new ArrayList<>();
        for (int i = 0; i < assignments; i++) {
            String[] step = steps[i % steps.length];
            LocalDate due = lastSession.minusDays(2L * (assignments - i));
            Completion ca = i % 5 == 0 ? Completion.PARTIAL : Completion.DONE;
            Completion cb = i % 3 == 0 ? Completion.NOT_DONE : Completion.DONE;
            homework.add(new Assignment(
                    step[0],
                    step[1],
                    null,
                    null,
                    List.of(),
                    Assignee.BOTH,
                    due.minusDays(6),
                    due,
                    i % steps.length == 1 ? new Series("S1", CaseFile.Frequency.WEEKLY) : null,
                    new PerPartner<>(ca, cb),
                    PerPartner.both(null),
                    null));
        }
        return new CaseFile(
                CaseFile.FORMAT,
                CaseFile.FORMAT_VERSION,
                Instant.parse("2026-12-01T09:00:00Z"),
                couple,
                homework,
                list,
                List.of(),
                List.of());
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(10, v));
    }
}
