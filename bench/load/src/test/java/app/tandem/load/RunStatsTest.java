package app.tandem.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RunStatsTest {

    private static final String STEP = Counselor.LOOP.get(0).name();

    @AfterEach
    void reset() {
        RunStats.reset();
    }

    private static void requests(long startedAt, int millis, int count) {
        for (int i = 0; i < count; i++) {
            RunStats.record(STEP, startedAt, millis, false);
        }
    }

    @Test
    void slow_requests_while_counselors_arrive_are_reported_but_not_judged() {
        RunStats.together(1_000, 2_000);
        requests(500, 400, 50);
        requests(1_500, 20, 100);

        assertTrue(RunStats.pass(100));
        RunStats.Row together = RunStats.rows(true).get(0);
        assertEquals(100, together.count());
        assertEquals(20, together.p95());
        RunStats.Row whole = RunStats.rows(false).get(0);
        assertEquals(150, whole.count());
        assertEquals(400, whole.p95());
    }

    @Test
    void a_slow_step_while_all_work_together_fails_the_step() {
        RunStats.together(1_000, 2_000);
        requests(1_100, 20, 90);
        requests(1_200, 150, 10);

        assertFalse(RunStats.pass(100));
    }

    @Test
    void a_failed_request_fails_the_step_whenever_it_happened() {
        RunStats.together(1_000, 2_000);
        requests(1_500, 20, 100);
        RunStats.record(STEP, 100, 30, true);

        assertFalse(RunStats.pass(100));
    }
}
