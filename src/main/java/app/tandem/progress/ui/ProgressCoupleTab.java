package app.tandem.progress.ui;

import app.tandem.couple.Couple;
import app.tandem.couple.ui.CoupleTab;
import app.tandem.progress.AssessmentSettingsProvider;
import app.tandem.progress.ProgressService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;

/** The Progress tab on a couple's page, after Sessions, with the sections other features add at its end. */
@SpringComponent
@Order(30)
class ProgressCoupleTab implements CoupleTab {

    private final ProgressService progress;
    private final AssessmentSettingsProvider settings;
    private final ObjectProvider<ProgressSection> sections;

    ProgressCoupleTab(
            ProgressService progress, AssessmentSettingsProvider settings, ObjectProvider<ProgressSection> sections) {
        this.progress = progress;
        this.settings = settings;
        this.sections = sections;
    }

    @Override
    public String label() {
        return "Progress";
    }

    @Override
    public Component content(Couple couple, Runnable reload) {
        ProgressTab tab = new ProgressTab(progress.progress(couple.getId()), settings.settings());
        sections.orderedStream().forEach(section -> tab.add(section.content(couple)));
        return tab;
    }
}
