package app.tandem.session.ui;

import app.tandem.casefile.CaseFile.Attendance;
import app.tandem.casefile.CaseFile.RemoteCheck;
import app.tandem.casefile.CaseFile.SessionFormat;
import app.tandem.casefile.PartnerId;
import app.tandem.casefile.PerPartner;
import app.tandem.text.Texts;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The checks at the start of a video or phone session (clinical review 6.11): for each attending
 * partner, that their location was confirmed and that they are somewhere private. Shown only for
 * a video or phone session; records that the check was made, never where the partner was. One
 * value: both partners' checks.
 */
class RemoteSessionChecks extends CustomField<PerPartner<RemoteCheck>> {

    private final Texts texts;
    private final Map<PartnerId, Checkbox> location = new EnumMap<>(PartnerId.class);
    private final Map<PartnerId, Checkbox> privacy = new EnumMap<>(PartnerId.class);
    private final Map<PartnerId, String> names = new EnumMap<>(PartnerId.class);
    final Paragraph missing = new Paragraph();
    private Attendance attendance = Attendance.BOTH;
    private boolean remote;

    RemoteSessionChecks(Texts texts, String nameA, String nameB) {
        this.texts = texts;
        addClassName("partner-card");
        setId("remote-checks");
        names.put(PartnerId.A, nameA + " (A)");
        names.put(PartnerId.B, nameB + " (B)");
        H3 title = new H3(texts.get("telehealth.title"));
        title.getStyle().set("margin-top", "0");
        Paragraph help = new Paragraph(texts.get("telehealth.help").strip());
        help.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Div body = new Div(title, help);
        for (PartnerId p : PartnerId.values()) {
            Checkbox l = new Checkbox(texts.format("telehealth.location", Map.of("partner", names.get(p))));
            Checkbox v = new Checkbox(texts.format("telehealth.privacy", Map.of("partner", names.get(p))));
            l.setId("remote-location-" + p.name().toLowerCase());
            v.setId("remote-privacy-" + p.name().toLowerCase());
            l.addValueChangeListener(e -> changed());
            v.addValueChangeListener(e -> changed());
            location.put(p, l);
            privacy.put(p, v);
            body.add(new Div(l, v));
        }
        missing.getStyle().set("color", "var(--lumo-error-text-color)");
        body.add(missing);
        addClassName("form-part");
        add(body);
        setVisible(false);
    }

    /** Shows the checks for a video or phone session, each partner's only when they attended. */
    void update(SessionFormat format, Attendance attendance) {
        this.remote = format != null && format.remote();
        this.attendance = attendance == null ? Attendance.BOTH : attendance;
        setVisible(remote);
        for (PartnerId p : PartnerId.values()) {
            boolean present = this.attendance.present(p);
            location.get(p).setVisible(present);
            privacy.get(p).setVisible(present);
        }
        showMissing();
    }

    private void changed() {
        showMissing();
        updateValue();
    }

    @Override
    protected void setPresentationValue(PerPartner<RemoteCheck> value) {
        PerPartner<RemoteCheck> checks = value == null ? new PerPartner<>(null, null) : value;
        for (PartnerId p : PartnerId.values()) {
            RemoteCheck c = checks.get(p);
            location.get(p).setValue(c != null && c.location());
            privacy.get(p).setValue(c != null && c.privacy());
        }
        showMissing();
    }

    /** The checks as ticked; the session content drops them for an in-person session or an absent partner. */
    @Override
    protected PerPartner<RemoteCheck> generateModelValue() {
        return new PerPartner<>(check(PartnerId.A), check(PartnerId.B));
    }

    private RemoteCheck check(PartnerId p) {
        return new RemoteCheck(location.get(p).getValue(), privacy.get(p).getValue());
    }

    /** The four check boxes, each a change the form counts as unsaved. */
    List<Checkbox> checkboxes() {
        return List.of(
                location.get(PartnerId.A),
                privacy.get(PartnerId.A),
                location.get(PartnerId.B),
                privacy.get(PartnerId.B));
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        checkboxes().forEach(c -> c.setReadOnly(readOnly));
    }

    private void showMissing() {
        String who = List.of(PartnerId.values()).stream()
                .filter(p -> attendance.present(p)
                        && !(location.get(p).getValue() && privacy.get(p).getValue()))
                .map(names::get)
                .collect(Collectors.joining(", "));
        missing.setText(who.isEmpty() ? "" : texts.format("telehealth.missing", Map.of("partners", who)));
        missing.setVisible(remote && !who.isEmpty());
    }
}
