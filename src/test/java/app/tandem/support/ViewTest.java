package app.tandem.support;

import app.tandem.security.Counselor;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

/** Base of Vaadin Browserless view tests on the real application context and database. */
@TandemTest
public abstract class ViewTest extends SpringBrowserlessTest {

    @Autowired
    protected Fixtures fixtures;

    /** Signs in as the given account and starts a fresh UI with that user's roles. */
    protected void loginAs(Counselor c) {
        fixtures.loginAs(c);
        cleanVaadinEnvironment();
        initVaadinEnvironment();
    }

    @AfterEach
    void signOut() {
        fixtures.logout();
    }
}
