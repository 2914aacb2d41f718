package app.tandem.attention;

/**
 * Why a couple needs attention, most urgent first: a couple is ranked by the first of its
 * categories in this order. See {@code docs/decisions/0020-needs-attention.md} for each rule.
 */
public enum AttentionCategory {
    /** A partner's check-in says "not safe" or "not sure", with no signed safety review since (decision 0102). */
    CHECKIN_NOT_SAFE("Check-in: not safe"),
    /** A safety flag, signed or on a draft, with no clearing ("conjoint work safe") review since (rule R0). */
    ACTIVE_SAFETY("Safety flag"),
    /** A safety flag recorded on a note that is still a draft. */
    UNSIGNED_SAFETY("Safety flag on a draft"),
    /** Reliable deterioration at a partner's latest scores (rule R2). */
    URGENT("Urgent deterioration"),
    /** The recommendation is an escalation that the latest counselor report does not show. */
    ESCALATION("New escalation"),
    /** The latest counselor report shows the escalation, but no decision was recorded on it. */
    NOT_ACTED_ON("No decision yet"),
    /** One partner reliably improved while the other still needs change (concern PARTNERS_DIVERGE). */
    PARTNERS_DIVERGE("Partners moving apart"),
    /** A partner's check-in the counselor has not read yet (decision 0103). */
    CHECKIN_TO_REVIEW("New check-in"),
    /** Homework past its due date without a recorded completion. */
    OVERDUE_HOMEWORK("Homework overdue"),
    /** An active couple without a session for more than three weeks. */
    NO_RECENT_SESSION("No session in 3 weeks"),
    /** Draft session notes left unsigned for more than 48 hours. */
    UNSIGNED_DRAFTS("Unsigned drafts"),
    /**
     * A gentle prompt, ranked last: in an active couple's first weeks, a partner not yet seen on
     * their own or not yet screened for partner violence. Not an assessment rule.
     */
    INTAKE_OPEN("Seen alone / IPV screen");

    private final String label;

    AttentionCategory(String label) {
        this.label = label;
    }

    /** The short name on the filter buttons. */
    public String label() {
        return label;
    }
}
