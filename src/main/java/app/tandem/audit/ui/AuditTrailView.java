package app.tandem.audit.ui;

import app.tandem.audit.AuditAction;
import app.tandem.audit.AuditEvent;
import app.tandem.audit.AuditService;
import app.tandem.base.AppRoles;
import app.tandem.base.PracticeCalendar;
import app.tandem.base.ui.Dates;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;

/** Supervisor-only: the audit trail, newest first, filtered by action, person and dates; paged in SQL. */
@Route("admin/audit")
@PageTitle("Audit trail · Tandem")
@Menu(order = 12, title = "Practice: audit trail", icon = "vaadin:list")
@RolesAllowed(AppRoles.SUPERVISOR)
class AuditTrailView extends VerticalLayout {

    final Grid<AuditEvent> grid = new Grid<>();
    final ComboBox<AuditAction> action = new ComboBox<>("Action");
    final TextField actor = new TextField("Person (e-mail contains)");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");

    AuditTrailView(AuditService audit, PracticeCalendar practice) {
        setSizeFull();
        ZoneId zone = practice.zone();
        action.setItems(AuditAction.values());
        action.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        HorizontalLayout filters = new HorizontalLayout(action, actor, from, to);
        filters.setAlignItems(Alignment.BASELINE);
        grid.addColumn(e -> Dates.format(e.getOccurredAt(), zone))
                .setHeader("When")
                .setAutoWidth(true);
        grid.addColumn(e -> e.getActorEmail() == null ? "—" : e.getActorEmail())
                .setHeader("Who")
                .setAutoWidth(true);
        grid.addColumn(e -> e.getAction().name()).setHeader("Action").setAutoWidth(true);
        grid.addColumn(e -> e.getObjectType() == null
                        ? ""
                        : e.getObjectType() + " " + (e.getObjectId() == null ? "" : e.getObjectId()))
                .setHeader("Record")
                .setAutoWidth(true);
        grid.addColumn(AuditEvent::getOutcome).setHeader("Outcome");
        grid.addColumn(e -> e.getDetail() == null ? "" : e.getDetail()).setHeader("Detail");
        grid.setItems(q -> audit
                .search(
                        action.getValue(),
                        actor.getValue(),
                        from.getValue() == null
                                ? null
                                : from.getValue().atStartOfDay(zone).toInstant(),
                        to.getValue() == null
                                ? null
                                : to.getValue().plusDays(1).atStartOfDay(zone).toInstant(),
                        VaadinSpringDataHelpers.toSpringPageRequest(q))
                .stream());
        grid.setAriaLabel("Audit trail");
        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        actor.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(new H1("Audit trail"), filters, grid);
        audit.record(AuditAction.AUDIT_VIEWED, "AUDIT", null);
    }
}
