package app.tandem.assessment;

/**
 * Something the counselor must see that never changes the recommendation (only signed records
 * count), such as a safety flag left in a draft.
 */
public enum AssessmentWarning {
    /** An unsigned session on or before {@code asOf} carries a safety flag. */
    UNSIGNED_SAFETY_FLAG
}
