package app.tandem.session.ui;

import app.tandem.casefile.CaseFile.Flag;
import app.tandem.text.Texts;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A session's flags as one value: the safety flags (their guidance shown at once when any is
 * ticked, the disclosure guidance beside them) and the relational flags.
 */
class SessionFlagsField extends CustomField<Set<Flag>> {

    final CheckboxGroup<Flag> safetyFlags = new CheckboxGroup<>();
    final CheckboxGroup<Flag> relationalFlags = new CheckboxGroup<>();
    final Div safetyGuidance = new Div();

    SessionFlagsField(Texts texts) {
        safetyFlags.setLabel(texts.get("groups.safety"));
        safetyFlags.setItems(EnumSet.of(
                Flag.IPV_INDICATOR,
                Flag.FEAR_OF_PARTNER,
                Flag.COERCIVE_CONTROL,
                Flag.LETHALITY_INDICATOR,
                Flag.SELF_HARM_RISK));
        safetyFlags.setItemLabelGenerator(SessionLabels::of);
        safetyFlags.addClassName("safety-flags");
        relationalFlags.setLabel(texts.get("groups.relational"));
        relationalFlags.setItems(EnumSet.of(Flag.HOSTILITY, Flag.CONTEMPT, Flag.SECRECY));
        relationalFlags.setItemLabelGenerator(SessionLabels::of);
        safetyGuidance.addClassName("guidance-box");
        safetyGuidance.add(new H3(texts.get("guidance.title")), new Paragraph(texts.get("guidance.body")));
        safetyGuidance.getElement().setAttribute("role", "alert");
        safetyGuidance.setVisible(false);
        safetyFlags.addValueChangeListener(e -> {
            safetyGuidance.setVisible(!e.getValue().isEmpty());
            updateValue();
        });
        relationalFlags.addValueChangeListener(e -> updateValue());
        Div safetyBox = new Div(safetyFlags);
        safetyBox.addClassName("partner-card");
        safetyBox.getStyle().set("border-color", "var(--lumo-error-color)");
        Div flagsAndDisclosure = new Div(safetyBox, new DisclosureGuidance(texts));
        flagsAndDisclosure.addClassName("partner-columns");
        addClassName("form-part");
        setWidthFull();
        add(new Div(flagsAndDisclosure, safetyGuidance, relationalFlags));
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        safetyFlags.setReadOnly(readOnly);
        relationalFlags.setReadOnly(readOnly);
    }

    @Override
    protected Set<Flag> generateModelValue() {
        EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
        flags.addAll(safetyFlags.getValue());
        flags.addAll(relationalFlags.getValue());
        return flags;
    }

    @Override
    protected void setPresentationValue(Set<Flag> flags) {
        Set<Flag> all = flags == null ? Set.of() : flags;
        safetyFlags.setValue(all.stream().filter(Flag::isSafety).collect(Collectors.toSet()));
        relationalFlags.setValue(all.stream().filter(f -> !f.isSafety()).collect(Collectors.toSet()));
        safetyGuidance.setVisible(!safetyFlags.getValue().isEmpty());
    }
}
