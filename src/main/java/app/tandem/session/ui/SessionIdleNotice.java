package app.tandem.session.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;

/**
 * The note in the session form that the sign-in is about to end: shown after the idle timeout
 * less {@link #LEAD} without a key, click or scroll (half the timeout when that is shorter).
 * Pure client-side, so it does not itself keep the sign-in alive.
 */
class SessionIdleNotice extends Div {

    /** How long before the sign-in ends the note shows. */
    static final Duration LEAD = Duration.ofMinutes(5);

    private final Duration showAfter;

    SessionIdleNotice(Duration idleTimeout) {
        showAfter = LEAD.compareTo(idleTimeout) < 0 ? idleTimeout.minus(LEAD) : idleTimeout.dividedBy(2);
        addClassName("guidance-box");
        add(new Paragraph("You have been inactive for " + minutes(showAfter) + ". Tandem signs you out after "
                + minutes(idleTimeout) + " without activity; type or click anywhere to stay signed in. "
                + "Drafts are saved automatically."));
        getElement().setAttribute("hidden", true);
        getElement().setAttribute("role", "alert");
    }

    /** When the note shows, counted from the last key, click or scroll. */
    Duration showAfter() {
        return showAfter;
    }

    /** Starts watching the page for input; call once the note is in the page. */
    void start() {
        getElement().executeJs("""
                const el = this; let timer;
                const reset = () => { el.hidden = true; clearTimeout(timer);
                  timer = setTimeout(() => { el.hidden = false; }, $0); };
                ['keydown','pointerdown','wheel'].forEach(t => document.addEventListener(t, reset, {passive: true}));
                reset();""", showAfter.toMillis());
    }

    private static String minutes(Duration d) {
        long m = d.toMinutes();
        if (m >= 1) {
            return m + (m == 1 ? " minute" : " minutes");
        }
        long s = d.toSeconds();
        return s + (s == 1 ? " second" : " seconds");
    }
}
