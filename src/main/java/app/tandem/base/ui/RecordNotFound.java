package app.tandem.base.ui;

import app.tandem.text.Texts;
import com.vaadin.flow.router.NotFoundException;
import java.util.Map;

/**
 * A record asked for by its address that is not in the user's caseload (or does not exist: both
 * read the same). Carries the sentence the page shows and where to go next; views reroute to it
 * with {@code event.rerouteToError(RecordNotFound.couple(reference), ...)}.
 */
public class RecordNotFound extends NotFoundException {

    /** Longer addresses are not repeated back: they are not a couple's reference anyway. */
    private static final int MAX_ECHOED = 20;

    private final String nextPath;
    private final String nextLabel;

    private RecordNotFound(String sentence, String nextPath, String nextLabel) {
        super(sentence);
        this.nextPath = nextPath;
        this.nextLabel = nextLabel;
    }

    /** "There is no couple C-9999 in your caseload.", with a link to the caseload. */
    public static RecordNotFound couple(String reference) {
        Texts texts = Texts.shared();
        String shown = reference == null
                        || reference.isBlank()
                        || reference.length() > MAX_ECHOED
                        || !reference.matches("[\\p{Alnum}-]+")
                ? "with this reference"
                : reference;
        return new RecordNotFound(
                texts.format("errors.noCouple", Map.of("reference", shown)),
                "caseload",
                texts.get("errors.toCaseload"));
    }

    /** A session id that is not one of this couple's sessions (or not a number), with a link to the caseload. */
    public static RecordNotFound session() {
        Texts texts = Texts.shared();
        return new RecordNotFound(texts.get("errors.noSession"), "caseload", texts.get("errors.toCaseload"));
    }

    public String sentence() {
        return getMessage();
    }

    public String nextPath() {
        return nextPath;
    }

    public String nextLabel() {
        return nextLabel;
    }
}
