package app.tandem.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.assessment.AssessmentEngine;
import app.tandem.couple.Couple;
import app.tandem.outcomes.PracticeOutcomes.AdherenceBand;
import app.tandem.outcomes.PracticeOutcomes.Escalations;
import app.tandem.outcomes.PracticeOutcomes.Outcome;
import app.tandem.security.Counselor;
import app.tandem.support.Fixtures;
import app.tandem.support.StatementCounter;
import app.tandem.support.TandemTest;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outcomes figures against a small practice computed by hand (the comments give each couple's
 * part), read in three statements, and each counselor limited to their own caseload.
 *
 * <pre>
 * couple  counselor  last session  status  recommendation     adherence  A (points)        B (points)        couple
 * D1      Dana       T-10          active  CONTINUE           0.80       IMPROVED (6)      UNCHANGED (6)     improved
 * D2      Dana       T-20          active  COUPLES_THERAPY    0.30       DETERIORATED (5)  IMPROVED (5)      deteriorated
 * D3      Dana       T-45          active  INSUFFICIENT_DATA  none       – (1)             – (1)             –
 * D4      Dana       T-400         closed  CONTINUE           0.90       IMPROVED (9)      IMPROVED (9)      outside the period
 * L1      Lee        T-5           active  CONTINUE           0.55       IMPROVED (8)      IMPROVED (10)     improved
 * L2      Lee        T-60          active  RETREAT            0.10       UNCHANGED (7)     – (2)             –
 * referrals: D2 couples therapy T-15 (first session T-3); L2 retreat T-40 (none yet); D4 DV services T-500
 * </pre>
 */
