package app.tandem.demo;

import app.tandem.couple.CoupleChanged;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.SimpleApplicationEventMulticaster;
import org.springframework.core.ResolvableType;

/**
 * The application's event multicaster, which can hold back "couple changed" events on one
 * thread while a batch writer runs: the demo writer records months of a practice's work in one
 * transaction, and refreshing a couple's stored assessment after each of its hundreds of steps
 * would redo, step by step, what one refresh per couple at the end gives (decision 0094).
 * Outside {@link #holdWhile} it is Spring's own multicaster, unchanged.
 */
final class CoupleChangeBatching extends SimpleApplicationEventMulticaster {

    private final ThreadLocal<Set<Long>> held = new ThreadLocal<>();

    @Override
    public void multicastEvent(ApplicationEvent event, ResolvableType eventType) {
        Set<Long> holding = held.get();
        if (holding != null
                && event instanceof PayloadApplicationEvent<?> p
                && p.getPayload() instanceof CoupleChanged c) {
            holding.add(c.coupleId());
            return;
        }
        super.multicastEvent(event, eventType);
    }

    /** Runs {@code work} with this thread's "couple changed" events held back; returns the couples they named. */
    Set<Long> holdWhile(Runnable work) {
        if (held.get() != null) {
            throw new IllegalStateException("Already holding couple changes on this thread");
        }
        Set<Long> holding = new LinkedHashSet<>();
        held.set(holding);
        try {
            work.run();
        } finally {
            held.remove();
        }
        return holding;
    }
}
