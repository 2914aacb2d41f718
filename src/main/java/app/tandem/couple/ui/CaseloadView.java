package app.tandem.couple.ui;

import app.tandem.base.AppRoles;
import app.tandem.base.CurrentUser;
import app.tandem.base.ui.Badges;
import app.tandem.base.ui.Dates;
import app.tandem.casefile.CaseFile.CoupleStatus;
import app.tandem.couple.CaseloadColumnsService;
import app.tandem.couple.CaseloadFilter;
import app.tandem.couple.CaseloadRow;
import app.tandem.couple.CoupleService;
import app.tandem.practice.PracticeSettingsService;
import app.tandem.security.AccountService;
import app.tandem.security.Counselor;
import app.tandem.security.ui.CounselorFilter;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The caseload: a lazy grid of the counselor's couples (a supervisor's: every couple, with a
 * counselor filter). Paging, sorting and filtering happen in SQL, one statement per page.
 */
@Route("caseload")
@PageTitle("Caseload · Tandem")
@Menu(order = 2, title = "Caseload", icon = "vaadin:users")
@RolesAllowed({AppRoles.COUNSELOR, AppRoles.SUPERVISOR})
class CaseloadView extends VerticalLayout {

    private final CoupleService couples;
    final Grid<CaseloadRow> grid = new Grid<>(CaseloadRow.class, false);
    final TextField search = new TextField();
    final Select<CoupleStatus> status = new Select<>();
    final ComboBox<Counselor> counselor = new ComboBox<>("Counselor");
    final Div emptyState = new Div();
    private final LocalDate today;
    private final CaseloadColumnsService columnChoice;
    /** The columns beyond the key ones, by the key the chooser stores. */
    final Map<String, Grid.Column<CaseloadRow>> optional = new LinkedHashMap<>();

    CaseloadView(
            CoupleService couples,
            CurrentUser currentUser,
            AccountService accounts,
            PracticeSettingsService practice,
            CaseloadColumnsService columnChoice) {
        this.couples = couples;
        this.columnChoice = columnChoice;
        this.today = practice.today();
        setSizeFull();
        boolean supervisor = currentUser.find().map(u -> u.isSupervisor()).orElse(false);
        HorizontalLayout header = header();
        HorizontalLayout filters = filters(supervisor, accounts);
        configureGrid(supervisor);
        configureEmptyState();
        filters.add(columnChooser());
        boolean any = couples.hasAnyCouple();
        emptyState.setVisible(!any);
        grid.setVisible(any);
        filters.setVisible(any);
        add(header, filters, emptyState, grid);
    }

