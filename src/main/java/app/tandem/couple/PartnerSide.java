package app.tandem.couple;

/** Which partner of the couple. */
public enum PartnerSide {
    A,
    B
}
