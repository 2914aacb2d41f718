package app.tandem.checkin;

import app.tandem.assessment.Measure;
import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditService;
import app.tandem.casefile.CaseFile.Completion;
import app.tandem.casefile.PartnerId;
import app.tandem.pdf.CrisisResources;
import app.tandem.practice.PracticeSettings;
import app.tandem.practice.PracticeSettingsService;
import app.tandem.security.LoginThrottle;
import app.tandem.text.ScoreAnchors;
import app.tandem.text.Texts;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner's side of a check-in link: nobody is signed in, the token is the only key. Every
 * look-up is rate-limited per client address and per link; every failure looks the same from
 * outside (an empty answer, the same neutral page) and writes nothing but a bounded audit row;
 * every use of a valid link is audited. Nothing this returns names the other partner or carries
 * their data (decisions 0100–0102).
 */
@Service
public class CheckInService {

    /** A link that opens: what the page may show, and nothing about the other partner. */
    public record Page(
            long linkId,
            PartnerId partner,
            String firstName,
            String practiceName,
            LocalDate date,
            int anchorsVersion,
            List<DueStep> steps,
            Optional<CheckInRecord> today,
            CrisisResources crisis) {

        public Page {
            steps = List.copyOf(steps);
        }
    }

    /** A homework step of this partner (their own or a joint one) due since the last session. */
    public record DueStep(long assignmentId, String title, LocalDate dueOn) {}

    public enum Saved {
        SAVED,
        ALREADY_REVIEWED,
        NOT_VALID
    }

    private final JdbcTemplate jdbc;
    private final PracticeSettingsService practice;
    private final LoginThrottle throttle;
    private final AuditService audit;
    private final CheckInReader reader;
    private final PartnerCalendar calendar;
    private final CheckInPause pause;
    private final Clock clock;
    private final int failuresPerAddress;
    private final int usesPerLink;

    CheckInService(
            JdbcTemplate jdbc,
            PracticeSettingsService practice,
            LoginThrottle throttle,
            AuditService audit,
            CheckInReader reader,
            PartnerCalendar calendar,
            CheckInPause pause,
            Clock clock,
            @Value("${tandem.check-in.max-invalid-per-address:20}") int failuresPerAddress,
            @Value("${tandem.check-in.max-uses-per-link:60}") int usesPerLink) {
        this.jdbc = jdbc;
        this.practice = practice;
        this.throttle = throttle;
        this.audit = audit;
        this.reader = reader;
        this.calendar = calendar;
        this.pause = pause;
        this.clock = clock;
        this.failuresPerAddress = failuresPerAddress;
        this.usesPerLink = usesPerLink;
    }

    /** Where a valid link leads. */
    public record Link(long id, long coupleId, PartnerId partner, String firstName) {}

    /**
     * The page a token opens, or empty for every kind of invalid token (unknown, altered, expired,
     * withdrawn, a closed couple, an erased partner, too many attempts from this address).
     */
    @Transactional
    public Optional<Page> open(String token, String address) {
        Optional<Link> link = resolve(token, address);
        if (link.isEmpty()) {
            return Optional.empty();
        }
        Link l = link.get();
        audit.record(AuditAction.CHECK_IN_OPENED, "CHECK_IN_LINK", l.id());
        jdbc.update(
                "UPDATE check_in_link SET last_used_at = ? WHERE check_in_link_id = ?",
                Timestamp.from(clock.instant()),
                l.id());
        return Optional.of(page(l));
    }

    /**
     * Saves today's check-in of the link's partner, or corrects it while the counselor has not
     * read it. An answer other than "safe" is stored in the same transaction, so the couple's
     * safety marker and the needs-attention entry exist as soon as this returns; a correction never
     * lowers an earlier answer of the same day (only a safety review lifts it).
     */
    @Transactional
    public Saved save(String token, String address, CheckInAnswers answers) {
        Optional<Link> link = resolve(token, address);
        if (link.isEmpty()) {
            return Saved.NOT_VALID;
        }
        Link l = link.get();
        validate(answers);
        // One writer per link at a time: the second waits here and then sees the first's row.
        jdbc.queryForList(
                "SELECT check_in_link_id FROM check_in_link WHERE check_in_link_id = ? FOR UPDATE", Long.class, l.id());
        LocalDate today = practice.today();
        List<Map<String, Object>> existing = jdbc.queryForList(
                "SELECT check_in_id, feels_safe, reviewed_at FROM check_in WHERE check_in_link_id = ? AND check_in_date = ?",
                l.id(),
                today);
        Timestamp now = Timestamp.from(clock.instant());
        FeelsSafe safe = answers.feelsSafe();
        long checkInId;
        if (existing.isEmpty()) {
            checkInId = insert(l, today, now, answers);
        } else {
            Map<String, Object> row = existing.get(0);
            if (row.get("reviewed_at") != null) {
                return Saved.ALREADY_REVIEWED;
            }
            checkInId = ((Number) row.get("check_in_id")).longValue();
            FeelsSafe before = FeelsSafe.valueOf((String) row.get("feels_safe"));
            if (before.ordinal() > safe.ordinal()) {
                safe = before;
            }
            update(checkInId, now, answers, safe);
        }
        insertHomework(checkInId, l, today, answers);
        audit.record(
                AuditAction.CHECK_IN_SAVED,
                "CHECK_IN",
                checkInId,
                AuditService.OK,
                "partner " + l.partner() + (existing.isEmpty() ? "" : ", corrected"));
        if (safe.raisesConcern()) {
            audit.record(
                    AuditAction.CHECK_IN_NOT_SAFE, "CHECK_IN", checkInId, AuditService.OK, "partner " + l.partner());
        }
        return Saved.SAVED;
    }

