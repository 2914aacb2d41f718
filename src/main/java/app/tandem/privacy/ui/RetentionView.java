package app.tandem.privacy.ui;

import app.tandem.base.AppRoles;
import app.tandem.base.NotFoundException;
import app.tandem.base.ValidationFailure;
import app.tandem.base.ui.Dates;
import app.tandem.base.ui.Dialogs;
import app.tandem.base.ui.FieldErrors;
import app.tandem.practice.PracticeSettingsService;
import app.tandem.privacy.RetentionService;
import app.tandem.privacy.RetentionService.Due;
import app.tandem.privacy.RetentionService.Tombstone;
import app.tandem.text.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Map;

/**
 * Supervisor-only: closed couples past the practice's retention period, each destroyed after a
 * confirmation (typing its reference), and the tombstones of couples destroyed so far. Both lists
 * are paged in SQL.
 */
@Route("admin/retention")
@PageTitle("Retention · Tandem")
@Menu(order = 13, title = "Practice: retention", icon = "vaadin:archive")
@RolesAllowed(AppRoles.SUPERVISOR)
class RetentionView extends VerticalLayout {

    private final Texts texts = Texts.shared();
    private final RetentionService retention;
    final Grid<Due> due = new Grid<>();
    final Grid<Tombstone> tombstones = new Grid<>();
    final Div empty = new Div();

    RetentionView(RetentionService retention, PracticeSettingsService practice) {
        this.retention = retention;
        setSizeFull();
        ZoneId zone = practice.get().zone();
        add(
                new H1(texts.get("retention.title")),
                new Paragraph(texts.format(
                        "retention.intro", Map.of("years", practice.get().getRetentionYears()))));
        due.addColumn(Due::reference).setHeader("Couple").setAutoWidth(true);
        due.addColumn(d -> Dates.format(d.intakeDate())).setHeader("Intake");
        due.addColumn(d -> Dates.format(d.closedOn())).setHeader("Closed");
        due.addColumn(Due::counselor).setHeader("Counselor");
        due.addComponentColumn(d -> {
                    Button destroy = new Button(texts.get("retention.destroy"), e -> confirm(d));
                    destroy.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                    destroy.setId("destroy-" + d.reference());
                    return destroy;
                })
                .setHeader("");
        due.setItems(q -> retention.due(q.getOffset(), q.getLimit()).stream(), q -> retention.countDue());
        due.setAllRowsVisible(true);
        due.setAriaLabel("Closed couples past the retention period");
        empty.add(new Paragraph(texts.get("retention.empty")));
        empty.addClassName("empty-state");
        tombstones.addColumn(Tombstone::reference).setHeader("Couple").setAutoWidth(true);
        tombstones.addColumn(t -> Dates.format(t.intakeDate())).setHeader("Intake");
        tombstones.addColumn(t -> Dates.format(t.closedOn())).setHeader("Closed");
        tombstones.addColumn(t -> Dates.format(t.destroyedAt(), zone)).setHeader("Destroyed");
        tombstones.addColumn(Tombstone::destroyedBy).setHeader("By");
        tombstones.setItems(
                q -> retention.tombstones(q.getOffset(), q.getLimit()).stream(), q -> retention.countTombstones());
        tombstones.setAriaLabel(texts.get("retention.tombstonesTitle"));
        add(empty, due, new H2(texts.get("retention.tombstonesTitle")), tombstones);
        refresh();
    }

    private void refresh() {
        boolean none = retention.countDue() == 0;
        empty.setVisible(none);
        due.setVisible(!none);
        due.getDataProvider().refreshAll();
        tombstones.getDataProvider().refreshAll();
    }

    void confirm(Due d) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(texts.format("retention.confirmTitle", Map.of("reference", d.reference())));
        dialog.setId("destroy-dialog");
        dialog.setWidth("min(36rem, 95vw)");
        TextField typed = new TextField(texts.get("retention.confirmLabel"));
        typed.setId("destroy-reference");
        typed.setWidthFull();
        Paragraph body = new Paragraph(texts.get("retention.confirmBody"));
        body.addClassName("guidance-box");
        dialog.add(body, typed);
        Button go = new Button(texts.get("retention.destroy").replace("…", ""), e -> {
            FieldErrors.clear(Map.of("reference", typed));
            try {
                retention.destroy(d.coupleId(), typed.getValue());
                dialog.close();
                FieldErrors.Notifications.saved(texts.format("retention.done", Map.of("reference", d.reference())));
                refresh();
            } catch (ValidationFailure failure) {
                FieldErrors.show(failure, Map.of("reference", typed));
            } catch (NotFoundException gone) {
                dialog.close();
                FieldErrors.Notifications.error(gone.getMessage());
                refresh();
            }
        });
        go.addThemeVariants(ButtonVariant.LUMO_ERROR);
        go.setId("destroy-confirm");
        Dialogs.open(dialog, go);
    }
}
