package app.tandem.couple.ui;

import app.tandem.base.FieldLimits;
import app.tandem.base.Problem;
import app.tandem.base.ui.FieldErrors;
import app.tandem.base.ui.HeldValue;
import app.tandem.base.ui.RecordBinder;
import app.tandem.base.ui.TextLimits;
import app.tandem.base.ui.WholeNumbers;
import app.tandem.casefile.CaseFile.Pursuer;
import app.tandem.casefile.CaseFile.SecretsPolicy;
import app.tandem.casefile.CaseFile.Sign;
import app.tandem.casefile.CaseFile.Stressor;
import app.tandem.casefile.CaseFile.WithdrawalOnset;
import app.tandem.couple.CoupleDetails;
import app.tandem.couple.CoupleDetails.PartnerDetails;
import app.tandem.couple.CoupleValidator;
import app.tandem.couple.Partner;
import app.tandem.text.Texts;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The intake form of a couple, used to create and to edit. A {@link RecordBinder} reads
 * and writes {@link CoupleDetails} (each partner's details one custom field, the version held for
 * the optimistic lock); the service's validator decides what is wrong and this form puts each
 * sentence beside its field.
 */
class CoupleForm extends VerticalLayout {

    final DatePicker intakeDate = new DatePicker("Intake date");
    final PartnerFields a = new PartnerFields("Partner A");
    final PartnerFields b = new PartnerFields("Partner B");
    final RadioButtonGroup<WithdrawalOnset> onset = new RadioButtonGroup<>("How did the withdrawal begin?");
    final Select<Pursuer> pursuer = new Select<>();
    final CheckboxGroup<Sign> signs = new CheckboxGroup<>("Signs observed (guide, step 1)");
    final CheckboxGroup<Stressor> stressors = new CheckboxGroup<>("Stressors (guide, preparation)");
    final TextField stressorOther = new TextField("Other stressor");
    final TextArea contextNotes = new TextArea("Context notes");
    final TextArea goals = new TextArea("Goals agreed at intake (one per line)");
    final Select<SecretsPolicy> secretsPolicy = new Select<>();
    final IntegerField children = new IntegerField("Children in the household");
    private final HeldValue<Long> version = new HeldValue<>();
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final RecordBinder<CoupleDetails> binder = new RecordBinder<>(CoupleDetails.class);

    CoupleForm() {
        setPadding(false);
        intakeDate.setRequiredIndicatorVisible(true);
        intakeDate.setValue(LocalDate.now());
        onset.setItems(WithdrawalOnset.values());
        onset.setItemLabelGenerator(Labels::of);
        onset.setValue(WithdrawalOnset.UNKNOWN);
        pursuer.setLabel("Pursuer and distancer");
        pursuer.setItems(Pursuer.values());
        pursuer.setItemLabelGenerator(Labels::of);
        pursuer.setValue(Pursuer.UNKNOWN);
        signs.setItems(Sign.values());
        signs.setItemLabelGenerator(Labels::of);
        stressors.setItems(Stressor.values());
        stressors.setItemLabelGenerator(Labels::of);
        TextLimits.limit(stressorOther, CoupleDetails.STRESSOR_OTHER_MAX_LENGTH);
        stressorOther.setVisible(false);
        stressors.addValueChangeListener(
                e -> stressorOther.setVisible(e.getValue().contains(Stressor.OTHER)));
        TextLimits.limit(contextNotes, CoupleDetails.NOTES_MAX_LENGTH);
        goals.setHelperText("For example: weekly protected time; talk about in-laws without shutting down.");
        secretsPolicy.setLabel("Secrets policy agreed at intake");
        secretsPolicy.setItems(SecretsPolicy.values());
        secretsPolicy.setItemLabelGenerator(Labels::of);
        secretsPolicy.addValueChangeListener(e -> secretsPolicy.setHelperText(
                e.getValue() == null
                        ? null
                        : Texts.shared().get("secretsPolicy." + e.getValue().name())));
        secretsPolicy.setValue(SecretsPolicy.NOT_AGREED);
        WholeNumbers.describe(children, FieldLimits.CHILDREN.min(), FieldLimits.CHILDREN.max());
        children.setStepButtonsVisible(true);
        children.setId("children");
        contextNotes.setId("context-notes");

        FormLayout partners = new FormLayout(a, b);
        partners.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        FormLayout context = new FormLayout(onset, pursuer, signs, stressors, stressorOther, secretsPolicy, children);
        context.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(intakeDate, partners, new H3("Intake context"), context, contextNotes, goals);
        contextNotes.setWidthFull();
        goals.setWidthFull();

        fields.put("intakeDate", intakeDate);
        a.register("a", fields);
        b.register("b", fields);
        fields.put("stressorOther", stressorOther);
        fields.put("contextNotes", contextNotes);
        fields.put("goals", goals);
        fields.put("childrenInHousehold", children);
        bind();
    }

