package app.tandem.couple.ui;

import app.tandem.base.ConcurrentEditException;
import app.tandem.base.CurrentUser;
import app.tandem.base.ValidationFailure;
import app.tandem.base.ui.ConflictNotice;
import app.tandem.base.ui.Dates;
import app.tandem.base.ui.Dialogs;
import app.tandem.base.ui.FieldErrors;
import app.tandem.couple.Couple;
import app.tandem.couple.CoupleDetails;
import app.tandem.couple.CoupleService;
import app.tandem.couple.CoupleStatusChange;
import app.tandem.couple.JointReleaseService;
import app.tandem.practice.PracticeSettingsService;
import app.tandem.security.AccountService;
import app.tandem.security.Counselor;
import app.tandem.text.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The intake context, goals, policies, referrals and status history; edited in place. */
class OverviewTab extends VerticalLayout {

    private final CoupleService couples;
    private final AccountService accounts;
    private final PracticeSettingsService practice;
    private final JointReleaseService jointRelease;
    private final boolean supervisor;
    private final Runnable reloadPage;
    private final List<Component> sections;
    private Couple couple;
    CoupleForm form;
    final Button edit = new Button("Edit intake details");
    final Button changeStatus = new Button("Change status");
    ConflictNotice conflict;
    private ReferralsSection referralsSection;

    OverviewTab(
            Couple couple,
            CoupleService couples,
            AccountService accounts,
            PracticeSettingsService practice,
            JointReleaseService jointRelease,
            CurrentUser currentUser,
            Runnable reloadPage,
            List<Component> sections) {
        this.couple = couple;
        this.sections = sections;
        this.couples = couples;
        this.accounts = accounts;
        this.practice = practice;
        this.jointRelease = jointRelease;
        this.reloadPage = reloadPage;
        this.supervisor = currentUser.find().map(u -> u.isSupervisor()).orElse(false);
        setPadding(false);
        showDetails();
    }

    private void showDetails() {
        removeAll();
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit.setId("edit-intake");
        edit.addClickListener(e -> showForm(CoupleDetails.of(couple)));
        changeStatus.addClickListener(e -> StatusDialog.open(couple, couples, practice.today(), reloadPage));
        HorizontalLayout actions = new HorizontalLayout(edit, changeStatus);
        Button addReferral = new Button("Add referral", e -> referralsSection.openAddDialog());
        actions.add(addReferral);
        if (supervisor) {
            actions.add(new Button("Reassign", e -> openReassignDialog()));
        }
        add(actions, facts());
        // The work with each partner on their own (consent, individual session, IPV screen, safe contact).
        sections.forEach(this::add);
        if (couple.getContextNotes() != null) {
            Paragraph notes = new Paragraph(couple.getContextNotes());
            notes.getStyle().set("white-space", "pre-line");
            add(new H3("Context notes"), notes);
        }
        add(new JointReleaseSection(couple, jointRelease, practice.today()));
        add(new H3("Goals"));
        if (couple.getGoals().isEmpty()) {
            add(new Paragraph("No goals recorded yet. Use \"Edit intake details\" to add the goals agreed at intake."));
        } else {
            UnorderedList goals = new UnorderedList();
            couple.getGoals().forEach(g -> goals.add(new ListItem(g)));
            add(goals);
        }
        if (couple.getClosingSummary() != null) {
            Paragraph summary = new Paragraph(couple.getClosingSummary());
            summary.getStyle().set("white-space", "pre-line");
            add(new H3("Closing summary"), summary);
        }
        referralsSection = new ReferralsSection(couple, couples, practice::today, reloadPage);
        add(referralsSection);
        add(new H3("Status history"));
        UnorderedList history = new UnorderedList();
        ZoneId zone = practice.get().zone();
        for (CoupleStatusChange h : couples.history(couple.getId())) {
            history.add(new ListItem(Dates.format(h.getChangedAt(), zone) + " · " + Labels.of(h.getStatus())
                    + (h.getChangedBy() == null ? "" : " · by " + h.getChangedBy())
                    + (h.getReason() == null ? "" : " · " + h.getReason())));
        }
        add(history);
    }

    /** The intake facts, one labelled line each. */
    private FormLayout facts() {
        FormLayout facts = new FormLayout();
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        facts.addFormItem(new Span(Dates.format(couple.getIntakeDate())), "Intake date");
        facts.addFormItem(new Span(Labels.of(couple.getWithdrawalOnset())), "Withdrawal began");
        facts.addFormItem(new Span(Labels.of(couple.getPursuer())), "Pursuer / distancer");
        facts.addFormItem(
                new Span(
                        couple.getSigns().isEmpty()
                                ? "None recorded"
                                : couple.getSigns().stream().map(Labels::of).collect(Collectors.joining(", "))),
                "Signs observed");
        String stressors = couple.getStressors().isEmpty()
                ? "None recorded"
                : couple.getStressors().stream()
                        .map(s -> s.name().equals("OTHER") && couple.getStressorOther() != null
                                ? "Other: " + couple.getStressorOther()
                                : Labels.of(s))
                        .collect(Collectors.joining(", "));
        facts.addFormItem(new Span(stressors), "Stressors");
        facts.addFormItem(
                new Span(Labels.of(couple.getSecretsPolicy()) + ": "
                        + Texts.shared()
                                .get("secretsPolicy."
                                        + couple.getSecretsPolicy().name())),
                "Secrets policy");
        facts.addFormItem(
                new Span(
                        couple.getChildrenInHousehold() == null
                                ? "Not recorded"
                                : String.valueOf(couple.getChildrenInHousehold())),
                "Children in the household");
        return facts;
    }

    private void showForm(CoupleDetails start) {
        removeAll();
        form = new CoupleForm();
        form.read(start);
        conflict = new ConflictNotice();
        Button save = new Button("Save changes");
        save.setId("save-intake");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button("Cancel", e -> showDetails());
        add(conflict, form, new HorizontalLayout(save, cancel));
    }

    private void save() {
        CoupleDetails details = form.checkedValue(practice.today()).orElse(null);
        if (details == null) {
            return;
        }
        try {
            couple = couples.update(couple.getId(), details);
            FieldErrors.Notifications.saved("Intake details saved.");
            reloadPage.run();
        } catch (ConcurrentEditException e) {
            conflict.show(e, reloadPage);
            FieldErrors.Notifications.error(e.getMessage());
        } catch (ValidationFailure failure) {
            form.showProblems(List.of(failure.problem()));
        }
    }

    private void openReassignDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Reassign " + couple.getReference());
        ComboBox<Counselor> counselor = new ComboBox<>("New counselor");
        counselor.setItems(accounts.activeCounselors());
        counselor.setItemLabelGenerator(Counselor::getDisplayName);
        dialog.add(counselor);
        Button save = new Button("Reassign", e -> {
            if (counselor.getValue() == null) {
                counselor.setErrorMessage("Choose a counselor.");
                counselor.setInvalid(true);
                return;
            }
            try {
                couples.reassign(couple.getId(), counselor.getValue().getId());
                dialog.close();
                FieldErrors.Notifications.saved(
                        "Couple reassigned to " + counselor.getValue().getDisplayName() + ".");
                reloadPage.run();
            } catch (ValidationFailure failure) {
                FieldErrors.show(failure, Map.of("counselor", counselor));
            }
        });
        Dialogs.open(dialog, save);
    }
}