    /** The title with the buttons that add a couple. */
    private HorizontalLayout header() {
        Button newCouple = new Button("New couple", VaadinIcon.PLUS.create(), e -> openNew());
        newCouple.setId("new-couple");
        newCouple.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importFile = new Button(
                "Import case file",
                VaadinIcon.UPLOAD.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("couples/import")));
        HorizontalLayout header = new HorizontalLayout(new H1("Caseload"), newCouple, importFile);
        header.setAlignItems(Alignment.BASELINE);
        return header;
    }

    /** Search, status and (for a supervisor) counselor filters; each change refreshes the grid. */
    private HorizontalLayout filters(boolean supervisor, AccountService accounts) {
        search.setLabel("Search");
        search.setPlaceholder("Name or reference");
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        status.setLabel("Status");
        status.setItems(CoupleStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setItemLabelGenerator(s -> s == null ? "Any status" : Labels.of(s));
        status.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(search, status);
        filters.getStyle().set("flex-wrap", "wrap");
        filters.setAlignItems(Alignment.BASELINE);
        if (supervisor) {
            CounselorFilter.offer(counselor, accounts.activeCounselors(), "All counselors", this::refresh);
            filters.add(counselor);
        }
        return filters;
    }

    private void configureGrid(boolean supervisor) {
        // The key columns fit a 1366 px screen without scrolling; the others come and go through the
        // column chooser, remembered per counselor on the server (decision 0092).
        addKeyColumns();
        addOptionalColumns();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        Set<String> shown = columnChoice.shown().orElse(supervisor ? Set.of("counselor") : Set.of());
        optional.forEach((key, column) -> column.setVisible(shown.contains(key)));
        grid.setMultiSort(false);
        grid.addItemClickListener(e -> open(e.getItem().reference()));
        grid.setItems(query -> couples.caseload(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.sort(List.of(new GridSortOrder<>(grid.getColumns().get(0), SortDirection.ASCENDING)));
        grid.setSizeFull();
        grid.setAriaLabel("Caseload");
    }

    /** The columns always shown, the reference first (the grid's first sort). */
    private void addKeyColumns() {
        grid.addComponentColumn(this::referenceLink)
                .setHeader("Reference")
                .setSortProperty("reference")
                .setKey("reference")
                .setWidth("8.5rem")
                .setFlexGrow(1);
        grid.addColumn(r -> r.partnerA() + " & " + r.partnerB())
                .setHeader("Partners")
                .setSortProperty("partnerA.lastName")
                .setKey("partners")
                .setWidth("12rem")
                .setFlexGrow(2);
        grid.addComponentColumn(this::statusCell)
                .setHeader("Status")
                .setSortProperty("status")
                .setKey("status")
                .setWidth("6.5rem")
                .setFlexGrow(0);
        grid.addColumn(r -> RecommendationLabels.of(r.recommendation()))
                .setHeader("Recommendation")
                .setSortProperty("s.recommendation")
                .setKey("recommendation")
                .setWidth("10rem")
                .setFlexGrow(1);
        grid.addColumn(r -> Dates.format(r.lastSessionDate()))
                .setHeader("Last session")
                .setSortProperty("s.lastSessionDate")
                .setKey("last-session")
                .setWidth("7.5rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::nextDueCell)
                .setHeader("Next homework due")
                .setSortProperty("s.nextHomeworkDue")
                .setKey("next-due")
                .setWidth("8.5rem")
                .setFlexGrow(0);
    }

    /** The columns the column chooser shows or hides, each under its key in {@code optional}. */
    private void addOptionalColumns() {
        optional.put(
                "counselor",
                grid.addColumn(CaseloadRow::counselorName)
                        .setHeader("Counselor")
                        .setSortProperty("co.displayName")
                        .setKey("counselor")
                        .setWidth("9rem")
                        .setFlexGrow(1));
        optional.put(
                "weeks",
                grid.addColumn(r -> r.weeksSinceIntake(today))
                        .setHeader("Weeks since intake")
                        .setSortProperty("intakeDate")
                        .setKey("weeks")
                        .setWidth("6rem")
                        .setFlexGrow(0));
        optional.put(
                "adherence",
                grid.addColumn(r -> r.adherence() == null
                                ? "—"
                                : Math.round(r.adherence().doubleValue() * 100) + " %")
                        .setHeader("Adherence")
                        .setSortProperty("s.adherence")
                        .setKey("adherence")
                        .setWidth("6rem")
                        .setFlexGrow(0));
    }

    private void configureEmptyState() {
        emptyState.addClassName("empty-state");
        Button first = new Button("Add your first couple", e -> openNew());
        first.setId("first-couple");
        first.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        emptyState.add(
                new Paragraph("No couples yet. Add your first couple: the intake form asks for both partners and "
                        + "how the distance began."),
                first);
    }

    /** "Columns": checkable entries for the optional columns; each change is stored for this counselor. */
    private Component columnChooser() {
        MenuBar bar = new MenuBar();
        bar.setId("caseload-columns");
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        MenuItem root = bar.addItem(new Span("Columns"));
        root.getElement().setAttribute("aria-label", "Choose the caseload's columns");
        optional.forEach((key, column) -> {
            MenuItem item = root.getSubMenu().addItem(headerText(key));
            item.setId("column-" + key);
            item.setCheckable(true);
            item.setChecked(column.isVisible());
            item.addClickListener(e -> {
                column.setVisible(item.isChecked());
                Set<String> keys = new LinkedHashSet<>();
                optional.forEach((k, c) -> {
                    if (c.isVisible()) {
                        keys.add(k);
                    }
                });
                columnChoice.save(keys);
            });
        });
        return bar;
    }

    private static String headerText(String key) {
        return switch (key) {
            case "counselor" -> "Counselor";
            case "weeks" -> "Weeks since intake";
            case "adherence" -> "Adherence";
            default -> key;
        };
    }

    private CaseloadFilter filter() {
        return new CaseloadFilter(search.getValue(), status.getValue(), CounselorFilter.chosenId(counselor));
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private Component referenceLink(CaseloadRow row) {
        RouterLink link = new RouterLink(
                row.reference(), CoupleDetailView.class, new RouteParameters("reference", row.reference()));
        if (row.safetyMarker()) {
            Div cell = new Div(link, Badges.safety());
            cell.addClassName("reference-cell");
            return cell;
        }
        return link;
    }

    private Component statusCell(CaseloadRow row) {
        return Badges.badge(
                Labels.of(row.status()),
                switch (row.status()) {
                    case ACTIVE -> "success";
                    case PAUSED -> "contrast";
                    case REFERRED -> "";
                    case CLOSED -> "contrast";
                });
    }

    private Component nextDueCell(CaseloadRow row) {
        Span text = new Span(Dates.format(row.nextHomeworkDue()));
        if (row.overdueHomework() > 0) {
            Div cell = new Div(text, Badges.badge(row.overdueHomework() + " overdue", "error"));
            cell.addClassName("reference-cell");
            return cell;
        }
        return text;
    }

    private void open(String reference) {
        getUI().ifPresent(ui -> ui.navigate(CoupleDetailView.class, new RouteParameters("reference", reference)));
    }

    private void openNew() {
        getUI().ifPresent(ui -> ui.navigate(NewCoupleView.class));
    }
}
