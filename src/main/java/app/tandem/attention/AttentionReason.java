package app.tandem.attention;

/** One reason a couple is listed, in words a counselor acts on. */
public record AttentionReason(AttentionCategory category, String text) {}
