package app.tandem.assessment;

import app.tandem.casefile.PartnerId;

/**
 * Homework adherence of one partner on one guide step within the review window, for the report.
 *
 * @param stepKey the step
 * @param title the title of the step's first assignment in the window
 * @param partner the partner
 * @param assignments assignments of the step counted for the partner
 * @param halves twice the sum of completion
 */
public record StepAdherence(String stepKey, String title, PartnerId partner, int assignments, int halves) {

    /** Mean completion, 0 when nothing was assigned. */
    public double adherence() {
        return assignments == 0 ? 0 : halves / (2.0 * assignments);
    }
}
