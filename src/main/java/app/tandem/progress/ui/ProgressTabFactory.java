package app.tandem.progress.ui;

import app.tandem.couple.Couple;
import app.tandem.progress.AssessmentSettingsProvider;
import app.tandem.progress.ProgressService;
import com.vaadin.flow.component.tabs.TabSheet;
import org.springframework.stereotype.Component;

/** Adds the Progress tab; the report feature adds its own tab after it. */
@Component
class ProgressTabFactory {

    private final ProgressService progress;
    private final AssessmentSettingsProvider settings;
    private final org.springframework.beans.factory.ObjectProvider<ExtraCoupleTab> extras;

    private final org.springframework.beans.factory.ObjectProvider<ProgressSection> sections;

    ProgressTabFactory(ProgressService progress, AssessmentSettingsProvider settings, org.springframework.beans.factory.ObjectProvider<ExtraCoupleTab> extras,
            org.springframework.beans.factory.ObjectProvider<ProgressSection> sections) {
        this.sections = sections;
        this.progress = progress;
        this.settings = settings;
        this.extras = extras;
    }

    void addTo(TabSheet tabs, Couple couple, Runnable reload) {
        CoupleFeatureTabs.lazy(tabs, "Progress", () -> {
            ProgressTab tab = new ProgressTab(progress.progress(couple.getId()), settings.settings());
            sections.orderedStream().forEach(section -> tab.add(section.content(couple)));
            return tab;
        });
        extras.orderedStream().forEach(extra -> CoupleFeatureTabs.lazy(tabs, extra.label(), () -> extra.content(couple, reload)));
    }
}