    /**
     * The link holder's calendar file (iCalendar text), or empty when the link is not valid or the
     * couple's joint work is paused (decision 0102); audited as a use of the link.
     */
    @Transactional
    public Optional<String> calendar(String token, String address) {
        Optional<Link> link = resolve(token, address);
        if (link.isEmpty() || pause.paused(link.get().coupleId())) {
            return Optional.empty();
        }
        audit.record(AuditAction.CHECK_IN_OPENED, "CHECK_IN_LINK", link.get().id(), AuditService.OK, "calendar file");
        return Optional.of(calendar.write(link.get().coupleId(), link.get().partner()));
    }

    /** Whether the page may offer the calendar file (no joint work paused), without saying why to the partner. */
    @Transactional(readOnly = true)
    public boolean calendarOffered(Page page) {
        Long coupleId = jdbc.queryForObject(
                "SELECT couple_id FROM check_in_link WHERE check_in_link_id = ?", Long.class, page.linkId());
        return coupleId != null && !pause.paused(coupleId);
    }

    /** The link a token stands for, with every check; each refusal counted against the address. */
    Optional<Link> resolve(String token, String address) {
        String who = "check-in address " + (address == null ? "" : address);
        if (!throttle.take(who + " uses", failuresPerAddress * 10)) {
            return refuse("too many requests");
        }
        if (!CheckInTokens.wellFormed(token)) {
            throttle.take(who, failuresPerAddress);
            return refuse("malformed");
        }
        if (throttle.isOver(who, failuresPerAddress)) {
            return refuse("too many invalid links from this address");
        }
        Optional<Link> link = lookup(token);
        if (link.isEmpty()) {
            throttle.take(who, failuresPerAddress);
            return refuse("unknown, expired or withdrawn");
        }
        if (!throttle.take("check-in link " + link.get().id(), usesPerLink)) {
            return refuse("too many uses of one link");
        }
        return link;
    }

    /** The valid link behind a token, without throttling (the 1,000-token test uses this too). */
    @Transactional(readOnly = true)
    public Optional<Link> lookup(String token) {
        if (!CheckInTokens.wellFormed(token)) {
            return Optional.empty();
        }
        List<Link> found = jdbc.query(
                """
                SELECT l.check_in_link_id, l.couple_id, l.partner, c.a_first_name, c.b_first_name
                  FROM check_in_link l JOIN couple c ON c.couple_id = l.couple_id
                 WHERE l.token_hash = ? AND l.revoked_at IS NULL AND l.expires_at > ? AND c.status <> 'CLOSED'
                   AND NOT EXISTS (SELECT 1 FROM partner_erasure e WHERE e.couple_id = l.couple_id AND e.partner = l.partner)
                """,
                (rs, n) -> {
                    PartnerId p = PartnerId.valueOf(rs.getString(3));
                    return new Link(rs.getLong(1), rs.getLong(2), p, rs.getString(p == PartnerId.A ? 4 : 5));
                },
                CheckInTokens.hash(token),
                Timestamp.from(clock.instant()));
        return found.stream().findFirst();
    }

    /** The day's first check-in through this link; returns its id. */
    private long insert(Link l, LocalDate today, Timestamp now, CheckInAnswers answers) {
        jdbc.update(
                "INSERT INTO check_in (check_in_link_id, couple_id, partner, check_in_date, submitted_at, updated_at, "
                        + "anchors_version, emotional_safety, reciprocal_effort, clear_communication, csi4, feels_safe, note) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                l.id(),
                l.coupleId(),
                l.partner().name(),
                today,
                now,
                now,
                ScoreAnchors.shared().current(),
                answers.emotionalSafety(),
                answers.reciprocalEffort(),
                answers.clearCommunication(),
                answers.csi4(),
                answers.feelsSafe().name(),
                blankToNull(answers.note()));
        return jdbc.queryForObject(
                "SELECT check_in_id FROM check_in WHERE check_in_link_id = ? AND check_in_date = ?",
                Long.class,
                l.id(),
                today);
    }

