package app.tandem.base.ui;

import com.vaadin.flow.component.html.Span;

/** Lumo badges; always with text, so colour never carries meaning alone. */
public final class Badges {

    private Badges() {}

    public static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme == null || theme.isBlank() ? "badge" : "badge " + theme);
        return badge;
    }

    public static Span safety() {
        Span badge = badge("Safety concern", "error primary");
        badge.getElement().setAttribute("title", "A safety flag is active or recorded on a draft note.");
        return badge;
    }
}
