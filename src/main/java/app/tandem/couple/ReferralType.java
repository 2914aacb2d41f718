package app.tandem.couple;

/** Where a couple or partner was referred. */
public enum ReferralType {
    COUPLES_THERAPY,
    RETREAT,
    DV_SERVICES,
    INDIVIDUAL_THERAPY,
    OTHER
}