    /** A correction of the day's check-in; its homework answers are written again after. */
    private void update(long checkInId, Timestamp now, CheckInAnswers answers, FeelsSafe safe) {
        jdbc.update(
                "UPDATE check_in SET updated_at = ?, emotional_safety = ?, reciprocal_effort = ?, clear_communication = ?, "
                        + "csi4 = ?, feels_safe = ?, note = ?, version = version + 1 WHERE check_in_id = ?",
                now,
                answers.emotionalSafety(),
                answers.reciprocalEffort(),
                answers.clearCommunication(),
                answers.csi4(),
                safe.name(),
                blankToNull(answers.note()),
                checkInId);
        jdbc.update("DELETE FROM check_in_homework WHERE check_in_id = ?", checkInId);
    }

    /** The partner's answers about homework, for assignments due to them today only. */
    private void insertHomework(long checkInId, Link l, LocalDate today, CheckInAnswers answers) {
        List<Long> due = dueSteps(l, today).stream().map(DueStep::assignmentId).toList();
        for (Map.Entry<Long, Completion> e : answers.homework().entrySet()) {
            if (e.getValue() != null && due.contains(e.getKey())) {
                jdbc.update(
                        "INSERT INTO check_in_homework (check_in_id, homework_assignment_id, completion, reflection) "
                                + "VALUES (?, ?, ?, ?)",
                        checkInId,
                        e.getKey(),
                        e.getValue().name(),
                        blankToNull(answers.reflections().get(e.getKey())));
            }
        }
    }

    private Optional<Link> refuse(String why) {
        audit.recordAnonymous(AuditAction.CHECK_IN_LINK_REFUSED, "CHECK_IN_LINK", AuditService.DENIED, why);
        return Optional.empty();
    }

    private Page page(Link l) {
        PracticeSettings settings = practice.get();
        LocalDate today = practice.today();
        CrisisResources crisis =
                CrisisResources.of(Texts.shared(), settings.getCrisisRegion(), settings.getCrisisLines());
        Optional<CheckInRecord> todays = reader.onDay(l.id(), today);
        return new Page(
                l.id(),
                l.partner(),
                l.firstName(),
                settings.getPracticeName(),
                today,
                ScoreAnchors.shared().current(),
                dueSteps(l, today),
                todays,
                crisis);
    }

    /** This partner's steps (their own and joint ones) due after the last session and by today. */
    private List<DueStep> dueSteps(Link l, LocalDate today) {
        return jdbc.query(
                """
                SELECT h.homework_assignment_id, h.title, h.due_on FROM homework_assignment h
                 WHERE h.couple_id = ? AND h.assignee IN ('BOTH', ?) AND h.due_on <= ?
                   AND h.due_on > COALESCE((SELECT MAX(s.session_date) FROM counseling_session s
                                             WHERE s.couple_id = h.couple_id AND s.session_date <= ?), DATE '1000-01-01')
                 ORDER BY h.due_on, h.homework_assignment_id LIMIT 60
                """,
                (rs, n) -> new DueStep(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)),
                l.coupleId(),
                l.partner().name(),
                today,
                today);
    }

    private static void validate(CheckInAnswers a) {
        if (a.feelsSafe() == null) {
            throw new IllegalArgumentException("the safety question needs an answer");
        }
        Measure metric = Measure.EMOTIONAL_SAFETY; // the three metrics share one scale
        for (Integer score : new Integer[] {a.emotionalSafety(), a.reciprocalEffort(), a.clearCommunication()}) {
            if (score != null && (score < metric.min() || score > metric.max())) {
                throw new IllegalArgumentException("scores run from " + metric.min() + " to " + metric.max());
            }
        }
        if (a.csi4() != null && (a.csi4() < Measure.CSI4.min() || a.csi4() > Measure.CSI4.max())) {
            throw new IllegalArgumentException(
                    "the CSI-4 runs from " + Measure.CSI4.min() + " to " + Measure.CSI4.max());
        }
        if (a.note() != null && a.note().length() > CheckInAnswers.NOTE_MAX_LENGTH) {
            throw new IllegalArgumentException("the note is too long");
        }
        for (String r : a.reflections().values()) {
            if (r != null && r.length() > CheckInAnswers.REFLECTION_MAX_LENGTH) {
                throw new IllegalArgumentException("a reflection is too long");
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
