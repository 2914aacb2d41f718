package app.tandem.session.ui;

import app.tandem.couple.Couple;
import app.tandem.couple.ui.CoupleTab;
import app.tandem.practice.PracticeSettingsService;
import app.tandem.session.SessionService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.core.annotation.Order;

/** The Sessions tab on a couple's page, after Homework. */
@SpringComponent
@Order(20)
class SessionsCoupleTab implements CoupleTab {

    private final SessionService sessions;
    private final PracticeSettingsService practice;

    SessionsCoupleTab(SessionService sessions, PracticeSettingsService practice) {
        this.sessions = sessions;
        this.practice = practice;
    }

    @Override
    public String label() {
        return "Sessions";
    }

    @Override
    public Component content(Couple couple, Runnable reload) {
        return new SessionsTab(
                couple, sessions, practice.today(), practice.get().zone(), reload);
    }
}
