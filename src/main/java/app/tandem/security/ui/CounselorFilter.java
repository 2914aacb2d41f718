package app.tandem.security.ui;

import app.tandem.security.Counselor;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;

/**
 * The supervisor's counselor filter above a practice-wide list or figure: the active counselors by
 * name, cleared to show everyone's.
 */
public final class CounselorFilter {

    private CounselorFilter() {}

    /** Offers {@code counselors} in {@code field}; {@code everyone} is the placeholder while none is chosen. */
    public static void offer(
            ComboBox<Counselor> field, List<Counselor> counselors, String everyone, Runnable onChange) {
        field.setItems(counselors);
        field.setItemLabelGenerator(Counselor::getDisplayName);
        field.setClearButtonVisible(true);
        field.setPlaceholder(everyone);
        field.addValueChangeListener(e -> onChange.run());
    }

    /** The chosen counselor's id, or null for everyone's. */
    public static Long chosenId(ComboBox<Counselor> field) {
        return field.getValue() == null ? null : field.getValue().getId();
    }
}
