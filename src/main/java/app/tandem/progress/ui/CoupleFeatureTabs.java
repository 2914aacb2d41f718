package app.tandem.progress.ui;

import app.tandem.base.ui.LazyContent;
import app.tandem.couple.Couple;
import app.tandem.couple.ui.CoupleTabs;
import app.tandem.guide.GuideService;
import app.tandem.homework.HomeworkService;
import app.tandem.homework.ui.HomeworkTab;
import app.tandem.practice.PracticeSettingsService;
import app.tandem.session.SessionService;
import app.tandem.session.ui.SessionsTab;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.function.Supplier;

/** Homework, Sessions, Progress and Reports on a couple's page, each built when first opened. */
@SpringComponent
@UIScope
class CoupleFeatureTabs implements CoupleTabs {

    private final HomeworkService homework;
    private final GuideService guide;
    private final SessionService sessions;
    private final PracticeSettingsService practice;
    private final ProgressTabFactory progress;

    CoupleFeatureTabs(HomeworkService homework, GuideService guide, SessionService sessions, PracticeSettingsService practice,
            ProgressTabFactory progress) {
        this.homework = homework;
        this.guide = guide;
        this.sessions = sessions;
        this.practice = practice;
        this.progress = progress;
    }

    @Override
    public void addTo(TabSheet tabs, Couple couple, Runnable reload) {
        lazy(tabs, "Homework", () -> new HomeworkTab(couple, homework, guide, practice.today(), reload));
        lazy(tabs, "Sessions", () -> new SessionsTab(couple, sessions, practice.today(), practice.get().zone(), reload));
        progress.addTo(tabs, couple, reload);
    }

    /** A tab whose content (and its audited reads) is made only when the counselor opens it. */
    static void lazy(TabSheet tabs, String label, Supplier<Component> content) {
        Div holder = new Div();
        holder.setWidthFull();
        Tab tab = tabs.add(label, holder);
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == tab && LazyContent.needsContent(holder)) {
                LazyContent.fill(holder, content);
            }
        });
    }
}
