package app.tandem.session.ui;

import app.tandem.base.AppRoles;
import app.tandem.base.ConcurrentEditException;
import app.tandem.base.NotFoundException;
import app.tandem.base.Problem;
import app.tandem.base.ValidationFailure;
import app.tandem.base.ui.Badges;
import app.tandem.base.ui.ConflictNotice;
import app.tandem.base.ui.Dates;
import app.tandem.base.ui.FieldErrors;
import app.tandem.base.ui.RecordNotFound;
import app.tandem.base.ui.WholeNumbers;
import app.tandem.casefile.PartnerId;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleService;
import app.tandem.couple.ui.CoupleDetailView;
import app.tandem.homework.HomeworkService;
import app.tandem.practice.PracticeSettingsService;
import app.tandem.security.SessionGuard;
import app.tandem.session.CounselingSession;
import app.tandem.session.SessionContent;
import app.tandem.session.SessionService;
import app.tandem.session.SessionValidator;
import app.tandem.session.SignedSessionException;
import app.tandem.text.ScoreAnchors;
import app.tandem.text.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * The session page: a {@link SessionForm} filled top to bottom from the keyboard, saved as a
 * draft or signed. Drafts save themselves a few seconds after typing pauses; leaving with unsaved
 * changes asks first; a signed session is read-only and takes amendments instead
 * ({@link AmendmentsSection}). A note shows before the idle sign-out ({@link SessionIdleNotice}).
 */
@Route("couples/:reference/sessions/:session")
@PageTitle("Session · Tandem")
@RolesAllowed({AppRoles.COUNSELOR, AppRoles.SUPERVISOR})
public class SessionFormView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver {

    /** How long typing must pause before a draft saves itself. */
    static final int AUTOSAVE_PAUSE_MS = 3000;

    private final CoupleService couples;
    private final SessionService sessions;
    private final HomeworkService homework;
    private final PracticeSettingsService practice;
    private final Duration idleTimeout;
    private final Texts texts = Texts.shared();
    private final ScoreAnchors anchors = ScoreAnchors.shared();

    private Couple couple;
    private Long sessionId;
    private long version;
    private boolean dirty;

    SessionForm form;
    final Span saveState = new Span();
    final ConflictNotice conflict = new ConflictNotice();
    SessionIdleNotice idleNotice;

