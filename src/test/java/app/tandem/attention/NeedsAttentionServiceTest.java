package app.tandem.attention;

import static app.tandem.attention.AttentionCategory.ACTIVE_SAFETY;
import static app.tandem.attention.AttentionCategory.CHECKIN_NOT_SAFE;
import static app.tandem.attention.AttentionCategory.CHECKIN_TO_REVIEW;
import static app.tandem.attention.AttentionCategory.ESCALATION;
import static app.tandem.attention.AttentionCategory.NOT_ACTED_ON;
import static app.tandem.attention.AttentionCategory.NO_RECENT_SESSION;
import static app.tandem.attention.AttentionCategory.OVERDUE_HOMEWORK;
import static app.tandem.attention.AttentionCategory.PARTNERS_DIVERGE;
import static app.tandem.attention.AttentionCategory.UNSIGNED_DRAFTS;
import static app.tandem.attention.AttentionCategory.UNSIGNED_SAFETY;
import static app.tandem.attention.AttentionCategory.URGENT;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Flag;
import app.tandem.casefile.CaseFile.SafetyOutcome;
import app.tandem.casefile.CaseFile.Scores;
import app.tandem.casefile.PartnerId;
import app.tandem.casefile.Recommendation;
import app.tandem.checkin.CheckInAnswers;
import app.tandem.checkin.CheckInLinkService;
import app.tandem.checkin.CheckInRecord;
import app.tandem.checkin.CheckInService;
import app.tandem.checkin.FeelsSafe;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import app.tandem.guide.GuideService;
import app.tandem.homework.HomeworkAssignment;
import app.tandem.homework.HomeworkService;
import app.tandem.report.ReportService;
import app.tandem.security.Counselor;
import app.tandem.session.CounselingSession;
import app.tandem.session.SessionContent;
import app.tandem.session.SessionService;
import app.tandem.support.Fixtures;
import app.tandem.support.MutableClock;
import app.tandem.support.TandemTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

