package app.tandem.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Location;

/**
 * The body of every page that cannot be shown: a heading, one plain sentence and one way on (a
 * link, or a retry button that navigates to the same address again without reloading the tab).
 * Never an exception class, a stack trace or a raw reason. Shown inside {@link MainLayout}.
 */
public final class ErrorPage {

    public static final String SENTENCE_ID = "error-sentence";
    public static final String NEXT_ID = "error-next";

    private ErrorPage() {}

    public static void withLink(VerticalLayout page, String heading, String sentence, String path, String label) {
        Anchor next = new Anchor(path.isEmpty() ? "." : path, label);
        fill(page, heading, sentence, next);
    }

    public static void withRetry(
            VerticalLayout page, String heading, String sentence, String label, Location location) {
        String path = location.getPathWithQueryParameters();
        Button retry = new Button(label, e -> UI.getCurrent().navigate(path));
        retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        fill(page, heading, sentence, retry);
    }

    private static void fill(VerticalLayout page, String heading, String sentence, Component next) {
        page.removeAll();
        page.addClassName("error-page");
        Paragraph text = new Paragraph(sentence);
        text.setId(SENTENCE_ID);
        next.setId(NEXT_ID);
        page.add(new H1(heading), text, next);
    }
}
