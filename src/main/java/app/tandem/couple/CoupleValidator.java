package app.tandem.couple;

import app.tandem.base.DateLimits;
import app.tandem.base.FieldLimits;
import app.tandem.base.Problem;
import app.tandem.base.ValidationFailure;
import app.tandem.casefile.CaseFile.Stressor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a couple's details and says, in a sentence per field, what to fix. Field names are
 * "a.firstName", "b.email", "goals" and so on, so a form can put each message beside its input.
 */
public final class CoupleValidator {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{5,40}$");

    private CoupleValidator() {}

    public static List<Problem> problems(CoupleDetails d, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (d.intakeDate() == null) {
            problems.add(new Problem("intakeDate", "Enter the intake date."));
        } else {
            DateLimits.intake(d.intakeDate(), today).ifPresent(m -> problems.add(new Problem("intakeDate", m)));
        }
        partner("a", "partner A", d.partnerA(), problems);
        partner("b", "partner B", d.partnerB(), problems);
        if (d.goals().size() > CoupleDetails.MAX_GOALS) {
            problems.add(
                    new Problem("goals", "Keep to " + CoupleDetails.MAX_GOALS + " goals at most; merge or drop some."));
        }
        if (d.goals().stream().anyMatch(g -> g.length() > CoupleDetails.GOAL_MAX_LENGTH)) {
            problems.add(new Problem(
                    "goals", "Each goal can have at most " + CoupleDetails.GOAL_MAX_LENGTH + " characters."));
        }
        if (d.contextNotes() != null && d.contextNotes().length() > CoupleDetails.NOTES_MAX_LENGTH) {
            problems.add(new Problem("contextNotes", "Use at most " + CoupleDetails.NOTES_MAX_LENGTH + " characters."));
        }
        if (d.stressors().contains(Stressor.OTHER)
                && (d.stressorOther() == null || d.stressorOther().isBlank())) {
            problems.add(new Problem("stressorOther", "Say what the other stressor is."));
        } else if (d.stressorOther() != null && d.stressorOther().length() > CoupleDetails.STRESSOR_OTHER_MAX_LENGTH) {
            problems.add(new Problem(
                    "stressorOther", "Use at most " + CoupleDetails.STRESSOR_OTHER_MAX_LENGTH + " characters."));
        }
        if (d.childrenInHousehold() != null && !FieldLimits.CHILDREN.contains(d.childrenInHousehold())) {
            problems.add(new Problem(
                    "childrenInHousehold",
                    "Enter a number of children between " + FieldLimits.CHILDREN.min() + " and "
                            + FieldLimits.CHILDREN.max() + "."));
        }
        return problems;
    }

    /** Throws the first problem as a {@link ValidationFailure}; forms show all of them before saving. */
    public static void check(CoupleDetails d, LocalDate today) {
        ValidationFailure.throwFirst(problems(d, today));
    }

    private static void partner(String prefix, String who, CoupleDetails.PartnerDetails p, List<Problem> problems) {
        if (p == null) {
            problems.add(new Problem(prefix + ".firstName", "Enter " + who + "'s first name."));
            return;
        }
        if (p.firstName() == null || p.firstName().isBlank()) {
            problems.add(new Problem(prefix + ".firstName", "Enter " + who + "'s first name."));
        } else if (p.firstName().trim().length() > Partner.NAME_MAX_LENGTH) {
            problems.add(new Problem(prefix + ".firstName", "Use at most " + Partner.NAME_MAX_LENGTH + " characters."));
        }
        if (p.lastName() == null || p.lastName().isBlank()) {
            problems.add(new Problem(prefix + ".lastName", "Enter " + who + "'s last name."));
        } else if (p.lastName().trim().length() > Partner.NAME_MAX_LENGTH) {
            problems.add(new Problem(prefix + ".lastName", "Use at most " + Partner.NAME_MAX_LENGTH + " characters."));
        }
        if (p.pronouns() != null && p.pronouns().trim().length() > Partner.PRONOUNS_MAX_LENGTH) {
            problems.add(
                    new Problem(prefix + ".pronouns", "Use at most " + Partner.PRONOUNS_MAX_LENGTH + " characters."));
        }
        if (p.email() != null
                && !p.email().isBlank()
                && (!EMAIL.matcher(p.email().trim()).matches()
                        || p.email().trim().length() > Partner.EMAIL_MAX_LENGTH)) {
            problems.add(new Problem(
                    prefix + ".email", "Enter an e-mail address such as name@example.org, or leave it empty."));
        }
        if (p.phone() != null
                && !p.phone().isBlank()
                && !PHONE.matcher(p.phone().trim()).matches()) {
            problems.add(new Problem(
                    prefix + ".phone", "Enter a phone number of digits, spaces and + ( ) - only, or leave it empty."));
        }
        if (p.safeNote() != null && p.safeNote().trim().length() > Partner.NOTE_MAX_LENGTH) {
            problems.add(new Problem(prefix + ".safeNote", "Use at most " + Partner.NOTE_MAX_LENGTH + " characters."));
        }
    }
}
