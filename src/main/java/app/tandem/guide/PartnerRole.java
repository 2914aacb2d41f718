package app.tandem.guide;

/**
 * Which partner a one-partner step is for, by their part in the pursue-withdraw pattern: a step
 * written for the partner who tends to reach out more would license more distance if given to
 * the partner who tends to step back, so such a step is never assigned to both.
 */
public enum PartnerRole {
    /** The partner who tends to reach out more. */
    PURSUER,
    /** The partner who tends to step back. */
    DISTANCER
}
