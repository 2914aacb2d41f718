package app.tandem.base.ui;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times in the user's locale (from the browser), the same way on every screen. */
public final class Dates {

    private Dates() {}

    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? Locale.getDefault() : ui.getLocale();
    }

    public static String format(LocalDate date) {
        return date == null
                ? "—"
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale())
                        .format(date);
    }

    public static String format(Instant instant, ZoneId zone) {
        return instant == null
                ? "—"
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale())
                        .format(instant.atZone(zone));
    }

    public static String shortDate(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
                        .withLocale(locale())
                        .format(date);
    }
}