    SessionFormView(
            CoupleService couples,
            SessionService sessions,
            HomeworkService homework,
            PracticeSettingsService practice,
            SessionGuard guard) {
        this.couples = couples;
        this.sessions = sessions;
        this.homework = homework;
        this.practice = practice;
        this.idleTimeout = guard.idleTimeout();
        setMaxWidth("72rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String reference = event.getRouteParameters().get("reference").orElse("");
        String session = event.getRouteParameters().get("session").orElse("");
        couple = null;
        try {
            couple = couples.require(reference);
            if ("new".equals(session)) {
                build(null, SessionContent.startingOn(practice.today()));
            } else {
                CounselingSession s = sessions.open(Long.parseLong(session));
                if (!s.getCouple().getId().equals(couple.getId())) {
                    throw new NotFoundException("The session");
                }
                build(s, sessions.content(s));
            }
        } catch (NotFoundException | NumberFormatException e) {
            RecordNotFound notFound = reference.equals(couple == null ? null : couple.getReference())
                    ? RecordNotFound.session()
                    : RecordNotFound.couple(reference);
            event.rerouteToError(notFound, notFound.sentence());
        }
    }

    /** The page anew for {@code existing} (null: a new session); the router reuses this view between sessions. */
    private void build(CounselingSession existing, SessionContent content) {
        removeAll();
        sessionId = existing == null ? null : existing.getId();
        version = existing == null ? 0 : existing.getVersion();
        boolean signed = existing != null && existing.isSigned();
        addHeader(existing, signed);
        int anchorsVersion = existing == null ? anchors.current() : existing.getAnchorsVersion();
        List<CounselingSession> others = sessions.list(couple.getId()).stream()
                .filter(s -> !s.getId().equals(sessionId))
                .toList();
        DueHomeworkSection due = new DueHomeworkSection(
                couple, others, homework.list(couple.getId()), content.date(), practice.today(), homework);
        form = new SessionForm(couple, anchorsVersion, due, texts, anchors);
        add(form);
        form.read(content);
        form.inputs()
                .forEach(f -> f.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        dirty = true;
                        saveState.setText("Unsaved changes");
                    }
                }));
        form.setReadOnly(signed);
        conflict.hide();
        if (signed) {
            add(new AmendmentsSection(sessions, couple, existing, practice.get().zone(), texts, () -> {
                CounselingSession fresh = sessions.require(existing.getId());
                build(fresh, sessions.content(fresh));
            }));
        } else {
            addActions();
        }
        dirty = false;
    }

    private void addHeader(CounselingSession existing, boolean signed) {
        H1 title = new H1((existing == null ? "New session" : "Session of " + Dates.format(existing.getDate())) + " · "
                + couple.getReference());
        HorizontalLayout header = new HorizontalLayout(
                title, signed ? Badges.badge("Signed", "success") : Badges.badge("Draft", "contrast"));
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        // A real link (opens in a new tab, shows its address); unsaved changes are still asked about in beforeLeave.
        RouterLink back = new RouterLink(
                "Back to " + couple.getReference(),
                CoupleDetailView.class,
                new RouteParameters("reference", couple.getReference()));
        back.setId("back-to-couple");
        add(
                back,
                header,
                new Paragraph(couple.getPartnerA().fullName() + " (A) and "
                        + couple.getPartnerB().fullName() + " (B)"));
        add(SessionMarks.provenance(existing, practice.get().zone()));
    }

    private void addActions() {
        Button saveDraft = new Button("Save draft", e -> save(false));
        saveDraft.setId("save-draft");
        Button sign = new Button("Sign…", e -> confirmSign());
        sign.setId("sign-session");
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveState.setText("");
        saveState.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout actions = new HorizontalLayout(saveDraft, sign, saveState);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        idleNotice = new SessionIdleNotice(idleTimeout);
        add(conflict, idleNotice, actions);
        for (TextArea area : form.textAreas()) {
            area.setValueChangeMode(ValueChangeMode.TIMEOUT);
            area.setValueChangeTimeout(AUTOSAVE_PAUSE_MS);
            area.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    autosave();
                }
            });
        }
        idleNotice.start();
    }

    SessionContent content() {
        return form.content();
    }

    private List<Problem> problems(SessionContent content) {
        return SessionValidator.problems(content, practice.today(), couple.getIntakeDate());
    }

    /** Saves quietly when the form is valid; an invalid form waits for the counselor. */
    void autosave() {
        if (!dirty || numbersUnreadable() || !problems(content()).isEmpty()) {
            return;
        }
        save(true);
    }

    /** A number field holding what it cannot keep blocks every save: it would be saved as empty. */
    private boolean numbersUnreadable() {
        if (WholeNumbers.unreadable(form.numberFields())) {
            saveState.setText("Not saved: a number field marked in red cannot be kept as typed.");
            return true;
        }
        return false;
    }

    boolean save(boolean quiet) {
        SessionContent content = content();
        List<Problem> problems = problems(content);
        // Problems first (this clears the fields), then the number fields that cannot keep their input.
        boolean none = FieldErrors.showAll(problems, form.problemFields());
        boolean unreadable = numbersUnreadable();
        if (unreadable && none) {
            if (!quiet) {
                FieldErrors.Notifications.error("Not saved: a number field marked in red cannot be kept as typed. "
                        + "Enter a whole number there, or clear it.");
            }
            return false;
        }
        if (!none) {
            saveState.setText(
                    unreadable
                            ? "Not saved: a number field marked in red cannot be kept as typed."
                            : "Not saved: " + problems.get(0).message());
            if (!quiet) {
                FieldErrors.Notifications.error("Not saved: " + problems.get(0).message());
            }
            return false;
        }
        try {
            store(content, quiet);
            return true;
        } catch (ConcurrentEditException e) {
            conflict.show(e, this::reload);
            return false;
        } catch (ValidationFailure | SignedSessionException e) {
            FieldErrors.Notifications.error(e.getMessage());
            return false;
        }
    }

    private void store(SessionContent content, boolean quiet) {
        boolean created = sessionId == null;
        CounselingSession saved = created
                ? sessions.createDraft(couple.getId(), content)
                : sessions.saveDraft(sessionId, version, content);
        sessionId = saved.getId();
        if (created) {
            // The new draft now has an address: a reload or a bookmark opens it, not an empty form.
            getUI().ifPresent(ui -> ui.getPage()
                    .getHistory()
                    .replaceState(null, "couples/" + couple.getReference() + "/sessions/" + saved.getId()));
        }
        version = saved.getVersion();
        dirty = false;
        saveState.setText((quiet ? "Draft saved automatically at " : "Draft saved at ")
                + LocalTime.now(practice.get().zone()).withNano(0).withSecond(0));
        if (!quiet) {
            FieldErrors.Notifications.saved("Draft saved.");
        }
    }

    private void reload() {
        dirty = false;
        getUI().ifPresent(ui -> ui.getPage().reload());
    }

    private void confirmSign() {
        if (numbersUnreadable() || !problems(content()).isEmpty()) {
            save(false);
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Sign this session?");
        List<PartnerId> unconfirmed = content().unconfirmedRemoteChecks();
        confirm.setText(
                "Once signed, the note, scores and flags can no longer be changed; corrections become amendments."
                        + (unconfirmed.isEmpty() ? "" : " " + form.remoteChecks.missing.getText()));
        confirm.setCancelable(true);
        confirm.setConfirmText("Sign");
        confirm.setId("confirm-sign");
        confirm.addConfirmListener(e -> signNow());
        confirm.open();
    }

    void signNow() {
        if (!save(true)) {
            return;
        }
        try {
            sessions.sign(sessionId, version, content());
            dirty = false;
            FieldErrors.Notifications.saved("Session signed.");
            getUI().ifPresent(ui -> ui.navigate(
                    SessionFormView.class,
                    new RouteParameters(
                            Map.of("reference", couple.getReference(), "session", String.valueOf(sessionId)))));
        } catch (ConcurrentEditException e) {
            conflict.show(e, this::reload);
        } catch (ValidationFailure | SignedSessionException e) {
            FieldErrors.Notifications.error(e.getMessage());
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Leave without saving?");
        confirm.setText("This session has changes that are not saved yet.");
        confirm.setCancelable(true);
        confirm.setCancelText("Stay");
        confirm.setRejectable(true);
        confirm.setRejectText("Save draft and leave");
        confirm.addRejectListener(e -> {
            if (save(false)) {
                action.proceed();
            }
        });
        confirm.setConfirmText("Leave and discard");
        confirm.addConfirmListener(e -> {
            dirty = false;
            action.proceed();
        });
        confirm.open();
    }

    boolean isDirty() {
        return dirty;
    }
}
