package app.tandem.progress;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.assessment.AssessmentEngine;
import app.tandem.couple.Couple;
import app.tandem.security.Counselor;
import app.tandem.support.Fixtures;
import app.tandem.support.TandemTest;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@TandemTest
class CurrentAssessmentServiceTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    CurrentAssessmentService current;

    @Autowired
    CoupleAssessmentRepository assessments;

    @Autowired
    DataSource dataSource;

    Couple couple;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        Counselor dana = fixtures.counselor("Dana Whitfield");
        couple = fixtures.couple(dana, "Maya", "Rivera", "Sam", "Chen");
        current.refresh(couple.getId());
    }

    @Test
    void the_daily_refresh_re_assesses_a_couple_stored_under_another_rule_set_even_when_it_is_from_today() {
        new JdbcTemplate(dataSource)
                .update("UPDATE couple_assessment SET rule_set = 'tandem-rules-1' WHERE couple_id = ?", couple.getId());
        assertThat(assessments.findById(couple.getId()).orElseThrow().getAsOf()).isEqualTo(fixtures.today());

        int refreshed = current.refreshStale();

        assertThat(refreshed).isEqualTo(1);
        assertThat(assessments.findById(couple.getId()).orElseThrow().getRuleSet())
                .isEqualTo(AssessmentEngine.RULE_SET);
        assertThat(assessments.findById(couple.getId()).orElseThrow().getAssessmentJson())
                .contains("\"ruleSet\" : \"" + AssessmentEngine.RULE_SET + "\"");
    }

    @Test
    void a_couple_assessed_today_under_the_current_rule_set_is_left_alone() {
        assertThat(current.refreshStale()).isZero();
    }
}
