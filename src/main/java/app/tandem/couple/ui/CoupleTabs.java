package app.tandem.couple.ui;

import app.tandem.couple.Couple;
import com.vaadin.flow.component.tabs.TabSheet;

/**
 * The tabs other features add to a couple's page (homework, sessions, progress, reports). The
 * couple feature knows only this interface, so it does not depend on the features built on it.
 */
public interface CoupleTabs {

    /** Adds the feature tabs, each built lazily when first selected; {@code reload} rebuilds the page. */
    void addTo(TabSheet tabs, Couple couple, Runnable reload);
}
