package app.tandem.couple.ui;

import app.tandem.couple.CaseloadFilter;
import app.tandem.couple.CaseloadRow;
import app.tandem.couple.CoupleService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The top bar's search: finds a couple of the user's caseload (a supervisor's: any couple) by
 * reference or a partner's first or last name, from any screen, and opens it. Ctrl+K (or ⌘K)
 * focuses it. The lookup is the caseload query of {@link CoupleService}, access-checked there.
 */
public class CoupleSearch extends ComboBox<CaseloadRow> {

    public CoupleSearch(CoupleService couples) {
        setId("couple-search");
        setPlaceholder("Find a couple (Ctrl+K)");
        setAriaLabel("Find a couple by reference or name (Ctrl+K)");
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setClearButtonVisible(true);
        addClassName("couple-search");
        setItemLabelGenerator(r -> r.reference() + " · " + r.partnerA() + " & " + r.partnerB());
        setItems(query -> couples
                .caseload(
                        new CaseloadFilter(query.getFilter().orElse(""), null, null),
                        PageRequest.of(query.getPage(), Math.max(1, query.getPageSize()), Sort.by("reference")))
                .stream());
        addValueChangeListener(e -> {
            if (e.getValue() != null) {
                String reference = e.getValue().reference();
                clear();
                getUI().ifPresent(
                                ui -> ui.navigate(CoupleDetailView.class, new RouteParameters("reference", reference)));
            }
        });
    }

    /** Ctrl+K and ⌘K focus the search wherever the user is. */
    public void listenForShortcut(Component scope) {
        Shortcuts.addShortcutListener(scope, () -> focus(), Key.KEY_K, KeyModifier.CONTROL);
        Shortcuts.addShortcutListener(scope, () -> focus(), Key.KEY_K, KeyModifier.META);
    }
}
