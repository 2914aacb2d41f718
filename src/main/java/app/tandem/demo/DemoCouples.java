package app.tandem.demo;

import app.tandem.security.Counselor;
import java.time.LocalDate;
import java.util.Map;

/**
 * The couples the demo writer has replayed, by name, with their counselors (filled as the examples
 * and the generated couples are replayed): what the report history and the partners' check-ins are
 * written on, by the couple's counselor at a given moment.
 */
record DemoCouples(
        DemoReplay.Actor actor,
        DemoReplay replay,
        Map<String, DemoReplay.Written> written,
        Map<String, Counselor> owners,
        LocalDate today) {

    DemoReplay.Written couple(String name) {
        return written.get(name);
    }

    /** Runs {@code action} as couple {@code name}'s counselor at {@code hour}:{@code minute} on {@code day}. */
    void actAsOwner(String name, LocalDate day, int hour, int minute, Runnable action) {
        actor.act(replay.at(day, hour, minute), owners.get(name), action);
    }
}
