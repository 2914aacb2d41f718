package app.tandem.session.ui;

import app.tandem.text.Texts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Where a disclosure is written: beside the safety flags, always visible, because a partner's
 * disclosure usually comes before the counselor decides on a flag, and the joint note belongs
 * to both partners' record (clinical review 1.2).
 */
class DisclosureGuidance extends Div {

    DisclosureGuidance(Texts texts) {
        addClassName("partner-card");
        setId("disclosure-guidance");
        Paragraph body = new Paragraph(texts.get("disclosure.body").strip());
        body.getStyle().set("white-space", "pre-line").set("margin", "0");
        H3 title = new H3(texts.get("disclosure.title"));
        title.getStyle().set("margin-top", "0");
        add(title, body);
    }
}
