package app.tandem.homework.ui;

import app.tandem.base.ConcurrentEditException;
import app.tandem.base.ValidationFailure;
import app.tandem.base.ui.FieldErrors;
import app.tandem.casefile.CaseFile.Completion;
import app.tandem.casefile.PartnerId;
import app.tandem.homework.HomeworkAssignment;
import app.tandem.homework.HomeworkService;
import com.vaadin.flow.component.select.Select;
import java.util.function.Consumer;

/**
 * How far one partner did one homework assignment, recorded the moment it is chosen: the select
 * of the Homework tab and of the session form's "homework due since the last session". Both
 * partners' selects of one assignment share its {@link Version}, so the second choice does not
 * meet the first as someone else's edit.
 */
public class CompletionSelect extends Select<Completion> {

    /** The version of one assignment as its selects last saw it. */
    public static final class Version {
        private long value;

        public Version(long value) {
            this.value = value;
        }
    }

    public CompletionSelect(String label, Completion value) {
        setLabel(label);
        setItems(Completion.values());
        setItemLabelGenerator(CompletionSelect::label);
        setPlaceholder("Not recorded");
        setValue(value);
    }

    /** "Done", "Partly done", "Not done". */
    public static String label(Completion c) {
        return switch (c) {
            case DONE -> "Done";
            case PARTIAL -> "Partly done";
            case NOT_DONE -> "Not done";
        };
    }

    /**
     * Saves every choice through {@code homework} (keeping the partner's reflection); then
     * {@code saved} gets the choice, or, when the service refuses, its sentence is shown and
     * {@code refused} runs.
     */
    public CompletionSelect recording(
            HomeworkService homework,
            HomeworkAssignment h,
            PartnerId p,
            Version version,
            Consumer<Completion> saved,
            Runnable refused) {
        addValueChangeListener(e -> {
            if (e.getValue() == null && !e.isFromClient()) {
                return;
            }
            try {
                version.value = homework.record(h.getId(), version.value, p, e.getValue(), h.reflection(p))
                        .getVersion();
                saved.accept(e.getValue());
            } catch (ValidationFailure | ConcurrentEditException ex) {
                FieldErrors.Notifications.error(ex.getMessage());
                refused.run();
            }
        });
        return this;
    }
}
