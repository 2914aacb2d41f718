package app.tandem.base;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock whose time can be moved (the demo writer's clock, the tests' clock). Its views in
 * another zone keep following it, so a service that asked for {@code withZone} sees every move.
 */
public abstract class MovingClock extends Clock {

    @Override
    public Clock withZone(ZoneId zone) {
        return new ZoneView(this, zone);
    }

    /** This clock read in another zone. */
    private static final class ZoneView extends Clock {

        private final MovingClock source;
        private final ZoneId zone;

        ZoneView(MovingClock source, ZoneId zone) {
            this.source = source;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return source.withZone(z);
        }

        @Override
        public Instant instant() {
            return source.instant();
        }
    }
}
