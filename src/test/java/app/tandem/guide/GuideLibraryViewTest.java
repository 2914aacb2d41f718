package app.tandem.guide;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GuideLibraryViewTest extends ViewTest {

    @Autowired
    GuideService guide;

    @Autowired
    GuideSeedLoader loader;

    @BeforeEach
    void signIn() {
        fixtures.reset();
        loginAs(fixtures.counselor("Dana Whitfield"));
    }

    static List<String> seedStepTitles() throws Exception {
        try (InputStream in = GuideLibraryViewTest.class.getResourceAsStream("/seeds/guide/guide-v2.json")) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            List<String> titles = new ArrayList<>();
            for (JsonNode section : root.get("sections")) {
                for (JsonNode step : section.path("steps")) {
                    titles.add(step.get("title").asString());
                }
            }
            return titles;
        }
    }

    @Test
    void the_library_lists_every_step_of_the_guide() throws Exception {
        navigate("guide", com.vaadin.flow.component.Component.class);
        List<String> shown = $(Details.class).all().stream()
                .map(d -> ((com.vaadin.flow.component.HasComponents) d.getSummary())
                        .getElement()
                        .getChild(0)
                        .getText())
                .toList();
        List<String> expected = seedStepTitles();
        assertThat(expected).hasSizeGreaterThanOrEqualTo(15);
        assertThat(shown).containsExactlyElementsOf(expected);
    }

    /** A supervisor adds a practice step through the form; its duration starts at seven days. */
    @Test
    void a_supervisor_adds_a_practice_step_through_the_form() {
        loginAs(fixtures.supervisor("Robin Okafor"));
        navigate("guide", com.vaadin.flow.component.Component.class);
        test($(Button.class).withText("Add practice step").single()).click();
        Dialog dialog = $(Dialog.class).single();
        test($(TextField.class, dialog).withCaption("Title").single()).setValue("Evening check-in walk");
        test($(TextArea.class, dialog).withCaption("Instructions").single())
                .setValue("Walk for ten minutes after dinner.");
        test($(Button.class, dialog).withText("Add step").single()).click();

        assertThat($(Dialog.class).all()).isEmpty();
        GuideStep added = guide.assignableSteps().stream()
                .filter(st -> st.getTitle().equals("Evening check-in walk"))
                .findFirst()
                .orElseThrow();
        assertThat(added.getDefaultDurationDays()).isEqualTo(7);
        assertThat(added.getInstructions()).isEqualTo("Walk for ten minutes after dinner.");
    }

    @Test
    void loading_the_seed_again_adds_nothing() {
        int before = guide.library().stream().mapToInt(s -> s.steps().size()).sum();
        assertThat(loader.loadAll()).isZero();
        assertThat(guide.library().stream().mapToInt(s -> s.steps().size()).sum())
                .isEqualTo(before);
    }

    @Test
    void the_guide_has_its_five_steps_and_the_two_day_ease_off_step() {
        List<GuideStep> assignable = guide.assignableSteps();
        assertThat(assignable)
                .extracting(GuideStep::getStepKey)
                .contains(
                        "decode-signs",
                        "create-space",
                        "low-stakes-connection",
                        "non-confrontational-communication",
                        "connection-appointments");
        GuideStep space = assignable.stream()
                .filter(s -> s.getStepKey().equals("create-space"))
                .findFirst()
                .orElseThrow();
        assertThat(space.getDefaultDurationDays()).isEqualTo(2);
        GuideStep talk = assignable.stream()
                .filter(s -> s.getStepKey().equals("non-confrontational-communication"))
                .findFirst()
                .orElseThrow();
        assertThat(talk.getExamples()).isNotEmpty();
    }
}
