package app.tandem.security.ui;

import app.tandem.base.ui.Polling;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The idle warning of one UI. Without push the server cannot speak first, so the UI polls, but
 * only when something may be due: first at the moment the warning is due, then again just after
 * the sign-in would end. A poll is not activity ({@code SessionGuard} ignores it), so polling
 * never keeps a sign-in alive; at the poll after the timeout the session is already ended and
 * the browser reloads onto the sign-in page.
 */
final class IdleWarning {

    static final String WARNING = "You will be signed out in about a minute because nothing happened for a while. "
            + "Anything not saved yet stays on the screen until then.";

    private final UI ui;
    private final Supplier<Duration> idleFor;
    private final Duration timeout;
    private final Duration warnBefore;
    private Dialog dialog;

    IdleWarning(UI ui, Supplier<Duration> idleFor, Duration timeout, Duration warnBefore) {
        this.ui = ui;
        this.idleFor = idleFor;
        this.timeout = timeout;
        this.warnBefore = warnBefore.compareTo(timeout) < 0 ? warnBefore : timeout.dividedBy(2);
    }

    void start() {
        ui.addPollListener(e -> check());
        pollIn(timeout.minus(warnBefore));
    }

    private void check() {
        Duration idle = idleFor.get();
        Duration untilWarning = timeout.minus(warnBefore).minus(idle);
        if (untilWarning.isPositive()) {
            close();
            pollIn(untilWarning);
            return;
        }
        open();
        // A second past the end: by then the session guard has ended the sign-in.
        pollIn(timeout.minus(idle).plusSeconds(1));
    }

    private void open() {
        if (dialog != null && dialog.isOpened()) {
            return;
        }
        dialog = new Dialog();
        dialog.setHeaderTitle("Still there?");
        dialog.setId("idle-warning");
        dialog.add(new Paragraph(WARNING));
        Button stay = new Button("Stay signed in", e -> {
            close();
            pollIn(timeout.minus(warnBefore));
        });
        stay.setId("idle-stay");
        stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(stay);
        dialog.setCloseOnEsc(false);
        dialog.setCloseOnOutsideClick(false);
        dialog.open();
    }

    private void close() {
        if (dialog != null) {
            dialog.close();
            dialog = null;
        }
    }

    private void pollIn(Duration d) {
        Polling.want(ui, this, d.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : d);
    }
}
