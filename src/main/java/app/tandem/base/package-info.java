/**
 * The shared kernel every feature builds on, depending on no feature itself: the base entity and
 * its converters, the database bootstrap (embedded MariaDB or an external MySQL-family server),
 * the signed-in user ({@link app.tandem.base.CurrentUser}, {@link app.tandem.base.TandemUser},
 * roles), the practice's calendar ({@link app.tandem.base.PracticeCalendar}) and the UI helpers
 * views share. The shell the views live in is {@code app.tandem.shell} (decision 0087).
 */
package app.tandem.base;
