package app.tandem.assessment;

/**
 * The reliable-change arithmetic of {@code tandem-rules-2}, written once for the engine, the
 * charts' bands and the reports: a change of the composite counts as reliable when it reaches
 * {@code rciCutoff · S_diff}, compared with a tolerance of 1e-9. For whole-number changes that
 * is the same as reaching {@link #wholeChange()}.
 */
public final class ReliableChange {

    /** A change this close to the cut-off counts as reaching it. */
    static final double TOLERANCE = 1e-9;

    private final double sDiff;
    private final double halfWidth;
    private final int wholeChange;

    private ReliableChange(double sDiff, double halfWidth) {
        this.sDiff = sDiff;
        this.halfWidth = halfWidth;
        this.wholeChange = (int) Math.ceil(halfWidth - TOLERANCE);
    }

    /** The arithmetic under {@code settings}. */
    public static ReliableChange of(AssessmentSettings settings) {
        return new ReliableChange(settings.sDiff(), settings.rciCutoff() * settings.sDiff());
    }

    /** {@code rciCutoff · S_diff}: the change that is reliable, the half width of a baseline's band. */
    public double halfWidth() {
        return halfWidth;
    }

    /** The smallest whole change of the composite that is reliable. */
    public int wholeChange() {
        return wholeChange;
    }

    /** The reliable-change index of {@code change} (unrounded). */
    public double rci(int change) {
        return change / sDiff;
    }

    /** Whether {@code change} is a reliable improvement. */
    public boolean improved(int change) {
        return change >= halfWidth - TOLERANCE;
    }

    /** Whether {@code change} is a reliable deterioration. */
    public boolean deteriorated(int change) {
        return change <= -halfWidth + TOLERANCE;
    }

    /** The classification of {@code change}. */
    public Classification classify(int change) {
        return improved(change)
                ? Classification.IMPROVED
                : deteriorated(change) ? Classification.DETERIORATED : Classification.UNCHANGED;
    }
}
