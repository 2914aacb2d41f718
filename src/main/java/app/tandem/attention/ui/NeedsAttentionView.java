package app.tandem.attention.ui;

import app.tandem.attention.AttentionCategory;
import app.tandem.attention.AttentionCounts;
import app.tandem.attention.AttentionFilter;
import app.tandem.attention.AttentionReason;
import app.tandem.attention.AttentionRow;
import app.tandem.attention.NeedsAttentionService;
import app.tandem.base.AppRoles;
import app.tandem.base.CurrentUser;
import app.tandem.base.ui.Badges;
import app.tandem.couple.ui.CoupleDetailView;
import app.tandem.security.AccountService;
import app.tandem.security.Counselor;
import app.tandem.security.ui.CounselorFilter;
import app.tandem.text.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.Map;

/**
 * The home screen: the couples that need action now, most urgent first, each with its reasons in
 * words. Buttons at the top show the count per category and filter the list; the grid is lazy,
 * each page one query.
 */
@Route("")
@PageTitle("Needs attention · Tandem")
@Menu(order = 1, title = "Needs attention", icon = "vaadin:bell")
@RolesAllowed({AppRoles.COUNSELOR, AppRoles.SUPERVISOR})
class NeedsAttentionView extends VerticalLayout {

    private final NeedsAttentionService attention;
    final Grid<AttentionRow> grid = new Grid<>();
    final Button all = new Button();
    final Map<AttentionCategory, Button> categoryButtons = new EnumMap<>(AttentionCategory.class);
    final ComboBox<Counselor> counselor = new ComboBox<>("Counselor");
    final Paragraph emptyState = new Paragraph(Texts.shared().get("attention.empty"));
    private AttentionCategory category;

    NeedsAttentionView(NeedsAttentionService attention, CurrentUser currentUser, AccountService accounts) {
        this.attention = attention;
        setSizeFull();
        boolean supervisor = currentUser.find().map(u -> u.isSupervisor()).orElse(false);
        H1 title = new H1("Needs attention");

        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        buttons.getElement().setAttribute("role", "group");
        buttons.getElement().setAttribute("aria-label", "Show one kind of reason");
        all.addClickListener(e -> select(null));
        buttons.add(all);
        for (AttentionCategory c : AttentionCategory.values()) {
            Button b = new Button();
            b.addClickListener(e -> select(c));
            categoryButtons.put(c, b);
            buttons.add(b);
        }

        HorizontalLayout filters = new HorizontalLayout(buttons);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWidthFull();
        if (supervisor) {
            CounselorFilter.offer(counselor, accounts.activeCounselors(), "All counselors", this::refresh);
            filters.addComponentAsFirst(counselor);
        }

        grid.addComponentColumn(this::referenceLink)
                .setHeader("Couple")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.partnerA() + " & " + r.partnerB())
                .setHeader("Partners")
                .setAutoWidth(true);
        grid.addComponentColumn(this::reasons).setHeader("Why").setFlexGrow(3);
        grid.addColumn(AttentionRow::counselorName).setHeader("Counselor").setAutoWidth(true);
        grid.setItems(query -> attention.page(filter(), query.getOffset(), query.getLimit()).stream());
        grid.setSizeFull();
        grid.setAriaLabel("Couples needing attention");

        emptyState.addClassName("empty-state");
        add(title, filters, emptyState, grid);
        refresh();
    }

    private AttentionFilter filter() {
        return new AttentionFilter(category, CounselorFilter.chosenId(counselor));
    }

    private void select(AttentionCategory selected) {
        category = selected;
        refresh();
    }

    /** Recounts, marks the chosen filter and reloads the grid. */
    private void refresh() {
        AttentionCounts counts = attention.counts(filter().counselorId());
        all.setText("All (" + counts.couples() + ")");
        mark(all, category == null);
        for (AttentionCategory c : AttentionCategory.values()) {
            Button b = categoryButtons.get(c);
            b.setText(c.label() + " (" + counts.of(c) + ")");
            b.setEnabled(counts.of(c) > 0 || c == category);
            mark(b, c == category);
        }
        boolean empty = counts.couples() == 0;
        emptyState.setVisible(empty);
        grid.setVisible(!empty);
        grid.getDataProvider().refreshAll();
    }

    private static void mark(Button b, boolean selected) {
        b.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_CONTRAST);
        b.addThemeVariants(selected ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
        b.getElement().setAttribute("aria-pressed", String.valueOf(selected));
    }

    private Component referenceLink(AttentionRow row) {
        return new RouterLink(
                row.reference(), CoupleDetailView.class, new RouteParameters("reference", row.reference()));
    }

    private Component reasons(AttentionRow row) {
        Div cell = new Div();
        cell.addClassName("attention-reasons");
        for (AttentionReason r : row.reasons()) {
            cell.add(Badges.badge(r.text(), theme(r.category())));
        }
        return cell;
    }

    private static String theme(AttentionCategory c) {
        return switch (c) {
            case CHECKIN_NOT_SAFE, ACTIVE_SAFETY, UNSIGNED_SAFETY, URGENT -> "error";
            case ESCALATION, NOT_ACTED_ON -> "";
            default -> "contrast";
        };
    }
}
