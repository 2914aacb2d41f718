package app.tandem.attention;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Attendance;
import app.tandem.casefile.CaseFile.ScreenConclusion;
import app.tandem.casefile.PartnerId;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import app.tandem.intake.IntakeService;
import app.tandem.security.Counselor;
import app.tandem.session.SessionContent;
import app.tandem.session.SessionService;
import app.tandem.support.Fixtures;
import app.tandem.support.MutableClock;
import app.tandem.support.TandemTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The gentle prompt on "Needs attention" (not an assessment rule): in an active couple's first
 * four weeks, a partner not yet seen alone or not yet screened for partner violence.
 */
@TandemTest
class IntakePromptTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    NeedsAttentionService attention;

    @Autowired
    CoupleService couples;

    @Autowired
    SessionService sessions;

    @Autowired
    IntakeService intake;

    @Autowired
    MutableClock clock;

    Counselor dana;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        dana = fixtures.counselor("Dana Whitfield");
        fixtures.loginAs(dana);
        today = fixtures.today();
    }

    @Test
    void a_new_couple_is_prompted_until_each_partner_was_seen_alone_and_screened() {
        Couple c = couples.create(Fixtures.details("Ana", "Lopez", "Ben", "Okoro", today.minusDays(3)));
        assertThat(text(c))
                .isEqualTo("Early weeks: not yet seen alone: partners A and B; no IPV screen yet: partners A and B");

        alone(c, Attendance.A);
        screen(c, PartnerId.A);
        assertThat(text(c)).isEqualTo("Early weeks: not yet seen alone: partner B; no IPV screen yet: partner B");

        alone(c, Attendance.B);
        assertThat(text(c)).isEqualTo("Early weeks: no IPV screen yet: partner B");

        screen(c, PartnerId.B);
        assertThat(row(c)).isNull();
    }

    @Test
    void the_prompt_is_ranked_last_counted_and_filterable() {
        Couple early = couples.create(Fixtures.details("Ana", "Lopez", "Ben", "Okoro", today.minusDays(3)));
        Couple drafts = couples.create(Fixtures.details("Cleo", "Dunmore", "Femi", "Hartmoor", today.minusDays(3)));
        alone(drafts, Attendance.A);
        alone(drafts, Attendance.B);
        screen(drafts, PartnerId.A);
        screen(drafts, PartnerId.B);
        sessions.createDraft(drafts.getId(), content(Attendance.BOTH));
        clock.advance(Duration.ofHours(49));

        List<AttentionRow> all = attention.page(AttentionFilter.all(), 0, 50);
        assertThat(all).extracting(AttentionRow::coupleId).containsExactly(drafts.getId(), early.getId());
        assertThat(attention.counts(null).of(AttentionCategory.INTAKE_OPEN)).isEqualTo(1);
        assertThat(attention.page(AttentionFilter.only(AttentionCategory.INTAKE_OPEN), 0, 50))
                .extracting(AttentionRow::coupleId)
                .containsExactly(early.getId());
    }

    @Test
    void the_prompt_ends_after_the_first_four_weeks_and_never_shows_for_a_paused_couple() {
        Couple early = couples.create(
                Fixtures.details("Ana", "Lopez", "Ben", "Okoro", today.minusDays(NeedsAttentionService.EARLY_DAYS)));
        Couple older = couples.create(Fixtures.details(
                "Ines", "Juniper", "Kaia", "Larchmont", today.minusDays(NeedsAttentionService.EARLY_DAYS + 1)));
        Couple paused = couples.create(Fixtures.details("Mara", "Northcote", "Nico", "Oakhurst", today.minusDays(3)));
        couples.changeStatus(
                paused.getId(),
                couples.require(paused.getId()).getVersion(),
                new CoupleService.StatusChange(CaseFile.CoupleStatus.PAUSED, "Both away", null, null, null, null));

        assertThat(reasons(early)).contains(AttentionCategory.INTAKE_OPEN);
        assertThat(reasons(older)).doesNotContain(AttentionCategory.INTAKE_OPEN);
        assertThat(reasons(paused)).doesNotContain(AttentionCategory.INTAKE_OPEN);
    }

    private void alone(Couple c, Attendance who) {
        sessions.createDraft(c.getId(), content(who));
    }

    private void screen(Couple c, PartnerId p) {
        intake.recordScreen(
                c.getId(),
                p,
                new IntakeService.ScreenRequest(today, Map.of(), Map.of(), ScreenConclusion.DECLINED, null));
    }

    private SessionContent content(Attendance attendance) {
        return new SessionContent(
                today,
                LocalTime.of(9, 0),
                50,
                CaseFile.SessionFormat.IN_PERSON,
                attendance,
                new CaseFile.Note("Seen.", null, null, null),
                null,
                null,
                Set.of(),
                Set.of(),
                null,
                null);
    }

    private AttentionRow row(Couple c) {
        return attention.page(AttentionFilter.all(), 0, 50).stream()
                .filter(r -> r.coupleId() == c.getId())
                .findFirst()
                .orElse(null);
    }

    private List<AttentionCategory> reasons(Couple c) {
        AttentionRow r = row(c);
        return r == null
                ? List.of()
                : r.reasons().stream().map(AttentionReason::category).toList();
    }

    private String text(Couple c) {
        return row(c).reasons().stream()
                .filter(r -> r.category() == AttentionCategory.INTAKE_OPEN)
                .findFirst()
                .orElseThrow()
                .text();
    }
}
