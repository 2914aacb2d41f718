package app.tandem.privacy;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditService;
import app.tandem.base.CurrentUser;
import app.tandem.base.TandemUser;
import app.tandem.base.ValidationFailure;
import app.tandem.casefile.CaseFile.AmendmentScope;
import app.tandem.casefile.PartnerId;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleChanged;
import app.tandem.couple.CoupleService;
import app.tandem.practice.PracticeSettingsService;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases one partner's identifying data and private content on their request (supervisors only):
 * the name becomes a pseudonym ("Partner B"); contact details, safe-contact preference,
 * homework reflections, private notes and private amendments are removed; kept report PDFs,
 * which print the name, are removed while their records stay. Signed joint notes, scores and
 * safety records stay for the other partner; text a note itself contains is not rewritten
 * (docs/decisions/0042). The erasure row is written first: it is what lets the database delete
 * that partner's private content of signed sessions.
 */
@Service
@PreAuthorize("hasRole('COUNSELOR')")
public class PartnerErasureService {

    /** When and by whom a partner was erased. */
    public record Erasure(PartnerId partner, LocalDate requestedOn, Instant erasedAt, String erasedBy) {}

    /** What an erasure removed, for the audit trail and the confirmation. */
    public record Removed(int reflections, int privateNotes, int privateAmendments, int reportPdfs) {}

    private final CoupleService couples;
    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final PracticeSettingsService practice;
    private final ApplicationEventPublisher events;
    private final EntityManager em;
    private final Clock clock;

    PartnerErasureService(
            CoupleService couples,
            JdbcTemplate jdbc,
            CurrentUser currentUser,
            AuditService audit,
            PracticeSettingsService practice,
            ApplicationEventPublisher events,
            EntityManager em,
            Clock clock) {
        this.couples = couples;
        this.jdbc = jdbc;
        this.em = em;
        this.currentUser = currentUser;
        this.audit = audit;
        this.practice = practice;
        this.events = events;
        this.clock = clock;
    }

    /** The erasures recorded for a couple, A before B. */
    @Transactional(readOnly = true)
    public List<Erasure> erasures(long coupleId) {
        couples.require(coupleId);
        return jdbc.query(
                "SELECT partner, requested_on, erased_at, erased_by FROM partner_erasure WHERE couple_id = ? "
                        + "ORDER BY partner",
                (rs, i) -> new Erasure(
                        PartnerId.valueOf(rs.getString(1)),
                        rs.getDate(2).toLocalDate(),
                        Utc.instant(rs, 3),
                        rs.getString(4)),
                coupleId);
    }

    /** Erases {@code partner}'s identifying data and private content; refused (and audited) for counselors. */
    @Transactional
    public Removed erase(long coupleId, PartnerId partner, LocalDate requestedOn) {
        Couple couple = couples.require(coupleId);
        TandemUser user = currentUser.require();
        if (!user.isSupervisor()) {
            audit.recordDenied("COUPLE", couple.getReference(), "erasing a partner needs a supervisor");
            throw new AccessDeniedException("Only a supervisor can erase a partner's data.");
        }
        checkRequest(coupleId, partner, requestedOn);
        Instant now = clock.instant();
        jdbc.update(
                "INSERT INTO partner_erasure (couple_id, partner, requested_on, erased_at, erased_by) VALUES (?, ?, ?, ?, ?)",
                coupleId,
                partner.name(),
                requestedOn,
                Utc.of(now),
                user.email());
        blankIdentity(coupleId, partner);
        String p = partner.name().toLowerCase();
        int reflections = jdbc.update(
                "UPDATE homework_assignment SET reflection_" + p + " = NULL, version = version + 1 "
                        + "WHERE couple_id = ? AND reflection_" + p + " IS NOT NULL",
                coupleId);
        int notes = jdbc.update(
                "DELETE FROM session_private_note WHERE partner = ? AND counseling_session_id IN "
                        + "(SELECT counseling_session_id FROM counseling_session WHERE couple_id = ?)",
                partner.name(),
                coupleId);
        int amendments = jdbc.update(
                "DELETE FROM session_amendment WHERE scope = ? AND counseling_session_id IN "
                        + "(SELECT counseling_session_id FROM counseling_session WHERE couple_id = ?)",
                AmendmentScope.privateTo(partner).name(),
                coupleId);
        // The partner's safety screenings are their private content too (what they said alone).
        int screens =
                jdbc.update("DELETE FROM ipv_screen WHERE couple_id = ? AND partner = ?", coupleId, partner.name());
        reflections += eraseCheckInWordsAndCloseLink(coupleId, partner);
        int pdfs = jdbc.update(
                "UPDATE progress_report SET pdf = NULL, pdf_removed_at = ? WHERE couple_id = ? AND pdf IS NOT NULL",
                Utc.of(now),
                coupleId);
        // The rows changed under the persistence context: what is read next comes from the database.
        em.clear();
        Removed removed = new Removed(reflections, notes, amendments, pdfs);
        audit.record(
                AuditAction.PARTNER_ERASED,
                "COUPLE",
                couple.getReference(),
                AuditService.OK,
                "partner=" + partner + " requestedOn=" + requestedOn + " reflections=" + reflections + " privateNotes="
                        + notes + " privateAmendments=" + amendments + " ipvScreens=" + screens + " reportPdfs="
                        + pdfs);
        events.publishEvent(new CoupleChanged(coupleId));
        return removed;
    }

