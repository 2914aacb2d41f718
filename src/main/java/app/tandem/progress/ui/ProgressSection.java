package app.tandem.progress.ui;

import app.tandem.couple.Couple;
import com.vaadin.flow.component.Component;

/**
 * A part another feature adds at the end of a couple's Progress tab (client-reported check-ins).
 * The progress feature knows only this interface, so it does not depend on the features built on it.
 */
public interface ProgressSection {

    Component content(Couple couple);
}
