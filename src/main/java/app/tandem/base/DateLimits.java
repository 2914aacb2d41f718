package app.tandem.base;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The one place that says which dates make sense, for the forms and for the import alike: an
 * intake not before 1900 and not in the future; sessions, homework, referrals and safety reviews
 * not before the couple's intake; past events not in the future; planned dates (homework due
 * dates) not more than {@link #YEARS_AHEAD} years ahead. Each refusal is a sentence that names
 * the limit ("… before the couple's intake on 3 March 2026.").
 */
public final class DateLimits {

    /** No intake before this day: anything earlier is a typing slip (1/1/1000, 0026 for 2026). */
    public static final LocalDate EARLIEST_INTAKE = LocalDate.of(1900, 1, 1);
    /** How far ahead a planned date may lie. */
    public static final int YEARS_AHEAD = 2;

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private DateLimits() {}

    /** The date as sentences show it: "3 March 2026". */
    public static String shown(LocalDate date) {
        return SHOWN.format(date);
    }

    /** The intake date itself; {@code today} is the practice's today (one day's grace for time zones). */
    public static Optional<String> intake(LocalDate intake, LocalDate today) {
        if (intake.isBefore(EARLIEST_INTAKE)) {
            return Optional.of("The intake date cannot be before " + shown(EARLIEST_INTAKE) + ".");
        }
        if (intake.isAfter(today.plusDays(1))) {
            return Optional.of("The intake date cannot be in the future.");
        }
        return Optional.empty();
    }

    /**
     * Something that has happened ({@code what}: "The session", "The referral"): not before the
     * couple's intake, not after today.
     */
    public static Optional<String> past(String what, LocalDate date, LocalDate intake, LocalDate today) {
        Optional<String> before = notBeforeIntake(what, date, intake);
        if (before.isPresent()) {
            return before;
        }
        if (date.isAfter(today)) {
            return Optional.of(what + " cannot be dated in the future (after " + shown(today) + ").");
        }
        return Optional.empty();
    }

    /** Something planned (a due date): not before the couple's intake, at most {@link #YEARS_AHEAD} years ahead. */
    public static Optional<String> planned(String what, LocalDate date, LocalDate intake, LocalDate today) {
        Optional<String> before = notBeforeIntake(what, date, intake);
        if (before.isPresent()) {
            return before;
        }
        LocalDate latest = today.plusYears(YEARS_AHEAD);
        if (date.isAfter(latest)) {
            return Optional.of(
                    what + " cannot be more than " + YEARS_AHEAD + " years ahead (after " + shown(latest) + ").");
        }
        return Optional.empty();
    }

    private static Optional<String> notBeforeIntake(String what, LocalDate date, LocalDate intake) {
        if (intake != null && date.isBefore(intake)) {
            return Optional.of(what + " cannot be dated before the couple's intake on " + shown(intake) + ".");
        }
        if (intake == null && date.isBefore(EARLIEST_INTAKE)) {
            return Optional.of(what + " cannot be dated before " + shown(EARLIEST_INTAKE) + ".");
        }
        return Optional.empty();
    }
}