    /** Every part of the record bound by its name; the validator, not the binder, says what is wrong. */
    private void bind() {
        binder.bind(intakeDate, "intakeDate")
                .bind(a, "partnerA")
                .bind(b, "partnerB")
                .bind(onset, "withdrawalOnset")
                .bind(pursuer, "pursuer")
                .bind(signs, "signs")
                .bind(stressors, "stressors")
                .bind(stressorOther, "stressorOther")
                .bind(contextNotes, "contextNotes")
                .bind(
                        goals,
                        Converter.from(
                                text -> Result.ok(
                                        Arrays.stream(text.split("\\R")).toList()),
                                (List<String> list) -> list == null ? "" : String.join("\n", list)),
                        "goals")
                .bind(secretsPolicy, "secretsPolicy")
                .bind(children, "childrenInHousehold")
                .bind(version, "version");
    }

    void read(CoupleDetails d) {
        binder.read(d);
    }

    /** What the form holds now, with the version it was read at (null for a new couple). */
    CoupleDetails value() {
        return binder.write();
    }

    void clearProblems() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    /** Puts every problem beside its field; returns false when there were any. */
    boolean showProblems(List<Problem> problems) {
        boolean none = FieldErrors.showAll(problems, fields);
        // "2.5" children has no value: saved as it stands it would read "Not recorded".
        boolean numbersKept = !WholeNumbers.unreadable(List.of(children));
        return none && numbersKept;
    }

    /**
     * The sentence for the notification after {@link #showProblems} refused: the first problem as
     * its field shows it (the number of children may say more than the validator: that a "." was
     * left out), or, when only that field cannot be kept as typed, its own.
     */
    String firstProblem(List<Problem> problems) {
        if (problems.isEmpty() || problems.get(0).field().equals("childrenInHousehold")) {
            return children.getErrorMessage();
        }
        return problems.get(0).message();
    }

    /**
     * The details typed, when the couple validator has nothing against them; otherwise each problem
     * is shown beside its field, the notification says the first, and the result is empty.
     */
    Optional<CoupleDetails> checkedValue(LocalDate today) {
        CoupleDetails details = value();
        List<Problem> problems = CoupleValidator.problems(details, today);
        if (!showProblems(problems)) {
            FieldErrors.Notifications.error("Some fields need attention: " + firstProblem(problems));
            return Optional.empty();
        }
        return Optional.of(details);
    }

    /**
     * The fields of one partner, side by side with the other's. The safe-contact question is not
     * here: it is asked with each partner alone, in their individual part of the intake, and an
     * edit here keeps what was recorded there. One value: the partner's {@link PartnerDetails}.
     */
    static class PartnerFields extends CustomField<PartnerDetails> {
        final TextField firstName = new TextField("First name");
        final TextField lastName = new TextField("Last name");
        final TextField pronouns = new TextField("Pronouns");
        final EmailField email = new EmailField("E-mail");
        final TextField phone = new TextField("Phone");
        private PartnerDetails stored = PartnerDetails.named(null, null);

        PartnerFields(String title) {
            VerticalLayout card = new VerticalLayout();
            card.setPadding(false);
            card.addClassName("partner-card");
            firstName.setRequiredIndicatorVisible(true);
            lastName.setRequiredIndicatorVisible(true);
            TextLimits.limit(firstName, Partner.NAME_MAX_LENGTH);
            TextLimits.limit(lastName, Partner.NAME_MAX_LENGTH);
            TextLimits.limit(pronouns, Partner.PRONOUNS_MAX_LENGTH);
            pronouns.setPlaceholder("e.g. she/her");
            for (var f : List.of(firstName, lastName, pronouns, phone)) {
                f.setWidthFull();
            }
            email.setWidthFull();
            card.add(new H3(title), firstName, lastName, pronouns, email, phone);
            List.of(firstName, lastName, pronouns, phone).forEach(f -> f.addValueChangeListener(e -> updateValue()));
            email.addValueChangeListener(e -> updateValue());
            addClassName("form-part");
            add(card);
        }

        void register(String prefix, Map<String, HasValidation> fields) {
            firstName.setId(prefix + "-first-name");
            lastName.setId(prefix + "-last-name");
            email.setId(prefix + "-email");
            fields.put(prefix + ".firstName", firstName);
            fields.put(prefix + ".lastName", lastName);
            fields.put(prefix + ".pronouns", pronouns);
            fields.put(prefix + ".email", email);
            fields.put(prefix + ".phone", phone);
        }

        @Override
        protected void setPresentationValue(PartnerDetails value) {
            PartnerDetails p = value == null ? PartnerDetails.named(null, null) : value;
            stored = p;
            firstName.setValue(nz(p.firstName()));
            lastName.setValue(nz(p.lastName()));
            pronouns.setValue(nz(p.pronouns()));
            email.setValue(nz(p.email()));
            phone.setValue(nz(p.phone()));
        }

        @Override
        protected PartnerDetails generateModelValue() {
            return new PartnerDetails(
                    firstName.getValue(),
                    lastName.getValue(),
                    pronouns.getValue(),
                    email.getValue(),
                    phone.getValue(),
                    stored.safeEmail(),
                    stored.safePhone(),
                    stored.safeNote());
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }
    }
}
