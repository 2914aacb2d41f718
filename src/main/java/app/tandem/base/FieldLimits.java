package app.tandem.base;

/**
 * The one place that says how long a text and how large a number may be, for every field a
 * person types or a case file carries: the entities (column widths), the forms (a field's limit
 * and its "from … to …" sentence), the validators and the case-file reader all take their limits
 * from here (decision 0084). Dates have their own place, {@link DateLimits}.
 *
 * <p>A feature's classes keep their own names for these (for example {@code Partner.NAME_MAX_LENGTH}),
 * each pointing here, so a limit is written once and read where it is used.
 */
public final class FieldLimits {

    private FieldLimits() {}

    /** A whole-number range, both ends included. */
    public record Range(int min, int max) {

        public boolean contains(int value) {
            return value >= min && value <= max;
        }
    }

    // Numbers

    /**
     * A session's length in minutes: from a one-minute call that broke off to a day-long
     * intensive; every file Tandem ever imported fits (the reader accepted 1–1,440 before).
     */
    public static final Range SESSION_MINUTES = new Range(1, 24 * 60);
    /** Children in the household: what the case-file format has always accepted. */
    public static final Range CHILDREN = new Range(0, 30);

    // Texts of a couple

    public static final int PARTNER_NAME = 100;
    public static final int PRONOUNS = 40;
    /** An e-mail address (RFC 5321's longest path); also a counselor's sign-in name. */
    public static final int EMAIL = 254;

    public static final int PHONE = 40;
    public static final int SAFE_CONTACT_NOTE = 500;
    public static final int GOAL = 300;
    public static final int CONTEXT_NOTES = 5000;
    public static final int STRESSOR_OTHER = 200;
    public static final int REFERRAL_TO = 300;
    public static final int REFERRAL_NOTES = 2000;
    public static final int RELEASE_HOW = 300;
    public static final int STATUS_REASON = 1000;

    // Sessions, homework, guide

    public static final int SESSION_NOTE = 20_000;
    public static final int AMENDMENT_REASON = 500;
    public static final int AMENDMENT_TEXT = 10_000;
    public static final int REFERRAL_MADE = 500;
    public static final int HOMEWORK_INSTRUCTIONS = 5000;
    public static final int HOMEWORK_REFLECTION = 2000;
    public static final int STEP_TITLE = 200;
    public static final int STEP_TEXT = 5000;
    public static final int STEP_KEY = 80;
    public static final int SERIES_ID = 40;

    // Intake, check-ins, reports

    public static final int SCREENING_NOTES = 5000;
    public static final int CHECK_IN_NOTE = 4000;
    public static final int CHECK_IN_REFLECTION = 2000;
    public static final int REPORT_REASON = 2000;
    public static final int RULE_SET = 40;

    // People and the practice

    /** Names of people recorded elsewhere (signed by, reviewed by …): the columns are 254 wide. */
    public static final int PERSON = 254;

    public static final int COUNSELOR_NAME = 120;
    public static final int PRACTICE_NAME = 200;
    public static final int PRACTICE_CONTACT = 500;
    public static final int PRACTICE_RESOURCES = 5000;
}
