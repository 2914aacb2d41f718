package app.tandem.assessment;

/** A qualifier of the decisive rule's outcome. */
public enum Concern {
    /** R5 decided with {@code CONTINUE}: the steps are not being applied. */
    ENGAGEMENT,
    /** R7 decided and both partners are reliably improved. */
    ON_TRACK
}