@TandemTest
class NeedsAttentionServiceTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    NeedsAttentionService attention;

    @Autowired
    CoupleService couples;

    @Autowired
    SessionService sessions;

    @Autowired
    HomeworkService homework;

    @Autowired
    GuideService guide;

    @Autowired
    ReportService reports;

    @Autowired
    CheckInLinkService checkInLinks;

    @Autowired
    CheckInService checkIns;

    Counselor dana;
    Counselor lee;
    Counselor sup;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        dana = fixtures.counselor("Dana Whitfield");
        lee = fixtures.counselor("Lee Marsh");
        sup = fixtures.supervisor("Robin Okafor");
        today = fixtures.today();
    }

    // ------------------------------------------------------------------ one test per category

    @Test
    void an_active_safety_flag_lists_the_couple_until_a_conjoint_work_safe_review_clears_it() {
        Couple c = fixtures.couple(dana, "Maya", "Rivera", "Sam", "Chen");
        signed(c, today.minusDays(2), 18, 18, Flag.FEAR_OF_PARTNER);
        assertThat(reasons(c)).contains(ACTIVE_SAFETY);
        assertThat(row(c).mostUrgent()).isEqualTo(ACTIVE_SAFETY);
        assertThat(row(c).reasons().get(0).text())
                .isEqualTo("Safety flag active (signed or on a draft): no safety review has cleared it");

        sessions.recordSafetyReview(
                c.getId(),
                new SessionService.ReviewRequest(
                        today.minusDays(1),
                        SafetyOutcome.NOT_SAFE,
                        null,
                        "Seen separately; individual support arranged."));
        assertThat(reasons(c)).as("a review finding it not safe clears nothing").contains(ACTIVE_SAFETY);

        sessions.recordSafetyReview(
                c.getId(),
                new SessionService.ReviewRequest(
                        today,
                        SafetyOutcome.CONJOINT_WORK_SAFE,
                        null,
                        "Seen separately; both feel safe to continue together."));
        assertThat(reasons(c)).doesNotContain(ACTIVE_SAFETY, UNSIGNED_SAFETY);
    }

    @Test
    void a_check_in_that_is_not_safe_comes_first_until_a_signed_review_and_unread_check_ins_are_counted() {
        Couple c = fixtures.couple(dana, "Maya", "Rivera", "Sam", "Chen");
        Couple calm = fixtures.couple(dana, "Ana", "Lopez", "Ben", "Okoro");
        fixtures.loginAs(dana);
        checkIn(c, PartnerId.A, FeelsSafe.NOT_SURE);
        checkIn(c, PartnerId.B, FeelsSafe.SAFE);
        checkIn(calm, PartnerId.A, FeelsSafe.SAFE);

        assertThat(reasons(c)).contains(CHECKIN_NOT_SAFE, CHECKIN_TO_REVIEW);
        assertThat(row(c).mostUrgent()).isEqualTo(CHECKIN_NOT_SAFE);
        assertThat(reasons(calm)).contains(CHECKIN_TO_REVIEW).doesNotContain(CHECKIN_NOT_SAFE);
        assertThat(page(AttentionFilter.all()).get(0).coupleId()).isEqualTo(c.getId());
        assertThat(attention.counts(null).of(CHECKIN_NOT_SAFE)).isEqualTo(1);
        assertThat(attention.counts(null).of(CHECKIN_TO_REVIEW)).isEqualTo(2);
        String twoUnread = text(c, CHECKIN_TO_REVIEW);

        CheckInRecord first = checkInLinks.allCheckIns(c.getId()).get(0);
        checkInLinks.markReviewed(first.id());
        assertThat(text(c, CHECKIN_TO_REVIEW)).as("one check-in left to read").isNotEqualTo(twoUnread);
        checkInLinks.allCheckIns(c.getId()).forEach(k -> checkInLinks.markReviewed(k.id()));
        assertThat(reasons(c))
                .as("read, but not yet answered by a safety review")
                .contains(CHECKIN_NOT_SAFE)
                .doesNotContain(CHECKIN_TO_REVIEW);

        clock.advance(Duration.ofMinutes(5));
        sessions.recordSafetyReview(
                c.getId(),
                new SessionService.ReviewRequest(
                        today, SafetyOutcome.CONJOINT_WORK_SAFE, null, "Seen separately; both feel safe to continue."));
        assertThat(reasons(c)).doesNotContain(CHECKIN_NOT_SAFE);
    }

    private void checkIn(Couple c, PartnerId partner, FeelsSafe feelsSafe) {
        String token = checkInLinks.create(c.getId(), partner).token();
        checkIns.save(token, "198.51.100.4", new CheckInAnswers(feelsSafe, 5, 5, 5, null, Map.of(), Map.of(), null));
    }

    @Test
    void a_safety_flag_on_a_draft_lists_the_couple_as_active_and_on_a_draft_until_the_draft_no_longer_carries_it() {
        Couple c = fixtures.couple(dana, "Maya", "Rivera", "Sam", "Chen");
        CounselingSession draft =
                sessions.createDraft(c.getId(), content(today.minusDays(1), 18, 18, Flag.SELF_HARM_RISK));
        // tandem-rules-2: a draft's safety flag counts for R0 until a signed review clears it
        assertThat(reasons(c)).contains(ACTIVE_SAFETY, UNSIGNED_SAFETY);
        assertThat(text(c, UNSIGNED_SAFETY)).isEqualTo("Safety flag recorded on a draft note: review and sign it");

        sessions.saveDraft(draft.getId(), draft.getVersion(), content(today.minusDays(1), 18, 18));
        assertThat(reasons(c)).doesNotContain(UNSIGNED_SAFETY, ACTIVE_SAFETY);
    }

    @Test
    void partners_moving_apart_lists_the_couple_while_one_improved_and_the_other_still_needs_change() {
        Couple c = fixtures.couple(dana, "Maya", "Rivera", "Sam", "Chen");
        int[] a = {12, 14, 16, 19};
        for (int i = 0; i < a.length; i++) {
            signed(c, today.minusWeeks(a.length - i), a[i], 15);
        }
        assertThat(reasons(c)).contains(PARTNERS_DIVERGE);
        assertThat(text(c, PARTNERS_DIVERGE)).startsWith("Partners moving apart");

        signed(c, today, 19, 24);
        assertThat(reasons(c))
                .as("B in the satisfied range no longer needs change")
                .doesNotContain(PARTNERS_DIVERGE);
    }

    @Test
    void urgent_deterioration_lists_the_couple_until_the_scores_recover() {
        Couple c = deteriorated(dana);
        assertThat(reasons(c)).contains(URGENT);
        assertThat(text(c, URGENT)).isEqualTo("Urgent: a partner's scores have reliably worsened");

        signed(c, today, 20, 18);
        assertThat(reasons(c)).doesNotContain(URGENT);
    }

    @Test
    void an_escalation_is_listed_until_a_report_shows_it_then_until_a_decision_is_recorded() {
        Couple c = deteriorated(dana);
        assertThat(reasons(c)).contains(ESCALATION).doesNotContain(NOT_ACTED_ON);
        assertThat(text(c, ESCALATION)).isEqualTo("Recommendation is now Couples therapy: no report yet");

        report(c, 3, Recommendation.CONTINUE, false);
        assertThat(text(c, ESCALATION)).isEqualTo("Recommendation is now Couples therapy (last report: Continue)");

        report(c, 2, Recommendation.COUPLES_THERAPY, false);
        assertThat(reasons(c)).contains(NOT_ACTED_ON).doesNotContain(ESCALATION);
        assertThat(text(c, NOT_ACTED_ON))
                .isEqualTo("Couples therapy recommended in the last report: no decision recorded");

        report(c, 1, Recommendation.COUPLES_THERAPY, true);
        assertThat(reasons(c)).doesNotContain(ESCALATION, NOT_ACTED_ON);
    }

    /** A report history (oldest first) and whether the current Couples-therapy recommendation still needs action. */
    static Stream<Arguments> reportHistories() {
        return Stream.of(
                Arguments.of("no report", List.of(), ESCALATION),
                Arguments.of("last report said Continue", List.of("CONTINUE"), ESCALATION),
                Arguments.of("reported, no decision", List.of("COUPLES_THERAPY"), NOT_ACTED_ON),
                Arguments.of("reported and accepted", List.of("COUPLES_THERAPY+"), null),
                Arguments.of(
                        "accepted, then Continue, then reported again",
                        List.of("COUPLES_THERAPY+", "CONTINUE", "COUPLES_THERAPY"),
                        NOT_ACTED_ON),
                Arguments.of(
                        "decided on the earlier of two reports", List.of("COUPLES_THERAPY+", "COUPLES_THERAPY"), null),
                Arguments.of(
                        "decided on a report with another recommendation",
                        List.of("CONTINUE+", "COUPLES_THERAPY"),
                        NOT_ACTED_ON),
                Arguments.of("a client report does not count", List.of("COUPLES_THERAPY+", "client:CONTINUE"), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reportHistories")
    void a_couples_therapy_recommendation_needs_a_report_then_a_decision(
            String name, List<String> history, AttentionCategory expected) {
        Couple c = deteriorated(dana);
        int weeksAgo = history.size();
        for (String h : history) {
            boolean client = h.startsWith("client:");
            String code = h.replace("client:", "").replace("+", "");
            report(c, weeksAgo--, Recommendation.valueOf(code), h.endsWith("+"), client);
        }
        Set<AttentionCategory> found = reasons(c);
        found.retainAll(EnumSet.of(ESCALATION, NOT_ACTED_ON));
        assertThat(found).isEqualTo(expected == null ? Set.of() : Set.of(expected));
    }

    @Test
    void overdue_homework_lists_the_couple_until_completion_is_recorded() {
        Couple c = fixtures.couple(dana, "Maya", "Rivera", "Sam", "Chen");
        signed(c, today.minusDays(1), 18, 18);
        long step = guide.stepIdForKey("create-space").orElseThrow();
        HomeworkAssignment h = homework.assign(
                c.getId(),
                new HomeworkService.AssignRequest(
                        step, CaseFile.Assignee.A, today.minusDays(9), today.minusDays(2), null));
        assertThat(reasons(c)).containsExactly(OVERDUE_HOMEWORK);
        assertThat(text(c, OVERDUE_HOMEWORK)).isEqualTo("1 homework assignment overdue");

        homework.record(h.getId(), h.getVersion(), PartnerId.A, CaseFile.Completion.DONE, null);
        assertThat(listed(c)).isFalse();
    }

    @Test
    void no_session_for_more_than_three_weeks_lists_an_active_couple_until_a_session_is_recorded() {
        Couple c = fixtures.couple(dana, "Maya", "Rivera", "Sam", "Chen");
        assertThat(reasons(c)).containsExactly(NO_RECENT_SESSION);
        assertThat(text(c, NO_RECENT_SESSION)).isEqualTo("No session since intake 6 weeks ago");

        signed(c, today.minusDays(NeedsAttentionService.NO_SESSION_DAYS + 1), 18, 18);
        assertThat(text(c, NO_RECENT_SESSION)).isEqualTo("No session for 3 weeks");

        signed(c, today.minusDays(NeedsAttentionService.NO_SESSION_DAYS), 18, 18);
        assertThat(listed(c)).as("exactly three weeks is not more than three").isFalse();
    }

    @Test
    void a_paused_couple_is_not_listed_for_want_of_sessions_and_a_closed_couple_never_appears() {
        Couple paused = fixtures.couple(dana, "Maya", "Rivera", "Sam", "Chen");
        Couple closed = fixtures.couple(dana, "Ana", "Lopez", "Ben", "Okoro");
        CounselingSession draft =
                sessions.createDraft(closed.getId(), content(today.minusDays(30), 18, 18, Flag.IPV_INDICATOR));
        assertThat(draft).isNotNull();
        assertThat(listed(paused)).isTrue();
        assertThat(listed(closed)).isTrue();

        couples.changeStatus(
                paused.getId(),
                couples.require(paused.getId()).getVersion(),
                new CoupleService.StatusChange(
                        CaseFile.CoupleStatus.PAUSED, "Both away for a month", null, null, null, null));
        couples.changeStatus(
                closed.getId(),
                couples.require(closed.getId()).getVersion(),
                new CoupleService.StatusChange(
                        CaseFile.CoupleStatus.CLOSED, "Moved away", "Ended early.", null, null, null));
        assertThat(listed(paused)).isFalse();
        assertThat(listed(closed)).isFalse();
        assertThat(attention.counts(null).couples()).isZero();
    }

    @Test
    void a_draft_unsigned_for_more_than_48_hours_lists_the_couple_until_it_is_signed() {
        Couple c = fixtures.couple(dana, "Maya", "Rivera", "Sam", "Chen");
        CounselingSession draft = sessions.createDraft(c.getId(), content(today, 18, 18));
        clock.advance(Duration.ofHours(47));
        assertThat(listed(c)).isFalse();

        clock.advance(Duration.ofHours(2));
        assertThat(reasons(c)).containsExactly(UNSIGNED_DRAFTS);
        assertThat(text(c, UNSIGNED_DRAFTS)).isEqualTo("1 draft note unsigned for more than 48 hours");

        sessions.sign(draft.getId(), draft.getVersion(), content(today, 18, 18));
        assertThat(listed(c)).isFalse();
    }

    // ------------------------------------------------------------------ ranking, counts, access

    @Test
    void couples_are_ranked_by_their_most_urgent_reason_and_each_appears_once_with_all_its_reasons() {
        Couple draftOnly = fixtures.couple(dana, "Ana", "Lopez", "Ben", "Okoro");
        sessions.createDraft(draftOnly.getId(), content(today.minusDays(3), 18, 18));
        clock.advance(Duration.ofHours(49));
        today = fixtures.today();
        Couple noSession = fixtures.couple(dana, "Cleo", "Dunmore", "Femi", "Hartmoor");
        Couple overdue = fixtures.couple(dana, "Ines", "Juniper", "Kaia", "Larchmont");
        signed(overdue, today.minusDays(1), 18, 18);
        homework.assign(
                overdue.getId(),
                new HomeworkService.AssignRequest(
                        guide.stepIdForKey("low-stakes-connection").orElseThrow(),
                        CaseFile.Assignee.BOTH,
                        today.minusDays(9),
                        today.minusDays(2),
                        null));
        Couple safety = fixtures.couple(dana, "Mara", "Northcote", "Nico", "Oakhurst");
        signed(safety, today.minusDays(1), 18, 18, Flag.COERCIVE_CONTROL);
        Couple urgent = deteriorated(dana);

        List<AttentionRow> page = page(AttentionFilter.all());
        assertThat(page)
                .extracting(AttentionRow::coupleId)
                .containsExactly(safety.getId(), urgent.getId(), overdue.getId(), noSession.getId(), draftOnly.getId());
        assertThat(page.get(0).reasons())
                .extracting(AttentionReason::category)
                .containsExactly(ACTIVE_SAFETY, ESCALATION);
        assertThat(page.get(1).reasons()).extracting(AttentionReason::category).containsExactly(URGENT, ESCALATION);
        assertThat(page.get(0).link()).isEqualTo("couples/" + safety.getReference());
        assertThat(page.get(0).partnerA()).isEqualTo("Mara Northcote");

        AttentionCounts counts = attention.counts(null);
        assertThat(counts.couples()).isEqualTo(5);
        assertThat(counts.of(ACTIVE_SAFETY)).isEqualTo(1);
        assertThat(counts.of(ESCALATION)).isEqualTo(2);
        assertThat(counts.of(UNSIGNED_DRAFTS)).isEqualTo(1);
        assertThat(counts.of(UNSIGNED_SAFETY)).isZero();

        assertThat(attention.page(AttentionFilter.all(), 1, 2))
                .extracting(AttentionRow::coupleId)
                .containsExactly(urgent.getId(), overdue.getId());
    }

    @ParameterizedTest
    @EnumSource(AttentionCategory.class)
    void filtering_by_a_category_lists_exactly_the_couples_counted_for_it(AttentionCategory category) {
        Couple safety = fixtures.couple(dana, "Mara", "Northcote", "Nico", "Oakhurst");
        signed(safety, today.minusDays(1), 18, 18, Flag.COERCIVE_CONTROL);
        fixtures.couple(dana, "Cleo", "Dunmore", "Femi", "Hartmoor");
        deteriorated(dana);

        List<AttentionRow> rows = page(AttentionFilter.only(category));
        assertThat(rows).hasSize(attention.counts(null).of(category));
        assertThat(rows).allMatch(r -> r.has(category));
    }

    @Test
    void a_counselor_sees_only_their_own_couples_whatever_counselor_they_ask_for() {
        Couple danas = fixtures.couple(dana, "Maya", "Rivera", "Sam", "Chen");
        Couple lees = fixtures.couple(lee, "Ana", "Lopez", "Ben", "Okoro");

        fixtures.loginAs(dana);
        assertThat(page(AttentionFilter.all()))
                .extracting(AttentionRow::coupleId)
                .containsExactly(danas.getId());
        assertThat(page(new AttentionFilter(null, lee.getId())))
                .extracting(AttentionRow::coupleId)
                .containsExactly(danas.getId());
        assertThat(attention.counts(lee.getId()).couples()).isEqualTo(1);

        fixtures.loginAs(sup);
        assertThat(page(AttentionFilter.all()))
                .extracting(AttentionRow::coupleId)
                .containsExactlyInAnyOrder(danas.getId(), lees.getId());
        assertThat(page(new AttentionFilter(null, lee.getId())))
                .extracting(AttentionRow::coupleId)
                .containsExactly(lees.getId());
        assertThat(page(new AttentionFilter(null, lee.getId())))
                .extracting(AttentionRow::counselorName)
                .containsExactly("Lee Marsh");
        assertThat(attention.counts(lee.getId()).couples()).isEqualTo(1);
    }

    @Test
    void nobody_signed_in_gets_nothing() {
        fixtures.couple(dana, "Maya", "Rivera", "Sam", "Chen");
        fixtures.logout();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> attention.page(AttentionFilter.all(), 0, 10))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    // ------------------------------------------------------------------ helpers

    /** Partner A reliably worse at the last two of five scored sessions (rule R2, urgent), partner B steady. */
    private Couple deteriorated(Counselor owner) {
        Couple c = fixtures.couple(owner, "Rhea", "Rookwood", "Soren", "Stillwater");
        int[] a = {20, 21, 20, 12, 12};
        for (int i = 0; i < a.length; i++) {
            signed(c, today.minusWeeks(a.length - i), a[i], 18);
        }
        return c;
    }

    private void report(Couple c, int weeksAgo, Recommendation recommendation, boolean decided) {
        report(c, weeksAgo, recommendation, decided, false);
    }

    private void report(Couple c, int weeksAgo, Recommendation recommendation, boolean decided, boolean client) {
        Instant at = today.minusWeeks(weeksAgo).atTime(LocalTime.NOON).toInstant(java.time.ZoneOffset.UTC);
        CaseFile.Decision decision = decided
                ? new CaseFile.Decision(
                        CaseFile.DecisionType.ACCEPT, recommendation, null, "dana@example.org", at.plusSeconds(60))
                : null;
        reports.restore(
                couples.require(c.getId()),
                List.of(new CaseFile.Report(
                        at,
                        client ? CaseFile.Audience.CLIENT : CaseFile.Audience.COUNSELOR,
                        "tandem-rules-1",
                        recommendation,
                        decision)));
    }

    private CounselingSession signed(Couple c, LocalDate date, int compositeA, int compositeB, Flag... flags) {
        CounselingSession draft = sessions.createDraft(c.getId(), content(date, compositeA, compositeB, flags));
        return sessions.sign(draft.getId(), draft.getVersion(), content(date, compositeA, compositeB, flags));
    }

    private static SessionContent content(LocalDate date, int compositeA, int compositeB, Flag... flags) {
        return new SessionContent(
                date,
                LocalTime.of(17, 0),
                60,
                CaseFile.SessionFormat.IN_PERSON,
                CaseFile.Attendance.BOTH,
                new CaseFile.Note("Reviewed the week together.", null, null, null),
                scores(compositeA),
                scores(compositeB),
                flags.length == 0 ? Set.of() : EnumSet.of(flags[0], flags),
                null,
                null,
                null);
    }

    private static Scores scores(int composite) {
        int es = composite / 3;
        int re = (composite - es) / 2;
        return new Scores(es, re, composite - es - re, null);
    }

    private List<AttentionRow> page(AttentionFilter filter) {
        List<AttentionRow> all = new ArrayList<>();
        for (int offset = 0; ; offset += 50) {
            List<AttentionRow> page = attention.page(filter, offset, 50);
            all.addAll(page);
            if (page.size() < 50) {
                return all;
            }
        }
    }

    private AttentionRow row(Couple c) {
        return page(AttentionFilter.all()).stream()
                .filter(r -> r.coupleId() == c.getId())
                .findFirst()
                .orElse(null);
    }

    private boolean listed(Couple c) {
        return row(c) != null;
    }

    private Set<AttentionCategory> reasons(Couple c) {
        AttentionRow row = row(c);
        EnumSet<AttentionCategory> set = EnumSet.noneOf(AttentionCategory.class);
        if (row != null) {
            row.reasons().forEach(r -> set.add(r.category()));
        }
        return set;
    }

    private String text(Couple c, AttentionCategory category) {
        return row(c).reasons().stream()
                .filter(r -> r.category() == category)
                .findFirst()
                .orElseThrow()
                .text();
    }
}
