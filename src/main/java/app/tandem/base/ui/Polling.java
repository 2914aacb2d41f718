package app.tandem.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A UI has one poll interval but several parts may want polling (the idle warning, a batch's
 * progress bar): each states what it needs and the UI polls as often as the most eager one.
 */
public final class Polling {

    private static final String KEY = Polling.class.getName();

    private Polling() {}

    /** {@code owner} wants a poll at least every {@code every}. */
    public static void want(UI ui, Object owner, Duration every) {
        demands(ui).put(owner, (int) Math.max(500, Math.min(Integer.MAX_VALUE, every.toMillis())));
        apply(ui);
    }

    /** {@code owner} no longer needs polling. */
    public static void stop(UI ui, Object owner) {
        demands(ui).remove(owner);
        apply(ui);
    }

    private static void apply(UI ui) {
        int interval =
                demands(ui).values().stream().mapToInt(Integer::intValue).min().orElse(-1);
        if (ui.getPollInterval() != interval) {
            ui.setPollInterval(interval);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Integer> demands(UI ui) {
        Map<Object, Integer> demands = (Map<Object, Integer>) ComponentUtil.getData(ui, KEY);
        if (demands == null) {
            demands = new HashMap<>();
            ComponentUtil.setData(ui, KEY, demands);
        }
        return demands;
    }
}