    private void checkRequest(long coupleId, PartnerId partner, LocalDate requestedOn) {
        if (partner == null) {
            throw new ValidationFailure("partner", "Choose the partner whose data is erased.");
        }
        if (requestedOn == null) {
            throw new ValidationFailure("requestedOn", "Enter the date the request was received.");
        }
        if (requestedOn.isAfter(practice.today())) {
            throw new ValidationFailure("requestedOn", "The request cannot be dated in the future.");
        }
        if (erasureOf(coupleId, partner).isPresent()) {
            throw new ValidationFailure("partner", "Partner " + partner + "'s data was erased already.");
        }
    }

    /** The partner's name becomes "Partner A" or "Partner B"; their contact details go. */
    private void blankIdentity(long coupleId, PartnerId partner) {
        String p = partner.name().toLowerCase();
        // The version moves on, so a form still holding the old details cannot save them back.
        jdbc.update(
                "UPDATE couple SET " + p + "_first_name = 'Partner', " + p + "_last_name = ?, " + p
                        + "_pronouns = NULL, "
                        + p + "_email = NULL, " + p + "_phone = NULL, " + p + "_safe_email = NULL, " + p
                        + "_safe_phone = NULL, "
                        + p + "_safe_note = NULL, version = version + 1 WHERE couple_id = ?",
                partner.name(),
                coupleId);
    }

    /**
     * The partner's own words in check-ins go like their homework reflections; their link opens
     * nothing from now on (decision 0100). Scores and the safety answer stay, as session records
     * do. Returns how many texts were removed.
     */
    private int eraseCheckInWordsAndCloseLink(long coupleId, PartnerId partner) {
        int words = jdbc.update(
                "UPDATE check_in_homework SET reflection = NULL WHERE reflection IS NOT NULL AND check_in_id IN "
                        + "(SELECT check_in_id FROM check_in WHERE couple_id = ? AND partner = ?)",
                coupleId,
                partner.name());
        words += jdbc.update(
                "UPDATE check_in SET note = NULL, version = version + 1 WHERE couple_id = ? AND partner = ? "
                        + "AND note IS NOT NULL",
                coupleId,
                partner.name());
        jdbc.update(
                "UPDATE check_in_link SET revoked_at = ? WHERE couple_id = ? AND partner = ? AND revoked_at IS NULL",
                Timestamp.from(clock.instant()),
                coupleId,
                partner.name());
        return words;
    }

    private Optional<Erasure> erasureOf(long coupleId, PartnerId partner) {
        return jdbc
                .query(
                        "SELECT partner, requested_on, erased_at, erased_by FROM partner_erasure WHERE couple_id = ? AND partner = ?",
                        (rs, i) ->
                                new Erasure(partner, rs.getDate(2).toLocalDate(), Utc.instant(rs, 3), rs.getString(4)),
                        coupleId,
                        partner.name())
                .stream()
                .findFirst();
    }
}
