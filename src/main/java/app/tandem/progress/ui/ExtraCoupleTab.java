package app.tandem.progress.ui;

import app.tandem.couple.Couple;
import com.vaadin.flow.component.Component;

/** A further tab on a couple's page, contributed by a feature built on progress (reports). */
public interface ExtraCoupleTab {

    String label();

    Component content(Couple couple, Runnable reload);
}
