package app.tandem.casefile;

/**
 * The two partners of a couple. A case file always names them {@code A} and {@code B}; which
 * person is which is fixed at intake and never changes.
 */
public enum PartnerId {
    A,
    B;

    /** The other partner. */
    public PartnerId other() {
        return this == A ? B : A;
    }
}
