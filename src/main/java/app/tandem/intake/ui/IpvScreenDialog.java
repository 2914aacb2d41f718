package app.tandem.intake.ui;

import app.tandem.base.ValidationFailure;
import app.tandem.base.ui.Dialogs;
import app.tandem.base.ui.FieldErrors;
import app.tandem.base.ui.RecordBinder;
import app.tandem.base.ui.TextLimits;
import app.tandem.casefile.CaseFile.HitsItem;
import app.tandem.casefile.CaseFile.ScreenConclusion;
import app.tandem.casefile.CaseFile.ScreenQuestion;
import app.tandem.casefile.PartnerId;
import app.tandem.couple.Couple;
import app.tandem.intake.IntakeService;
import app.tandem.intake.IntakeService.ScreenRequest;
import app.tandem.intake.IpvScreening;
import app.tandem.intake.IpvScreens;
import app.tandem.practice.PracticeSettingsService;
import app.tandem.text.Texts;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The structured IPV screen, asked with one partner alone: the four HITS questions, the yes/no
 * questions, and the counselor's conclusion. Any question may go unanswered. While the answers
 * point to a concern, the dialog says what to do next.
 */
final class IpvScreenDialog {

    private IpvScreenDialog() {}

    static void open(
            IntakeService intake, PracticeSettingsService practice, Couple couple, PartnerId partner, Runnable reload) {
        Texts texts = Texts.shared();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(texts.get("intake.screen.title") + ": " + PartnerIntakeSection.name(couple, partner));
        dialog.setWidth("min(48rem, 95vw)");
        dialog.setId("ipv-screen-dialog");
        Paragraph help = new Paragraph(texts.get("intake.screen.help").strip());
        help.getStyle().set("color", "var(--lumo-secondary-text-color)");
        DatePicker on = new DatePicker("Date of the screen");
        Map<HitsItem, Select<Integer>> hitSelects = new EnumMap<>(HitsItem.class);
        for (HitsItem item : HitsItem.values()) {
            hitSelects.put(item, hitsSelect(texts, item));
        }
        Map<ScreenQuestion, Select<Boolean>> questionSelects = new EnumMap<>(ScreenQuestion.class);
        for (ScreenQuestion q : ScreenQuestion.values()) {
            questionSelects.put(q, questionSelect(texts, q));
        }
        ScreenAnswersField<HitsItem, Integer> hits = new ScreenAnswersField<>(hitSelects);
        ScreenAnswersField<ScreenQuestion, Boolean> answers = new ScreenAnswersField<>(questionSelects);
        Paragraph concern = concernGuidance(texts);
        Runnable update = () -> concern.setVisible(IpvScreens.indicatesConcern(hits.getValue(), answers.getValue()));
        RadioButtonGroup<ScreenConclusion> conclusion = conclusionChoice(texts);
        TextArea notes = notesField(texts);
        dialog.add(
                help,
                on,
                new Paragraph(texts.get("intake.screen.hitsIntro")),
                hits,
                answers,
                concern,
                conclusion,
                notes);
        RecordBinder<ScreenRequest> binder = new RecordBinder<>(ScreenRequest.class)
                .bind(on, "on")
                .bind(hits, "hits")
                .bind(answers, "answers")
                .bind(conclusion, "conclusion")
                .bind(notes, "notes");
        binder.read(new ScreenRequest(practice.today(), Map.of(), Map.of(), null, ""));
        hits.addValueChangeListener(e -> update.run());
        answers.addValueChangeListener(e -> update.run());
        Map<String, HasValidation> fields = new HashMap<>(Map.of("on", on, "conclusion", conclusion, "notes", notes));
        hitSelects.forEach((item, s) -> fields.put("hits." + item, s));
        Button save = new Button("Record screen", e -> {
            FieldErrors.clear(fields);
            try {
                intake.recordScreen(couple.getId(), partner, binder.write());
                dialog.close();
                FieldErrors.Notifications.saved("IPV screen recorded.");
                reload.run();
            } catch (ValidationFailure failure) {
                FieldErrors.show(failure, fields);
            }
        });
        save.setId("screen-save");
        Dialogs.open(dialog, save);
    }

    /** One HITS question: how often, from never (1) to frequently (5), or not answered. */
    private static Select<Integer> hitsSelect(Texts texts, HitsItem item) {
        Select<Integer> s = new Select<>();
        s.setLabel(texts.get("intake.screen.hits." + item));
        s.setItems(List.of(1, 2, 3, 4, 5));
        s.setItemLabelGenerator(
                v -> v == null ? texts.get("intake.screen.notAnswered") : texts.get("intake.screen.frequency." + v));
        s.setEmptySelectionAllowed(true);
        s.setEmptySelectionCaption(texts.get("intake.screen.notAnswered"));
        s.setId("hits-" + item.name().toLowerCase());
        return s;
    }

    /** One yes/no question, or not answered. */
    private static Select<Boolean> questionSelect(Texts texts, ScreenQuestion q) {
        Select<Boolean> s = new Select<>();
        s.setLabel(texts.get("intake.screen.question." + q));
        s.setItems(List.of(true, false));
        s.setItemLabelGenerator(v -> v == null ? texts.get("intake.screen.notAnswered") : v ? "Yes" : "No");
        s.setEmptySelectionAllowed(true);
        s.setEmptySelectionCaption(texts.get("intake.screen.notAnswered"));
        s.setId("question-" + q.name().toLowerCase());
        return s;
    }

    /** What to do next, shown (and announced) while the answers point to a concern. */
    private static Paragraph concernGuidance(Texts texts) {
        Paragraph concern =
                new Paragraph(texts.get("intake.screen.concernGuidance").strip());
        concern.addClassName("guidance-box");
        concern.setId("screen-concern");
        concern.getElement().setAttribute("role", "alert");
        concern.setVisible(false);
        return concern;
    }

    private static RadioButtonGroup<ScreenConclusion> conclusionChoice(Texts texts) {
        RadioButtonGroup<ScreenConclusion> conclusion = new RadioButtonGroup<>("Your conclusion");
        conclusion.setItems(ScreenConclusion.values());
        conclusion.setItemLabelGenerator(c -> texts.get("intake.screen.conclusion." + c));
        conclusion.setId("screen-conclusion");
        return conclusion;
    }

    private static TextArea notesField(Texts texts) {
        TextArea notes = new TextArea(texts.get("intake.screen.notesLabel"));
        notes.setWidthFull();
        TextLimits.limit(notes, IntakeService.NOTES_MAX_LENGTH);
        notes.setId("screen-notes");
        return notes;
    }

    /** A recorded screen's answers, one line per question answered, and the notes. */
    static Div answers(IpvScreening s) {
        Texts texts = Texts.shared();
        UnorderedList list = new UnorderedList();
        s.hits()
                .forEach((item, v) -> list.add(new ListItem(texts.get("intake.screen.hitsIntro") + " "
                        + texts.get("intake.screen.hits." + item) + " " + texts.get("intake.screen.frequency." + v))));
        s.answers()
                .forEach((q, v) ->
                        list.add(new ListItem(texts.get("intake.screen.question." + q) + " " + (v ? "Yes" : "No"))));
        Div box = new Div(list);
        if (s.getNotes() != null) {
            Paragraph notes = new Paragraph(s.getNotes());
            notes.getStyle().set("white-space", "pre-line");
            box.add(notes);
        }
        return box;
    }
}
