package app.tandem.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import app.tandem.security.Counselor;
import app.tandem.support.Fixtures;
import app.tandem.support.TestSupportConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The embedded database stops while a counselor works and comes back: what was confirmed as
 * saved is still there, the failed save reaches the UI as a database failure (see
 * ErrorHandlingTest for the sentence), and the app recovers without a restart. Runs on the
 * embedded server only (it stops it), so it is not tagged for the external-server run.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestSupportConfig.class)
class DatabaseOutageTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    CoupleService couples;

    @Test
    void a_stopped_database_fails_the_save_and_the_app_recovers_when_it_is_back() throws Exception {
        fixtures.reset();
        Counselor dana = fixtures.counselor("Dana Whitfield");
        Couple saved = fixtures.couple(dana, "Maya", "Rivera", "Sam", "Chen");
        EmbeddedMariaDb db = EmbeddedMariaDb.running();
        assertThat(db).as("this test needs the embedded server").isNotNull();
        db.stop();
        try {
            assertThatThrownBy(() -> couples.create(Fixtures.details("Ana", "Lopez", "Ben", "Okoro", fixtures.today())))
                    .satisfies(e -> assertThat(app.tandem.base.ui.ErrorHandlingAccess.message(e))
                            .contains("database cannot be reached"));
        } finally {
            db.restart();
        }
        Couple after = couples.create(Fixtures.details("Ana", "Lopez", "Ben", "Okoro", fixtures.today()));
        assertThat(couples.require(saved.getId()).getPartnerA().getLastName()).isEqualTo("Rivera");
        assertThat(after.getReference()).isNotEqualTo(saved.getReference());
    }
}
