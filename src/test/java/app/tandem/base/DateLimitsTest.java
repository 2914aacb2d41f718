package app.tandem.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The date limits, one row per case: the sentence names the limit, or there is none. */
class DateLimitsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final LocalDate INTAKE = LocalDate.of(2026, 3, 3);

    static Stream<Arguments> rows() {
        return Stream.of(
                row(
                        "intake 1 Jan 1000",
                        () -> DateLimits.intake(LocalDate.of(1000, 1, 1), TODAY),
                        "The intake date cannot be before 1 January 1900."),
                row(
                        "intake 31 Dec 1899",
                        () -> DateLimits.intake(LocalDate.of(1899, 12, 31), TODAY),
                        "The intake date cannot be before 1 January 1900."),
                row("intake 1 Jan 1900", () -> DateLimits.intake(LocalDate.of(1900, 1, 1), TODAY), null),
                row("intake tomorrow (time zones)", () -> DateLimits.intake(TODAY.plusDays(1), TODAY), null),
                row(
                        "intake next week",
                        () -> DateLimits.intake(TODAY.plusDays(7), TODAY),
                        "The intake date cannot be in the future."),
                row(
                        "session 1 Jan 1000",
                        () -> DateLimits.past("The session", LocalDate.of(1000, 1, 1), INTAKE, TODAY),
                        "The session cannot be dated before the couple's intake on 3 March 2026."),
                row(
                        "session 1 Jan 1900",
                        () -> DateLimits.past("The session", LocalDate.of(1900, 1, 1), INTAKE, TODAY),
                        "The session cannot be dated before the couple's intake on 3 March 2026."),
                row("session on the intake day", () -> DateLimits.past("The session", INTAKE, INTAKE, TODAY), null),
                row("session today", () -> DateLimits.past("The session", TODAY, INTAKE, TODAY), null),
                row(
                        "referral tomorrow",
                        () -> DateLimits.past("The referral", TODAY.plusDays(1), INTAKE, TODAY),
                        "The referral cannot be dated in the future (after 29 November 2026)."),
                row(
                        "homework assigned 1 Jan 1000",
                        () -> DateLimits.planned("The homework", LocalDate.of(1000, 1, 1), INTAKE, TODAY),
                        "The homework cannot be dated before the couple's intake on 3 March 2026."),
                row(
                        "due 31 Dec 9999",
                        () -> DateLimits.planned("The due date", LocalDate.of(9999, 12, 31), INTAKE, TODAY),
                        "The due date cannot be more than 2 years ahead (after 29 November 2028)."),
                row(
                        "due in two years to the day",
                        () -> DateLimits.planned("The due date", TODAY.plusYears(2), INTAKE, TODAY),
                        null),
                row(
                        "no intake known: 1900 is the floor",
                        () -> DateLimits.past("The session", LocalDate.of(1899, 1, 1), null, TODAY),
                        "The session cannot be dated before 1 January 1900."));
    }

    private static Arguments row(String name, Supplier<Optional<String>> check, String expected) {
        return Arguments.of(name, check, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void each_date_is_judged_with_a_sentence_naming_the_limit(
            String name, Supplier<Optional<String>> check, String expected) {
        assertThat(check.get()).isEqualTo(Optional.ofNullable(expected));
    }
}
