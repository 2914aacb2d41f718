package app.tandem.couple.ui;

import app.tandem.base.ui.Badges;
import app.tandem.base.ui.Dates;
import app.tandem.couple.CaseloadFilter;
import app.tandem.couple.CaseloadRow;
import app.tandem.couple.CoupleService;
import app.tandem.casefile.CaseFile.CoupleStatus;
import app.tandem.practice.PracticeSettingsService;
import app.tandem.security.AccountService;
import app.tandem.security.AppRoles;
import app.tandem.security.Counselor;
import app.tandem.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;

/**
 * The caseload: a lazy grid of the counselor's couples (a supervisor's: every couple, with a
 * counselor filter). Paging, sorting and filtering happen in SQL, one statement per page.
 */
@Route("caseload")
@PageTitle("Caseload · Tandem")
@Menu(order = 2, title = "Caseload", icon = "USERS")
@RolesAllowed({AppRoles.COUNSELOR, AppRoles.SUPERVISOR})
class CaseloadView extends VerticalLayout {

    private final CoupleService couples;
    final Grid<CaseloadRow> grid = new Grid<>(CaseloadRow.class, false);
    final TextField search = new TextField();
    final Select<CoupleStatus> status = new Select<>();
    final ComboBox<Counselor> counselor = new ComboBox<>("Counselor");
    final Div emptyState = new Div();
    private final LocalDate today;

    CaseloadView(CoupleService couples, CurrentUser currentUser, AccountService accounts, PracticeSettingsService practice) {
        this.couples = couples;
        this.today = practice.today();
        setSizeFull();
        boolean supervisor = currentUser.find().map(u -> u.isSupervisor()).orElse(false);

        Button newCouple = new Button("New couple", VaadinIcon.PLUS.create(), e -> openNew());
        newCouple.setId("new-couple");
        newCouple.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importFile = new Button("Import case file", VaadinIcon.UPLOAD.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("couples/import")));
        HorizontalLayout header = new HorizontalLayout(new H1("Caseload"), newCouple, importFile);
        header.setAlignItems(Alignment.BASELINE);

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
        filters.setAlignItems(Alignment.BASELINE);
        if (supervisor) {
            counselor.setItems(accounts.activeCounselors());
            counselor.setItemLabelGenerator(Counselor::getDisplayName);
            counselor.setClearButtonVisible(true);
            counselor.setPlaceholder("All counselors");
            counselor.addValueChangeListener(e -> refresh());
            filters.add(counselor);
        }

        grid.addComponentColumn(this::referenceLink).setHeader("Reference").setSortProperty("reference").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CaseloadRow::partnerA).setHeader("Partner A").setSortProperty("partnerA.lastName").setAutoWidth(true);
        grid.addColumn(CaseloadRow::partnerB).setHeader("Partner B").setSortProperty("partnerB.lastName").setAutoWidth(true);
        grid.addComponentColumn(this::statusCell).setHeader("Status").setSortProperty("status").setAutoWidth(true);
        grid.addColumn(CaseloadRow::counselorName).setHeader("Counselor").setSortProperty("co.displayName").setAutoWidth(true);
        grid.addColumn(r -> Dates.format(r.lastSessionDate())).setHeader("Last session").setSortProperty("s.lastSessionDate").setAutoWidth(true);
        grid.addComponentColumn(this::nextDueCell).setHeader("Next homework due").setSortProperty("s.nextHomeworkDue").setAutoWidth(true);
        grid.addColumn(r -> r.weeksSinceIntake(today)).setHeader("Weeks since intake").setSortProperty("intakeDate").setAutoWidth(true);
        grid.addColumn(r -> r.adherence() == null ? "—" : Math.round(r.adherence().doubleValue() * 100) + " %")
                .setHeader("Adherence").setSortProperty("s.adherence").setAutoWidth(true);
        grid.addColumn(r -> RecommendationLabels.of(r.recommendation())).setHeader("Recommendation")
                .setSortProperty("s.recommendation").setAutoWidth(true);
        grid.setMultiSort(false);
        grid.addItemClickListener(e -> open(e.getItem().reference()));
        grid.setItems(query -> couples.caseload(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.sort(List.of(new GridSortOrder<>(grid.getColumns().get(0), SortDirection.ASCENDING)));
        grid.setSizeFull();
        grid.setAriaLabel("Caseload");

        emptyState.addClassName("empty-state");
        Button first = new Button("Add your first couple", e -> openNew());
        first.setId("first-couple");
        first.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        emptyState.add(new Paragraph("No couples yet. Add your first couple: the intake form asks for both partners and "
                + "how the distance began."), first);
        boolean any = couples.hasAnyCouple();
        emptyState.setVisible(!any);
        grid.setVisible(any);
        filters.setVisible(any);
        add(header, filters, emptyState, grid);
    }

    private CaseloadFilter filter() {
        return new CaseloadFilter(search.getValue(), status.getValue(),
                counselor.getValue() == null ? null : counselor.getValue().getId());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private Component referenceLink(CaseloadRow row) {
        RouterLink link = new RouterLink(row.reference(), CoupleDetailView.class, new RouteParameters("reference", row.reference()));
        if (row.safetyMarker()) {
            HorizontalLayout cell = new HorizontalLayout(link, Badges.safety());
            cell.setSpacing(true);
            return cell;
        }
        return link;
    }

    private Component statusCell(CaseloadRow row) {
        return Badges.badge(Labels.of(row.status()), switch (row.status()) {
            case ACTIVE -> "success";
            case PAUSED -> "contrast";
            case REFERRED -> "";
            case CLOSED -> "contrast";
        });
    }

    private Component nextDueCell(CaseloadRow row) {
        Span text = new Span(Dates.format(row.nextHomeworkDue()));
        if (row.overdueHomework() > 0) {
            return new HorizontalLayout(text, Badges.badge(row.overdueHomework() + " overdue", "error"));
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
