package app.tandem.checkin;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditService;
import app.tandem.base.CurrentUser;
import app.tandem.base.NotFoundException;
import app.tandem.base.ValidationFailure;
import app.tandem.casefile.PartnerId;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import app.tandem.practice.PracticeSettingsService;
import app.tandem.text.Texts;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counselor's side of check-in links: make one for a partner (which withdraws that partner's
 * earlier one), withdraw it, see whether one is valid, read the partner's check-ins and mark them
 * read. Access is checked here, per couple, like every other feature (decision 0100).
 */
@Service
@PreAuthorize("hasRole('COUNSELOR')")
public class CheckInLinkService {

    /** A link just made: the token is in it only now, never stored. */
    public record NewLink(long id, PartnerId partner, String token, Instant expiresAt) {

        public String path() {
            return "c/" + token;
        }
    }

    /** A partner's currently valid link, without its token. */
    public record LinkStatus(long id, PartnerId partner, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {}

    private final JdbcTemplate jdbc;
    private final CoupleService couples;
    private final PracticeSettingsService practice;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final CheckInReader reader;
    private final CheckInPause pause;
    private final PartnerCalendar calendar;
    private final Clock clock;

    CheckInLinkService(
            JdbcTemplate jdbc,
            CoupleService couples,
            PracticeSettingsService practice,
            CurrentUser currentUser,
            AuditService audit,
            CheckInReader reader,
            CheckInPause pause,
            PartnerCalendar calendar,
            Clock clock) {
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.couples = couples;
        this.practice = practice;
        this.currentUser = currentUser;
        this.audit = audit;
        this.reader = reader;
        this.pause = pause;
        this.clock = clock;
    }

    @Transactional
    public NewLink create(long coupleId, PartnerId partner) {
        Couple couple = couples.require(coupleId);
        withdraw(couple, partner);
        String token = CheckInTokens.newToken();
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofDays(practice.get().getCheckInLinkDays()));
        jdbc.update(
                "INSERT INTO check_in_link (couple_id, partner, token_hash, created_at, created_by, expires_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                coupleId,
                partner.name(),
                CheckInTokens.hash(token),
                Timestamp.from(now),
                currentUser.require().id(),
                Timestamp.from(expires));
        long id = jdbc.queryForObject(
                "SELECT check_in_link_id FROM check_in_link WHERE token_hash = ?",
                Long.class,
                CheckInTokens.hash(token));
        audit.record(
                AuditAction.CHECK_IN_LINK_CREATED,
                "CHECK_IN_LINK",
                id,
                AuditService.OK,
                "couple " + couple.getReference() + ", partner " + partner);
        return new NewLink(id, partner, token, expires);
    }

    /** Withdraws the partner's valid link, if any: it opens nothing from now on. */
    @Transactional
    public void revoke(long coupleId, PartnerId partner) {
        withdraw(couples.require(coupleId), partner);
    }

    private void withdraw(Couple couple, PartnerId partner) {
        Timestamp now = Timestamp.from(clock.instant());
        List<Long> ids = jdbc.queryForList(
                "SELECT check_in_link_id FROM check_in_link WHERE couple_id = ? AND partner = ? "
                        + "AND revoked_at IS NULL AND expires_at > ?",
                Long.class,
                couple.getId(),
                partner.name(),
                now);
        for (Long id : ids) {
            jdbc.update(
                    "UPDATE check_in_link SET revoked_at = ?, revoked_by = ? WHERE check_in_link_id = ?",
                    now,
                    currentUser.require().id(),
                    id);
            audit.record(
                    AuditAction.CHECK_IN_LINK_REVOKED,
                    "CHECK_IN_LINK",
                    id,
                    AuditService.OK,
                    "couple " + couple.getReference() + ", partner " + partner);
        }
    }

    @Transactional(readOnly = true)
    public Optional<LinkStatus> active(long coupleId, PartnerId partner) {
        couples.require(coupleId);
        return jdbc
                .query(
                        "SELECT check_in_link_id, created_at, expires_at, last_used_at FROM check_in_link WHERE couple_id = ? "
                                + "AND partner = ? AND revoked_at IS NULL AND expires_at > ? ORDER BY created_at DESC LIMIT 1",
                        (rs, n) -> new LinkStatus(
                                rs.getLong(1),
                                partner,
                                rs.getTimestamp(2).toInstant(),
                                rs.getTimestamp(3).toInstant(),
                                rs.getTimestamp(4) == null
                                        ? null
                                        : rs.getTimestamp(4).toInstant()),
                        coupleId,
                        partner.name(),
                        Timestamp.from(clock.instant()))
                .stream()
                .findFirst();
    }

    /** One partner's check-ins, oldest first: shown per partner, never side by side. */
    @Transactional(readOnly = true)
    public List<CheckInRecord> checkIns(long coupleId, PartnerId partner) {
        couples.require(coupleId);
        return reader.ofCouple(coupleId, partner);
    }

    /** Both partners' check-ins, for the counselor's own charts and tables. */
    @Transactional(readOnly = true)
    public List<CheckInRecord> allCheckIns(long coupleId) {
        couples.require(coupleId);
        return reader.ofCouple(coupleId, null);
    }

    /** The counselor has read the check-in: from now on the partner can no longer correct it. */
    @Transactional
    public void markReviewed(long checkInId) {
        Long coupleId = jdbc
                .query("SELECT couple_id FROM check_in WHERE check_in_id = ?", (rs, n) -> rs.getLong(1), checkInId)
                .stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("The check-in"));
        couples.require(coupleId);
        jdbc.update(
                "UPDATE check_in SET reviewed_at = ?, reviewed_by = ? WHERE check_in_id = ? AND reviewed_at IS NULL",
                Timestamp.from(clock.instant()),
                currentUser.require().id(),
                checkInId);
        audit.record(AuditAction.CHECK_IN_REVIEWED, "CHECK_IN", checkInId);
    }

    /**
     * A partner's calendar file (iCalendar text) for the counselor to hand over.
     *
     * @throws ValidationFailure while joint work is paused (decision 0102)
     */
    @Transactional
    public String calendar(long coupleId, PartnerId partner) {
        Couple couple = couples.require(coupleId);
        if (pause.paused(coupleId)) {
            throw new ValidationFailure("calendar", Texts.shared().get("checkIn.paused"));
        }
        audit.record(
                AuditAction.CALENDAR_FILE_DOWNLOADED,
                "COUPLE",
                couple.getReference(),
                AuditService.OK,
                "partner " + partner);
        return calendar.write(coupleId, partner);
    }

    /** Whether a check-in's "not safe" or "not sure" holds joint work until a safety review. */
    @Transactional(readOnly = true)
    public boolean paused(long coupleId) {
        couples.require(coupleId);
        return pause.paused(coupleId);
    }
}
