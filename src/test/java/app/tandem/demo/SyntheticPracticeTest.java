package app.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.progress.CurrentAssessmentService;
import app.tandem.support.Fixtures;
import app.tandem.support.TandemTest;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@TandemTest
class SyntheticPracticeTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    SyntheticPractice synthetic;

    @Autowired
    CurrentAssessmentService assessments;

    @Autowired
    DataSource dataSource;

    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        jdbc = new JdbcTemplate(dataSource);
    }

    @Test
    void the_same_seed_writes_the_same_practice_and_another_seed_another() {
        SyntheticPractice.Spec spec = new SyntheticPractice.Spec(7, 3, 40, 12, 1);
        synthetic.generate(spec);
        List<String> first = fingerprint();

        fixtures.reset();
        synthetic.generate(spec);
        assertThat(fingerprint()).isEqualTo(first);

        fixtures.reset();
        SyntheticPractice.Practice half = synthetic.generate(new SyntheticPractice.Spec(7, 3, 20, 12, 1));
        synthetic.addCouples(half, 20);
        assertThat(fingerprint()).as("grown in two steps").isEqualTo(first);

        fixtures.reset();
        synthetic.generate(new SyntheticPractice.Spec(8, 3, 40, 12, 1));
        assertThat(fingerprint()).isNotEqualTo(first);
    }

    @Test
    void it_writes_the_volumes_asked_for_with_one_full_year_couple() {
        SyntheticPractice.Practice p = synthetic.generate(new SyntheticPractice.Spec(11, 5, 200, 20, 1));
        assertThat(p.couples()).isEqualTo(200);
        assertThat(count("couple")).isEqualTo(200);
        assertThat(count("counselor")).isEqualTo(6);
        assertThat(count("couple_summary")).isEqualTo(200);
        assertThat(count("couple_assessment")).isEqualTo(200);
        assertThat((long) count("counseling_session")).isEqualTo(p.sessions());
        assertThat(p.sessions() / 200.0).isBetween(17.0, 23.0);
        assertThat(p.assignments() / 200.0).isBetween(7.0, 13.0);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM counseling_session WHERE couple_id = ?", Integer.class, p.coupleId(0)))
                .isEqualTo(52);
        assertThat(jdbc.queryForList("SELECT DISTINCT counselor_id FROM couple", Long.class))
                .hasSize(5);
    }

    /** The bulk path writes the rows itself; they must be exactly what a refresh after a change computes. */
    @Test
    void bulk_written_summary_and_assessment_rows_equal_what_a_refresh_computes() {
        SyntheticPractice.Practice p = synthetic.generate(new SyntheticPractice.Spec(3, 4, 120, 20, 1));
        // refresh returns an assessment, so it is for someone who may see the couple.
        fixtures.loginAs(fixtures.supervisor("Robin Okafor"));
        int differing = 0;
        for (int i = 0; i < p.couples(); i++) {
            long id = p.coupleId(i);
            Map<String, Object> bulk = stored(id);
            assessments.refresh(id);
            Map<String, Object> refreshed = stored(id);
            assertThat(refreshed).as("couple %d", i).isEqualTo(bulk);
            differing += bulk.equals(refreshed) ? 0 : 1;
        }
        assertThat(differing).isZero();
        assertThat(jdbc.queryForList("SELECT DISTINCT recommendation FROM couple_assessment", String.class))
                .as("the sample covers several recommendations")
                .hasSizeGreaterThanOrEqualTo(3);
    }

    private Map<String, Object> stored(long coupleId) {
        return jdbc.queryForMap("""
                SELECT a.as_of, a.rule_set, a.recommendation, a.decisive_rule, a.urgent, a.unsigned_safety, a.active_safety,
                       a.assessment_json, s.last_session_date, s.next_homework_due, s.overdue_homework, s.adherence,
                       s.recommendation AS summary_recommendation, s.safety_marker
                  FROM couple_assessment a JOIN couple_summary s ON s.couple_id = a.couple_id
                 WHERE a.couple_id = ?""", coupleId);
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    /** Everything that makes the practice what it is, without database ids. */
    private List<String> fingerprint() {
        List<String> rows = jdbc.queryForList("""
                SELECT CONCAT_WS('|', c.reference, c.a_first_name, c.a_last_name, c.b_first_name, c.b_last_name, c.status,
                       c.intake_date, co.display_name,
                       (SELECT COUNT(*) FROM counseling_session s WHERE s.couple_id = c.couple_id),
                       (SELECT COALESCE(SUM(COALESCE(s.a_emotional_safety, 0) + COALESCE(s.b_clear_communication, 0)
                               + COALESCE(s.a_csi4, 0)), 0) FROM counseling_session s WHERE s.couple_id = c.couple_id),
                       (SELECT GROUP_CONCAT(CONCAT_WS(',', h.due_on, h.completion_a, h.completion_b) ORDER BY h.due_on)
                          FROM homework_assignment h WHERE h.couple_id = c.couple_id),
                       (SELECT COUNT(*) FROM progress_report r WHERE r.couple_id = c.couple_id),
                       a.recommendation, MD5(a.assessment_json))
                  FROM couple c JOIN counselor co ON co.counselor_id = c.counselor_id
                  LEFT JOIN couple_assessment a ON a.couple_id = c.couple_id
                 ORDER BY c.reference""", String.class);
        assertThat(rows).isNotEmpty();
        return rows;
    }
}
