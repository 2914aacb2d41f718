/**
 * The guide library: the reconnection guide's sections and steps, loaded from {@code seeds/guide}
 * at start into versioned tables, plus practice-specific steps a supervisor adds or retires.
 * Homework copies a step when it is assigned, so later changes here never alter an assignment.
 */
package app.tandem.guide;
