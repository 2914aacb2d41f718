package app.tandem.couple.ui;

import app.tandem.couple.Couple;
import com.vaadin.flow.component.Component;

/**
 * A part another feature adds to a couple's Overview (the intake work with each partner). The
 * couple feature knows only this interface, so it does not depend on the features built on it.
 */
public interface OverviewSection {

    /** The section for {@code couple}; {@code reload} rebuilds the page after a change. */
    Component content(Couple couple, Runnable reload);
}
