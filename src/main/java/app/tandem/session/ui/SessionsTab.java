package app.tandem.session.ui;

import app.tandem.base.ValidationFailure;
import app.tandem.base.ui.Badges;
import app.tandem.base.ui.Dates;
import app.tandem.base.ui.Dialogs;
import app.tandem.base.ui.FieldErrors;
import app.tandem.casefile.CaseFile.Flag;
import app.tandem.casefile.CaseFile.SafetyOutcome;
import app.tandem.couple.Couple;
import app.tandem.session.CounselingSession;
import app.tandem.session.ReviewStatus;
import app.tandem.session.SafetyReview;
import app.tandem.session.SessionService;
import app.tandem.text.Texts;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** The couple's sessions (newest first) and safety reviews. Opening the tab is one audited read. */
public class SessionsTab extends VerticalLayout {

    private final Couple couple;
    private final SessionService sessions;
    private final LocalDate today;
    private final ZoneId zone;
    private final Runnable onChange;
    final Button newSession = new Button("New session", VaadinIcon.PLUS.create());
    final Button review = new Button("Record safety review", VaadinIcon.SHIELD.create());

    public SessionsTab(Couple couple, SessionService sessions, LocalDate today, ZoneId zone, Runnable onChange) {
        this.couple = couple;
        this.sessions = sessions;
        this.today = today;
        this.zone = zone;
        this.onChange = onChange;
        setPadding(false);
        newSession.setId("new-session");
        newSession.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newSession.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                SessionFormView.class,
                new RouteParameters(Map.of("reference", couple.getReference(), "session", "new")))));
        review.addClickListener(e -> openReviewDialog());
        add(new HorizontalLayout(newSession, review));

        List<CounselingSession> list = sessions.listForScreen(couple.getId());
        if (list.isEmpty()) {
            Div empty = new Div(new Paragraph(Texts.shared().get("sessions.empty")));
            empty.addClassName("empty-state");
            add(empty);
        }
        for (CounselingSession s : list.reversed()) {
            add(row(s));
        }
        List<ReviewStatus> reviews = sessions.safetyReviewStatuses(couple.getId());
        add(new H3("Safety reviews"));
        if (reviews.isEmpty()) {
            add(new Paragraph("No safety review recorded."));
        }
        for (ReviewStatus status : reviews.reversed()) {
            add(reviewRow(status));
        }
    }

    private Div reviewRow(ReviewStatus status) {
        SafetyReview r = status.review();
        Texts texts = Texts.shared();
        Div row = new Div(new Span(SessionMarks.review(r, zone)));
        row.addClassName("safety-review-row");
        if (status.coSignature() != null) {
            row.add(new Span(" · "
                    + texts.format(
                            "review.cosign.done",
                            Map.of(
                                    "by",
                                    status.coSignature().getCosignedBy(),
                                    "date",
                                    Dates.format(status.coSignature().getCosignedAt(), zone)))));
        } else if (status.awaitingCoSignature()) {
            Paragraph waiting = new Paragraph(texts.get("review.cosign.needed"));
            waiting.addClassName("guidance-box");
            row.add(waiting);
            if (sessions.mayCoSign(status)) {
                Button coSign = new Button("Co-sign review", VaadinIcon.CHECK.create(), e -> confirmCoSign(status));
                coSign.setId("cosign-review-" + r.getId());
                coSign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                row.add(coSign);
            }
        }
        return row;
    }

    private void confirmCoSign(ReviewStatus status) {
        Texts texts = Texts.shared();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(texts.get("review.cosign.confirmTitle"));
        Paragraph criteria = new Paragraph(texts.get("review.help").strip());
        criteria.getStyle().set("white-space", "pre-line");
        confirm.setText(new Div(
                new Paragraph(texts.format(
                        "review.cosign.confirmText",
                        Map.of("date", Dates.format(status.review().getDate())))),
                criteria));
        confirm.setCancelable(true);
        confirm.setConfirmText("Co-sign");
        confirm.setId("confirm-cosign");
        confirm.addConfirmListener(e -> {
            try {
                sessions.coSign(status.review().getId());
                FieldErrors.Notifications.saved("Safety review co-signed.");
                onChange.run();
            } catch (ValidationFailure failure) {
                FieldErrors.Notifications.error(failure.getMessage());
            }
        });
        confirm.open();
    }

    private HorizontalLayout row(CounselingSession s) {
        RouterLink link = new RouterLink(
                Dates.format(s.getDate()) + (s.getStartTime() == null ? "" : " " + s.getStartTime()),
                SessionFormView.class,
                new RouteParameters(Map.of("reference", couple.getReference(), "session", String.valueOf(s.getId()))));
        HorizontalLayout row = new HorizontalLayout(
                link,
                new Span(SessionLabels.of(s.getAttendance())),
                s.isSigned() ? Badges.badge("Signed", "success") : Badges.badge("Draft", "contrast"));
        if (s.isImported()) {
            row.add(Badges.badge(Texts.shared().get("imported.badge"), "contrast"));
        }
        for (Flag f : s.getFlags()) {
            row.add(Badges.badge(SessionLabels.of(f), f.isSafety() ? "error primary" : "error"));
        }
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("session-row");
        return row;
    }

    private void openReviewDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Record a safety review");
        Paragraph help = new Paragraph(Texts.shared().get("review.help"));
        help.getStyle().set("white-space", "pre-line").set("max-width", "40rem");
        DatePicker date = new DatePicker("Date of the review", today);
        RadioButtonGroup<SafetyOutcome> outcome = new RadioButtonGroup<>("Outcome");
        outcome.setItems(SafetyOutcome.values());
        outcome.setItemLabelGenerator(o -> Texts.shared().get("review.outcome." + o.name()));
        TextField referral = new TextField("Referral made");
        referral.setWidthFull();
        TextArea plan = new TextArea("Safety plan");
        plan.setWidthFull();
        FormLayout form = new FormLayout(date, outcome, referral, plan);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(help, form);
        Map<String, HasValidation> fields = Map.of("date", date, "outcome", outcome, "safetyPlan", plan);
        Button save = new Button("Sign and record review", e -> {
            FieldErrors.clear(fields);
            try {
                SafetyReview recorded = sessions.recordSafetyReview(
                        couple.getId(),
                        new SessionService.ReviewRequest(
                                date.getValue(), outcome.getValue(), referral.getValue(), plan.getValue()));
                dialog.close();
                FieldErrors.Notifications.saved(
                        sessions.safetyReviewStatuses(couple.getId()).stream()
                                        .anyMatch(st -> st.review().getId().equals(recorded.getId())
                                                && st.awaitingCoSignature())
                                ? Texts.shared().get("review.cosign.recordedNeedsCosign")
                                : "Safety review recorded.");
                onChange.run();
            } catch (ValidationFailure failure) {
                FieldErrors.show(failure, fields);
            }
        });
        Dialogs.open(dialog, save);
    }
}
