package app.tandem.session.ui;

import app.tandem.base.ValidationFailure;
import app.tandem.base.ui.Dates;
import app.tandem.base.ui.Dialogs;
import app.tandem.base.ui.FieldErrors;
import app.tandem.base.ui.RecordBinder;
import app.tandem.casefile.CaseFile.AmendmentScope;
import app.tandem.couple.Couple;
import app.tandem.session.Amendment;
import app.tandem.session.CounselingSession;
import app.tandem.session.SessionService;
import app.tandem.session.SessionService.AmendRequest;
import app.tandem.text.Texts;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The amendments of a signed session, oldest first, and the dialog that adds one (shared, or to
 * one partner's private note). {@code added} runs after an amendment is saved.
 */
class AmendmentsSection extends Div {

    private final SessionService sessions;
    private final Couple couple;
    private final CounselingSession session;
    private final Texts texts;
    private final Runnable added;

    AmendmentsSection(
            SessionService sessions,
            Couple couple,
            CounselingSession session,
            ZoneId zone,
            Texts texts,
            Runnable added) {
        this.sessions = sessions;
        this.couple = couple;
        this.session = session;
        this.texts = texts;
        this.added = added;
        add(new H2("Amendments"));
        List<Amendment> list = sessions.amendments(session.getId());
        if (list.isEmpty()) {
            add(new Paragraph("No amendments."));
        }
        for (Amendment a : list) {
            add(SessionMarks.amendment(a, couple, zone));
        }
        Button amend = new Button("Add amendment", e -> openDialog());
        amend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        amend.setId("add-amendment");
        add(amend);
    }

    private void openDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Amend the note of " + Dates.format(session.getDate()));
        RadioButtonGroup<AmendmentScope> scope = new RadioButtonGroup<>(texts.get("amendment.scopeLabel"));
        scope.setItems(AmendmentScope.values());
        scope.setItemLabelGenerator(sc -> texts.format(
                "amendment.scope." + sc.name(),
                Map.of(
                        "name",
                        sc.partner() == null ? "" : couple.partner(sc.partner()).getFirstName())));
        scope.setId("amendment-scope");
        TextField reason = new TextField("Reason for the correction");
        reason.setWidthFull();
        TextArea text = new TextArea("Correction");
        text.setWidthFull();
        dialog.add(new VerticalLayout(scope, reason, text));
        dialog.setWidth("min(40rem, 95vw)");
        Map<String, HasValidation> fields = Map.of("scope", scope, "reason", reason, "text", text);
        RecordBinder<AmendRequest> binder = new RecordBinder<>(AmendRequest.class)
                .bind(scope, "scope")
                .bind(reason, "reason")
                .bind(text, "text");
        binder.read(new AmendRequest(AmendmentScope.SHARED, "", ""));
        Button save = new Button("Add amendment", e -> {
            FieldErrors.clear(fields);
            try {
                sessions.amend(session.getId(), binder.write());
                dialog.close();
                FieldErrors.Notifications.saved("Amendment added.");
                added.run();
            } catch (ValidationFailure failure) {
                FieldErrors.show(failure, fields);
            }
        });
        save.setId("save-amendment");
        Dialogs.open(dialog, save);
    }
}
