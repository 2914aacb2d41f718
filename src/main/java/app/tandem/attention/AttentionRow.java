package app.tandem.attention;

import java.util.List;

/**
 * One couple on the "needs attention" list with every reason it is there, most urgent first.
 *
 * @param link the couple's page, {@code /couples/{reference}}
 */
public record AttentionRow(
        long coupleId,
        String reference,
        String partnerA,
        String partnerB,
        long counselorId,
        String counselorName,
        List<AttentionReason> reasons) {

    public AttentionRow {
        reasons = List.copyOf(reasons);
    }

    /** The category that ranks this couple. */
    public AttentionCategory mostUrgent() {
        return reasons.get(0).category();
    }

    public String link() {
        return "couples/" + reference;
    }

    public boolean has(AttentionCategory category) {
        return reasons.stream().anyMatch(r -> r.category() == category);
    }
}
