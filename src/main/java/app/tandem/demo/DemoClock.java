package app.tandem.demo;

import app.tandem.base.MovingClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Demo mode only: the application's clock with an offset the demo writer can set, so that each
 * thing a counselor did in the fictional practice is written through the services on the day it
 * happened (a session signed that evening, a report generated three weeks ago). The offset is
 * set only while the demo is written, before the server accepts requests, and is zero after.
 */
final class DemoClock extends MovingClock {

    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    DemoClock(Clock base) {
        this.base = base;
    }

    /** From now on the clock reads {@code at} (and runs on from there). */
    void travelTo(Instant at) {
        offset = Duration.between(base.instant(), at);
    }

    /** Back to the real time. */
    void backToNow() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }
}