@TandemTest
class OutcomesServiceTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    OutcomesService outcomes;

    @Autowired
    DataSource dataSource;

    Counselor dana;
    Counselor lee;
    Counselor robin;
    LocalDate today;
    JdbcTemplate jdbc;

    @BeforeEach
    void practice() {
        fixtures.reset();
        jdbc = new JdbcTemplate(dataSource);
        today = fixtures.today();
        dana = fixtures.counselor("Dana Outcomes");
        lee = fixtures.counselor("Lee Outcomes");
        robin = fixtures.supervisor("Robin Outcomes");
        Couple d1 = fixtures.couple(dana, "Ada", "One", "Ben", "One");
        Couple d2 = fixtures.couple(dana, "Cy", "Two", "Di", "Two");
        Couple d3 = fixtures.couple(dana, "Ed", "Three", "Fay", "Three");
        Couple d4 = fixtures.couple(dana, "Gus", "Four", "Hal", "Four");
        Couple l1 = fixtures.couple(lee, "Ian", "Five", "Jo", "Five");
        Couple l2 = fixtures.couple(lee, "Kai", "Six", "Lu", "Six");
        fixtures.logout();
        stored(d1, 10, "CONTINUE", "0.80", "IMPROVED", 6, "UNCHANGED", 6);
        stored(d2, 20, "COUPLES_THERAPY", "0.30", "DETERIORATED", 5, "IMPROVED", 5);
        stored(d3, 45, "INSUFFICIENT_DATA", null, null, 1, null, 1);
        stored(d4, 400, "CONTINUE", "0.90", "IMPROVED", 9, "IMPROVED", 9);
        jdbc.update("UPDATE couple SET status = 'CLOSED' WHERE couple_id = ?", d4.getId());
        stored(l1, 5, "CONTINUE", "0.55", "IMPROVED", 8, "IMPROVED", 10);
        stored(l2, 60, "RETREAT", "0.10", "UNCHANGED", 7, null, 2);
        referral(d2, "COUPLES_THERAPY", 15, 3);
        referral(l2, "RETREAT", 40, null);
        referral(d4, "DV_SERVICES", 500, null);
    }

    @Test
    void the_supervisor_sees_the_whole_practice_over_twelve_months() {
        fixtures.loginAs(robin);
        PracticeOutcomes o = outcomes.outcomes(null, 12);

        assertThat(o.couplesSeen()).isEqualTo(5);
        assertThat(o.partners()).isEqualTo(Map.of(Outcome.IMPROVED, 4, Outcome.UNCHANGED, 2, Outcome.DETERIORATED, 1));
        assertThat(o.couples()).isEqualTo(Map.of(Outcome.IMPROVED, 2, Outcome.UNCHANGED, 0, Outcome.DETERIORATED, 1));
        assertThat(o.adherence())
                .isEqualTo(Map.of(
                        AdherenceBand.NONE_DUE,
                        1,
                        AdherenceBand.BELOW_25,
                        1,
                        AdherenceBand.FROM_25,
                        1,
                        AdherenceBand.FROM_50,
                        1,
                        AdherenceBand.FROM_75,
                        1));
        assertThat(o.recommendations())
                .isEqualTo(Map.of("CONTINUE", 2, "COUPLES_THERAPY", 1, "INSUFFICIENT_DATA", 1, "RETREAT", 1));
        assertThat(o.escalations())
                .isEqualTo(Map.of("COUPLES_THERAPY", new Escalations(1, 1), "RETREAT", new Escalations(1, 0)));
        // Improved partners' scored sessions: 5, 6, 8, 10.
        assertThat(o.medianSessionsImproved()).isEqualTo(7.0);
    }

    @Test
    void a_supervisor_narrows_to_one_counselor_and_a_shorter_period() {
        fixtures.loginAs(robin);
        PracticeOutcomes lees = outcomes.outcomes(lee.getId(), 12);
        assertThat(lees.couplesSeen()).isEqualTo(2);
        assertThat(lees.partners())
                .isEqualTo(Map.of(Outcome.IMPROVED, 2, Outcome.UNCHANGED, 1, Outcome.DETERIORATED, 0));
        assertThat(lees.couples())
                .isEqualTo(Map.of(Outcome.IMPROVED, 1, Outcome.UNCHANGED, 0, Outcome.DETERIORATED, 0));
        assertThat(lees.escalations()).isEqualTo(Map.of("RETREAT", new Escalations(1, 0)));
        assertThat(lees.medianSessionsImproved()).isEqualTo(9.0);

        // One month: D1, D2 and L1 were seen; only D2's referral was made.
        PracticeOutcomes month = outcomes.outcomes(null, 1);
        assertThat(month.couplesSeen()).isEqualTo(3);
        assertThat(month.partners())
                .isEqualTo(Map.of(Outcome.IMPROVED, 4, Outcome.UNCHANGED, 1, Outcome.DETERIORATED, 1));
        assertThat(month.escalations()).isEqualTo(Map.of("COUPLES_THERAPY", new Escalations(1, 1)));
        // Current recommendations do not depend on the period.
        assertThat(month.recommendations())
                .isEqualTo(outcomes.outcomes(null, 12).recommendations());
    }

    @Test
    void a_counselor_sees_only_their_own_caseload_whatever_they_ask_for() {
        fixtures.loginAs(dana);
        PracticeOutcomes own = outcomes.outcomes(lee.getId(), 12);
        assertThat(own.couplesSeen()).isEqualTo(3);
        assertThat(own.partners())
                .isEqualTo(Map.of(Outcome.IMPROVED, 2, Outcome.UNCHANGED, 1, Outcome.DETERIORATED, 1));
        assertThat(own.couples()).isEqualTo(Map.of(Outcome.IMPROVED, 1, Outcome.UNCHANGED, 0, Outcome.DETERIORATED, 1));
        assertThat(own.recommendations())
                .isEqualTo(Map.of("CONTINUE", 1, "COUPLES_THERAPY", 1, "INSUFFICIENT_DATA", 1));
        assertThat(own.escalations()).isEqualTo(Map.of("COUPLES_THERAPY", new Escalations(1, 1)));
        assertThat(own.medianSessionsImproved()).isEqualTo(5.5);
    }

    @Test
    void the_figures_take_three_statements_whatever_the_selection() {
        // The practice's settings (its time zone, for "today"), the couples, the referrals.
        fixtures.loginAs(robin);
        outcomes.outcomes(null, 12);
        assertThat(StatementCounter.count(() -> outcomes.outcomes(null, 12))).isEqualTo(3);
        assertThat(StatementCounter.count(() -> outcomes.outcomes(lee.getId(), 3)))
                .isEqualTo(3);
        fixtures.loginAs(dana);
        assertThat(StatementCounter.count(() -> outcomes.outcomes(null, 24))).isEqualTo(3);
    }

    private void stored(
            Couple c,
            int daysAgo,
            String recommendation,
            String adherence,
            String classA,
            int pointsA,
            String classB,
            int pointsB) {
        jdbc.update(
                "UPDATE couple_summary SET last_session_date = ?, adherence = ? WHERE couple_id = ?",
                Date.valueOf(today.minusDays(daysAgo)),
                adherence == null ? null : new BigDecimal(adherence),
                c.getId());
        String json = "{\"partners\":{\"A\":{\"dataPoints\":" + pointsA + ",\"classification\":" + quoted(classA)
                + "},\"B\":{\"dataPoints\":" + pointsB + ",\"classification\":" + quoted(classB) + "}}}";
        jdbc.update("DELETE FROM couple_assessment WHERE couple_id = ?", c.getId());
        jdbc.update(
                """
                INSERT INTO couple_assessment (couple_id, as_of, rule_set, recommendation, decisive_rule, urgent,
                    unsigned_safety, active_safety, assessment_json, computed_at)
                VALUES (?, ?, ?, ?, 'R1', FALSE, FALSE, FALSE, ?, ?)""",
                c.getId(),
                Date.valueOf(today),
                AssessmentEngine.RULE_SET,
                recommendation,
                json,
                Timestamp.valueOf(today.atStartOfDay()));
    }

    private void referral(Couple c, String type, int daysAgo, Integer firstSessionDaysAgo) {
        jdbc.update(
                "INSERT INTO referral (couple_id, type, referred_on, created_at, first_session_on) VALUES (?, ?, ?, ?, ?)",
                c.getId(),
                type,
                Date.valueOf(today.minusDays(daysAgo)),
                Timestamp.valueOf(today.atStartOfDay()),
                firstSessionDaysAgo == null ? null : Date.valueOf(today.minusDays(firstSessionDaysAgo)));
    }

    private static String quoted(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }
}
