package app.tandem.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.base.ValidationFailure;
import app.tandem.pdf.CrisisResources;
import app.tandem.practice.PracticeSettings;
import app.tandem.practice.PracticeSettingsService;
import app.tandem.practice.PracticeSettingsValues;
import app.tandem.support.ViewTest;
import app.tandem.text.Texts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The crisis resources every safety report prints: chosen per region, defaults marked as unverified. */
class PracticeSettingsViewTest extends ViewTest {

    @Autowired
    PracticeSettingsService settings;

    @BeforeEach
    void signIn() {
        fixtures.reset();
        loginAs(fixtures.supervisor("Robin Okafor"));
    }

    @Test
    void without_a_region_the_screen_says_every_emergency_number_is_printed_until_one_is_chosen() {
        PracticeSettingsView view = navigate(PracticeSettingsView.class);

        assertThat(view.crisisRegion.getValue()).isNull();
        assertThat(view.crisisNote.getText()).isEqualTo(Texts.shared().get("practice.crisis.noRegionNote"));
    }

    @Test
    void choosing_a_region_fills_its_default_lines_names_the_unverified_source_and_stores_them_as_the_defaults() {
        PracticeSettingsView view = navigate(PracticeSettingsView.class);

        test(view.crisisRegion).selectItem("United Kingdom");

        assertThat(view.crisisLines.getValue()).contains("Samaritans: 116 123");
        assertThat(view.crisisNote.getText())
                .contains("999 (United Kingdom)")
                .contains("numbers from memory, must be verified against each organisation's published page before use")
                .contains("2026-11-30");
        test(view.save).click();
        PracticeSettings saved = settings.get();
        assertThat(saved.getCrisisRegion()).isEqualTo("GB");
        assertThat(saved.getCrisisLines()).as("left as the defaults").isNull();

        test(view.crisisRegion).selectItem("Ireland");
        assertThat(view.crisisLines.getValue())
                .as("untouched defaults follow the region")
                .contains("Women's Aid");
    }

    @Test
    void lines_the_supervisor_wrote_are_kept_when_the_region_changes_and_stored_as_written() {
        PracticeSettingsView view = navigate(PracticeSettingsView.class);
        test(view.crisisRegion).selectItem("Australia");
        test(view.crisisLines).setValue("Checked: 1800RESPECT 1800 737 732\nCity crisis team 08 5550 0100");

        test(view.crisisRegion).selectItem("New Zealand");
        assertThat(view.crisisLines.getValue()).startsWith("Checked:");
        test(view.save).click();

        assertThat(settings.get().getCrisisRegion()).isEqualTo("NZ");
        assertThat(settings.get().getCrisisLines())
                .isEqualTo("Checked: 1800RESPECT 1800 737 732\nCity crisis team 08 5550 0100");
    }

    @Test
    void a_save_that_loses_the_race_shows_the_conflict_notice_and_keeps_what_was_typed() {
        PracticeSettingsView view = navigate(PracticeSettingsView.class);
        test(view.contact).setValue("Typed here: 01632 960000");
        // Another supervisor saves the settings meanwhile.
        PracticeSettingsValues v = PracticeSettingsValues.of(settings.get());
        settings.save(new PracticeSettingsValues(
                v.practiceName(),
                "Theirs: 01632 960001",
                v.localResources(),
                v.crisisRegion(),
                v.crisisLines(),
                v.pageSize(),
                v.timeZone(),
                v.retentionYears(),
                v.checkInLinkDays(),
                v.version()));

        test(view.save).click();

        assertThat(view.conflict.isVisible()).isTrue();
        assertThat(view.conflict.getElement().getTextRecursively()).contains("Someone else saved");
        assertThat(view.contact.getValue()).isEqualTo("Typed here: 01632 960000");
        assertThat(settings.get().getContact()).isEqualTo("Theirs: 01632 960001");
    }

    @Test
    void an_unknown_region_is_refused_with_a_sentence() {
        PracticeSettingsValues v = PracticeSettingsValues.of(settings.get());
        PracticeSettingsValues s = new PracticeSettingsValues(
                v.practiceName(),
                v.contact(),
                v.localResources(),
                "XX",
                v.crisisLines(),
                v.pageSize(),
                v.timeZone(),
                v.retentionYears(),
                v.checkInLinkDays(),
                v.version());

        assertThatThrownBy(() -> settings.save(s))
                .isInstanceOf(ValidationFailure.class)
                .hasMessageContaining("Choose the region");
        assertThat(CrisisResources.REGIONS).doesNotContain("XX");
    }
}
