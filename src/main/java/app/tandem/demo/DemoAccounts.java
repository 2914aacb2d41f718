package app.tandem.demo;

import app.tandem.security.PublishedPasswords;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The demo's accounts and their passwords, printed at every demo start and in the README. Known
 * in every mode (not only the demo's), so that a start without the demo profile can refuse them.
 */
@Component
class DemoAccounts implements PublishedPasswords {

    static final String SUPERVISOR = "robin@demo.tandem";
    static final String COUNSELOR_1 = "dana@demo.tandem";
    static final String COUNSELOR_2 = "lee@demo.tandem";
    static final String SUPERVISOR_PASSWORD = "demo-supervisor-2026";
    static final String COUNSELOR_PASSWORD = "demo-counselor-2026";

    @Override
    public Map<String, String> byEmail() {
        return Map.of(
                SUPERVISOR, SUPERVISOR_PASSWORD, COUNSELOR_1, COUNSELOR_PASSWORD, COUNSELOR_2, COUNSELOR_PASSWORD);
    }
}
