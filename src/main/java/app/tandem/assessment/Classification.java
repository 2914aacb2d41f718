package app.tandem.assessment;

/** A partner's reliable-change classification, from the RCI of their latest data point. */
public enum Classification {
    IMPROVED,
    UNCHANGED,
    DETERIORATED
}
