package app.tandem.base.ui;

import app.tandem.text.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Supplier;

/**
 * Content made when first shown (a couple's tabs). When the database cannot be reached at that
 * moment, the place shows the outage sentence and a retry button instead of a notification
 * claiming something was not saved; the retry, or opening the place again, makes the content once
 * the database is back, in the same tab.
 */
public final class LazyContent {

    private static final String FAILED = "lazy-content-failed";

    private LazyContent() {}

    /** True when {@code holder} has nothing yet, or only the outage sentence from an earlier try. */
    public static boolean needsContent(Div holder) {
        return holder.getChildren().allMatch(c -> c.hasClassName(FAILED));
    }

    /** Replaces what {@code holder} shows with {@code content}, or with the outage sentence. */
    public static void fill(Div holder, Supplier<? extends Component> content) {
        Component made;
        try {
            made = content.get();
        } catch (RuntimeException e) {
            if (!ErrorHandling.databaseUnreachable(e)) {
                throw e;
            }
            Texts texts = Texts.shared();
            Paragraph sentence = new Paragraph(texts.get("errors.databaseDown"));
            sentence.setId(ErrorPage.SENTENCE_ID);
            sentence.getElement().setAttribute("role", "alert");
            Button retry = new Button(texts.get("errors.retry"), click -> fill(holder, content));
            retry.setId(ErrorPage.NEXT_ID);
            Div failed = new Div(sentence, retry);
            failed.addClassName(FAILED);
            holder.removeAll();
            holder.add(failed);
            return;
        }
        holder.removeAll();
        holder.add(made);
    }
}
