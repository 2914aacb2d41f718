package app.tandem.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditEventRepository;
import app.tandem.base.NotFoundException;
import app.tandem.base.ValidationFailure;
import app.tandem.casefile.CaseFile.CoupleStatus;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import app.tandem.security.Counselor;
import app.tandem.support.DatabaseDump;
import app.tandem.support.EveryRecordCouple;
import app.tandem.support.Fixtures;
import app.tandem.support.MutableClock;
import app.tandem.support.TandemTest;
import app.tandem.transfer.CaseFileTransferService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@TandemTest
class RetentionTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    CaseFileTransferService transfer;

    @Autowired
    CoupleService couples;

    @Autowired
    RetentionService retention;

    @Autowired
    AuditEventRepository audit;

    @Autowired
    DataSource dataSource;

    @Autowired
    MutableClock clock;

    Counselor dana;
    Counselor robin;
    Couple closed;
    Couple active;

    @BeforeEach
    void setUp() throws Exception {
        fixtures.reset();
        dana = fixtures.counselor("Dana Whitfield");
        robin = fixtures.supervisor("Robin Okafor");
        closed = fixtures.importAs(dana, EveryRecordCouple.json());
        couples.changeStatus(
                closed.getId(),
                couples.require(closed.getId()).getVersion(),
                new CoupleService.StatusChange(
                        CoupleStatus.CLOSED,
                        "Work ended by agreement",
                        "Closing summary of the work together.",
                        null,
                        null,
                        null));
        active = fixtures.couple(dana, "Ines", "Kowalczyk", "Kai", "Brennan");
    }

    private List<String> dueReferences() {
        return retention.due(0, 50).stream()
                .map(RetentionService.Due::reference)
                .toList();
    }

    @Test
    void a_closed_couple_is_due_the_day_after_the_seventh_anniversary_of_closing() {
        fixtures.loginAs(robin);
        record Day(String at, boolean due) {}
        for (Day day : List.of(
                new Day("2026-11-28T23:00:00Z", false),
                new Day("2033-11-27T10:00:00Z", false),
                new Day("2033-11-28T23:59:00Z", false),
                new Day("2033-11-29T00:00:00Z", true),
                new Day("2040-01-01T00:00:00Z", true))) {
            clock.set(Instant.parse(day.at()));
            assertThat(dueReferences()).as(day.at()).isEqualTo(day.due() ? List.of(closed.getReference()) : List.of());
            assertThat(retention.countDue()).isEqualTo(day.due() ? 1 : 0);
        }
    }

    @Test
    void the_retention_period_is_a_practice_setting() {
        fixtures.loginAs(robin);
        new JdbcTemplate(dataSource).update("UPDATE practice_settings SET retention_years = 2");
        clock.set(Instant.parse("2028-11-29T08:00:00Z"));
        assertThat(dueReferences()).containsExactly(closed.getReference());
        assertThat(retention.keptSince()).isEqualTo(LocalDate.of(2026, 11, 29));
    }

    @Test
    void a_destroyed_couple_leaves_only_its_tombstone_and_the_audit_trail() {
        fixtures.loginAs(robin);
        clock.set(Instant.parse("2034-01-10T09:00:00Z"));
        assertThatThrownBy(() -> retention.destroy(closed.getId(), "C-9999"))
                .isInstanceOf(ValidationFailure.class)
                .hasMessageContaining(closed.getReference());
        assertThatThrownBy(() -> retention.destroy(active.getId(), active.getReference()))
                .isInstanceOf(NotFoundException.class);

        RetentionService.Tombstone tombstone =
                retention.destroy(closed.getId(), closed.getReference().toLowerCase());

        assertThat(tombstone.reference()).isEqualTo(closed.getReference());
        assertThat(tombstone.closedOn()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(tombstone.intakeDate()).isEqualTo(LocalDate.of(2026, 8, 3));
        assertThat(tombstone.destroyedBy()).isEqualTo(robin.getEmail());
        assertThat(retention.tombstones(0, 10)).containsExactly(tombstone);
        assertThat(rowsReferring(closed.getId())).isEmpty();
        assertThat(rowsReferring(active.getId())).isNotEmpty();

        String dump = DatabaseDump.of(dataSource);
        Stream.of(
                        EveryRecordCouple.A_STRINGS,
                        EveryRecordCouple.B_STRINGS,
                        EveryRecordCouple.JOINT_STRINGS,
                        EveryRecordCouple.NEVER_STRINGS,
                        List.of(
                                "Safety plan: code word and a packed bag at a neighbour's",
                                "Closing summary of the work together.",
                                "Work ended by agreement"))
                .flatMap(List::stream)
                .filter(s -> !s.matches("[A-Z_]+"))
                .forEach(s -> assertThat(dump).as(s).doesNotContain(s));
        assertThat(dump.lines().filter(l -> l.contains(closed.getReference())))
                .allSatisfy(l -> assertThat(l).matches("^(couple_tombstone|audit_event): .*"))
                .anySatisfy(l -> assertThat(l).startsWith("couple_tombstone: "));
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.COUPLE_DESTROYED))
                .singleElement()
                .satisfies(e -> assertThat(e.getObjectId()).isEqualTo(closed.getReference()));
        assertThatThrownBy(() -> couples.require(closed.getId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_tombstone_can_be_neither_changed_nor_deleted() {
        fixtures.loginAs(robin);
        clock.set(Instant.parse("2034-01-10T09:00:00Z"));
        retention.destroy(closed.getId(), closed.getReference());
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        assertThatThrownBy(() -> jdbc.update("UPDATE couple_tombstone SET destroyed_by = 'someone else'"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("tombstone");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM couple_tombstone"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("tombstone");
        assertThat(retention.countTombstones()).isEqualTo(1);
    }

    @Test
    void counselors_are_refused_the_list_and_the_destruction_and_the_refusal_is_audited() {
        clock.set(Instant.parse("2034-01-10T09:00:00Z"));
        assertThatThrownBy(() -> retention.due(0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> retention.destroy(closed.getId(), closed.getReference()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.ACCESS_DENIED)).hasSize(2);
        assertThat(audit.findByActionOrderByIdAsc(AuditAction.COUPLE_DESTROYED)).isEmpty();
        assertThat(couples.require(closed.getId())).isNotNull();
    }

    /** Every row of every table with a couple_id column that refers to the couple. */
    private List<String> rowsReferring(long coupleId) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<String> rows = new ArrayList<>();
        for (String table : jdbc.queryForList(
                "SELECT table_name FROM information_schema.columns WHERE table_schema = DATABASE() "
                        + "AND column_name = 'couple_id'",
                String.class)) {
            Integer n = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM " + table + " WHERE couple_id = ?", Integer.class, coupleId);
            if (n != null && n > 0) {
                rows.add(table + ": " + n);
            }
        }
        return rows;
    }
}
