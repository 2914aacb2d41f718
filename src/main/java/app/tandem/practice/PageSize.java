package app.tandem.practice;

/** Paper size of generated reports. */
public enum PageSize {
    A4,
    LETTER
}
