package app.tandem.intake.ui;

import app.tandem.base.ui.Dates;
import app.tandem.casefile.PartnerId;
import app.tandem.couple.Couple;
import app.tandem.couple.ui.OverviewSection;
import app.tandem.intake.IntakeService;
import app.tandem.intake.IntakeService.IntakeStatus;
import app.tandem.intake.IntakeService.PartnerStatus;
import app.tandem.practice.PracticeSettingsService;
import app.tandem.text.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * "Each partner on their own" on a couple's Overview: per partner, whether consent was given,
 * whether they were seen alone and screened, as dates only; what is still to do as a gentle
 * prompt; and buttons to record consent or open that partner's individual record (their screens
 * and safe contact, audited when opened). Never side by side with the other partner's answers.
 */
@org.springframework.stereotype.Component
class PartnerIntakeSection implements OverviewSection {

    private final IntakeService intake;
    private final PracticeSettingsService practice;

    PartnerIntakeSection(IntakeService intake, PracticeSettingsService practice) {
        this.intake = intake;
        this.practice = practice;
    }

    @Override
    public Component content(Couple couple, Runnable reload) {
        Texts texts = Texts.shared();
        IntakeStatus status = intake.status(couple.getId());
        Div section = new Div();
        section.setId("partner-intake");
        section.setWidthFull();
        Paragraph help = new Paragraph(texts.get("intake.help").strip());
        help.getStyle().set("color", "var(--lumo-secondary-text-color)");
        section.add(new H3(texts.get("intake.title")), help);
        String missing = missing(couple, status);
        if (!missing.isEmpty()) {
            Paragraph prompt = new Paragraph(texts.get("intake.missing.title") + ": " + missing + ".");
            prompt.setId("intake-prompt");
            prompt.addClassName("guidance-box");
            section.add(prompt);
        }
        Div cards = new Div(card(couple, status.a(), reload), card(couple, status.b(), reload));
        cards.addClassName("partner-columns");
        section.add(cards);
        return section;
    }

    /** "consent to couples work from Sam (B); an IPV screen with Maya (A) and Sam (B)", or empty. */
    static String missing(Couple couple, IntakeStatus status) {
        Texts texts = Texts.shared();
        List<String> parts = new ArrayList<>();
        add(parts, "intake.missing.consent", couple, status, s -> s.consent() == null);
        add(parts, "intake.missing.seenAlone", couple, status, s -> s.seenAloneOn() == null);
        add(parts, "intake.missing.screen", couple, status, s -> s.screenedOn() == null);
        return String.join(texts.get("intake.missing.separator"), parts);
    }

    private static void add(
            List<String> parts, String key, Couple couple, IntakeStatus status, Predicate<PartnerStatus> missing) {
        List<String> who = new ArrayList<>();
        for (PartnerId p : PartnerId.values()) {
            if (missing.test(status.get(p))) {
                who.add(name(couple, p));
            }
        }
        if (!who.isEmpty()) {
            parts.add(Texts.shared().format(key, Map.of("partners", String.join(" and ", who))));
        }
    }

    static String name(Couple couple, PartnerId p) {
        return couple.partner(p).getFirstName() + " (" + p + ")";
    }

    private Div card(Couple couple, PartnerStatus s, Runnable reload) {
        Texts texts = Texts.shared();
        PartnerId p = s.partner();
        Div card = new Div();
        card.addClassName("partner-card");
        card.setId("intake-" + p.name().toLowerCase());
        card.add(new H4(name(couple, p)));
        card.add(line(
                s.consent() == null
                        ? texts.get("intake.card.noConsent")
                        : texts.format(
                                "intake.card.consent",
                                Map.of(
                                        "how",
                                        texts.get("intake.consentMethod."
                                                + s.consent().getMethod()),
                                        "date",
                                        Dates.format(s.consent().getGivenOn()),
                                        "version",
                                        s.consent().getTextVersion()))));
        card.add(line(
                s.seenAloneOn() == null
                        ? texts.get("intake.card.notSeenAlone")
                        : texts.format("intake.card.seenAlone", Map.of("date", Dates.format(s.seenAloneOn())))));
        card.add(line(
                s.screenedOn() == null
                        ? texts.get("intake.card.notScreened")
                        : texts.format("intake.card.screened", Map.of("date", Dates.format(s.screenedOn())))));
        Button consent = new Button("Record consent", e -> ConsentDialog.open(intake, practice, couple, p, reload));
        consent.setId("record-consent-" + p.name().toLowerCase());
        Button open = new Button(
                "Open " + couple.partner(p).getFirstName() + "'s individual record",
                e -> PartnerRecordDialog.open(intake, practice, couple, p, reload));
        open.setId("open-partner-record-" + p.name().toLowerCase());
        card.add(new Div(consent, open));
        return card;
    }

    private static Div line(String text) {
        return new Div(new Span(text));
    }
}
