package app.tandem.homework.ui;

import app.tandem.couple.Couple;
import app.tandem.couple.ui.CoupleTab;
import app.tandem.guide.GuideService;
import app.tandem.homework.HomeworkService;
import app.tandem.practice.PracticeSettingsService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.core.annotation.Order;

/** The Homework tab on a couple's page, first after Overview. */
@SpringComponent
@Order(10)
class HomeworkCoupleTab implements CoupleTab {

    private final HomeworkService homework;
    private final GuideService guide;
    private final PracticeSettingsService practice;

    HomeworkCoupleTab(HomeworkService homework, GuideService guide, PracticeSettingsService practice) {
        this.homework = homework;
        this.guide = guide;
        this.practice = practice;
    }

    @Override
    public String label() {
        return "Homework";
    }

    @Override
    public Component content(Couple couple, Runnable reload) {
        return new HomeworkTab(couple, homework, guide, practice.today(), reload);
    }
}
