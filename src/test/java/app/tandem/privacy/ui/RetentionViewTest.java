package app.tandem.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.casefile.CaseFile.CoupleStatus;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import app.tandem.privacy.RetentionService;
import app.tandem.security.Counselor;
import app.tandem.support.MutableClock;
import app.tandem.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The supervisor's retention screen: a closed couple past the period, destroyed after typing its reference. */
class RetentionViewTest extends ViewTest {

    @Autowired
    CoupleService couples;

    @Autowired
    RetentionService retention;

    @Autowired
    MutableClock clock;

    Counselor robin;
    Couple couple;

    @BeforeEach
    void setUp() {
        fixtures.reset();
        robin = fixtures.supervisor("Robin Okafor");
        couple = fixtures.couple(robin, "Ines", "Kowalczyk", "Kai", "Brennan");
        couples.changeStatus(
                couple.getId(),
                couples.require(couple.getId()).getVersion(),
                new CoupleService.StatusChange(
                        CoupleStatus.CLOSED, "Ended by agreement", "Summary.", null, null, null));
        clock.set(Instant.parse("2034-02-01T09:00:00Z"));
        loginAs(robin);
    }

    @Test
    void a_couple_past_the_period_is_destroyed_only_after_its_reference_is_typed() {
        RetentionView view = navigate("admin/retention", RetentionView.class);
        assertThat(view.empty.isVisible()).isFalse();
        assertThat(test(view.due).size()).isEqualTo(1);
        assertThat(test(view.due).getCellText(0, 0)).isEqualTo(couple.getReference());
        test((Button) test(view.due).getCellComponent(0, 4)).click();
        Dialog dialog = $(Dialog.class).id("destroy-dialog");
        test($(TextField.class, dialog).id("destroy-reference")).setValue("C-9999");
        test($(Button.class, dialog).id("destroy-confirm")).click();
        assertThat($(TextField.class, dialog).id("destroy-reference").isInvalid())
                .isTrue();
        assertThat(retention.countDue()).isEqualTo(1);

        test($(TextField.class, dialog).id("destroy-reference")).setValue(couple.getReference());
        test($(Button.class, dialog).id("destroy-confirm")).click();

        assertThat(retention.countDue()).isZero();
        assertThat(retention.countTombstones()).isEqualTo(1);
        assertThat(view.empty.isVisible()).isTrue();
    }
}
