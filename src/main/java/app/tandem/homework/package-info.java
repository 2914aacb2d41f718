/**
 * Homework: guide steps assigned to a couple between sessions, tracked per partner. An
 * assignment keeps a copy of the step as it was when assigned; connection appointments are a
 * series of occurrences, each with its own due date and completion.
 */
package app.tandem.homework;
