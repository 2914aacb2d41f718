package app.tandem.couple.ui;

import app.tandem.couple.Couple;
import com.vaadin.flow.component.Component;

/**
 * A tab on a couple's page after Overview (Homework, Sessions, Progress, Reports, Case file). Each
 * feature implements it in its own {@code ui} package as a Spring bean, and its {@code @Order}
 * places the tab; the couple feature knows only this interface, so it does not depend on the
 * features built on it (decision 0087). A tab's content, and its audited reads, is made only when
 * the counselor first opens the tab.
 */
public interface CoupleTab {

    String label();

    /** The tab's content; {@code reload} rebuilds the couple's page on the tab the counselor is in. */
    Component content(Couple couple, Runnable reload);
}
