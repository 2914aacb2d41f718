package app.tandem.attention;

/**
 * What the list is narrowed to: one category (null: all) and, for supervisors, one counselor
 * (null: the whole practice). A counselor's own caseload is never widened by this filter.
 */
public record AttentionFilter(AttentionCategory category, Long counselorId) {

    public static AttentionFilter all() {
        return new AttentionFilter(null, null);
    }

    public static AttentionFilter only(AttentionCategory category) {
        return new AttentionFilter(category, null);
    }
}
