package app.tandem.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.casefile.CaseFile.Attendance;
import app.tandem.casefile.CaseFile.SessionFormat;
import app.tandem.couple.CoupleDetails;
import app.tandem.couple.CoupleValidator;
import app.tandem.session.SessionContent;
import app.tandem.session.SessionValidator;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One range per number field, the same for the form's validator and the import (decision 0084). */
class FieldLimitsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static List<Problem> session(int minutes) {
        SessionContent c = new SessionContent(
                TODAY,
                null,
                minutes,
                SessionFormat.IN_PERSON,
                Attendance.BOTH,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        return SessionValidator.problems(c, TODAY);
    }

    private static List<Problem> couple(int children) {
        CoupleDetails d = new CoupleDetails(
                TODAY,
                CoupleDetails.PartnerDetails.named("Maya", "Rivera"),
                CoupleDetails.PartnerDetails.named("Sam", "Chen"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                children,
                null);
        return CoupleValidator.problems(d, TODAY);
    }

    @Test
    void a_session_lasts_from_one_minute_to_a_day() {
        assertThat(session(1)).isEmpty();
        assertThat(session(1440)).isEmpty();
        assertThat(session(0))
                .extracting(Problem::message)
                .containsExactly("Enter a duration between 1 and 1440 minutes.");
        assertThat(session(1441)).extracting(Problem::field).containsExactly("durationMinutes");
    }

    @Test
    void a_household_has_up_to_thirty_children() {
        assertThat(couple(0)).isEmpty();
        assertThat(couple(30)).isEmpty();
        assertThat(couple(31))
                .extracting(Problem::message)
                .containsExactly("Enter a number of children between 0 and 30.");
        assertThat(couple(-1)).extracting(Problem::field).containsExactly("childrenInHousehold");
    }

    @Test
    void the_session_form_binds_the_record_through_its_canonical_constructor() {
        // Vaadin's Binder.writeRecord builds the record with the first declared constructor.
        assertThat(SessionContent.class.getDeclaredConstructors()[0].getParameterCount())
                .isEqualTo(SessionContent.class.getRecordComponents().length);
    }
}
