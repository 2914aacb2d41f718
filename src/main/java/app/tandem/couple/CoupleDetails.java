package app.tandem.couple;

import app.tandem.base.FieldLimits;
import app.tandem.casefile.CaseFile;
import app.tandem.casefile.CaseFile.Pursuer;
import app.tandem.casefile.CaseFile.SecretsPolicy;
import app.tandem.casefile.CaseFile.Sign;
import app.tandem.casefile.CaseFile.Stressor;
import app.tandem.casefile.CaseFile.WithdrawalOnset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The editable intake details of a couple, as a form fills them in. The {@code version} is the
 * version the user started editing from: a save from an older version is a conflict.
 */
public record CoupleDetails(
        LocalDate intakeDate,
        PartnerDetails partnerA,
        PartnerDetails partnerB,
        WithdrawalOnset withdrawalOnset,
        Pursuer pursuer,
        Set<Sign> signs,
        Set<Stressor> stressors,
        String stressorOther,
        String contextNotes,
        List<String> goals,
        SecretsPolicy secretsPolicy,
        Integer childrenInHousehold,
        Long version) {

    public static final int MAX_GOALS = 10;
    public static final int GOAL_MAX_LENGTH = FieldLimits.GOAL;
    public static final int NOTES_MAX_LENGTH = FieldLimits.CONTEXT_NOTES;
    public static final int STRESSOR_OTHER_MAX_LENGTH = FieldLimits.STRESSOR_OTHER;

    public CoupleDetails {
        signs = signs == null || signs.isEmpty() ? EnumSet.noneOf(Sign.class) : EnumSet.copyOf(signs);
        stressors =
                stressors == null || stressors.isEmpty() ? EnumSet.noneOf(Stressor.class) : EnumSet.copyOf(stressors);
        List<String> cleaned = new ArrayList<>();
        if (goals != null) {
            goals.stream().map(CoupleDetails::trimToNull).filter(g -> g != null).forEach(cleaned::add);
        }
        goals = List.copyOf(cleaned);
        withdrawalOnset = withdrawalOnset == null ? WithdrawalOnset.UNKNOWN : withdrawalOnset;
        pursuer = pursuer == null ? Pursuer.UNKNOWN : pursuer;
        secretsPolicy = secretsPolicy == null ? SecretsPolicy.NOT_AGREED : secretsPolicy;
    }

    static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The details currently stored for a couple, with its version, to start an edit from. */
    public static CoupleDetails of(Couple c) {
        return new CoupleDetails(
                c.getIntakeDate(),
                PartnerDetails.of(c.getPartnerA()),
                PartnerDetails.of(c.getPartnerB()),
                c.getWithdrawalOnset(),
                c.getPursuer(),
                c.getSigns(),
                c.getStressors(),
                c.getStressorOther(),
                c.getContextNotes(),
                c.getGoals(),
                c.getSecretsPolicy(),
                c.getChildrenInHousehold(),
                c.getVersion());
    }

    /** The details a couple arrives with in a case file (import). */
    public static CoupleDetails of(CaseFile.Couple c) {
        var context = c.context();
        return new CoupleDetails(
                c.intakeDate(),
                PartnerDetails.of(c.partners().a()),
                PartnerDetails.of(c.partners().b()),
                context == null ? null : context.withdrawalOnset(),
                context == null ? null : context.pursuer(),
                context == null ? null : Set.copyOf(context.signs()),
                context == null ? null : Set.copyOf(context.stressors()),
                context == null ? null : context.stressorOther(),
                context == null ? null : context.notes(),
                c.goals(),
                c.secretsPolicy(),
                c.childrenInHousehold(),
                null);
    }

    /** One partner's details as entered. */
    public record PartnerDetails(
            String firstName,
            String lastName,
            String pronouns,
            String email,
            String phone,
            Boolean safeEmail,
            Boolean safePhone,
            String safeNote) {

        public static PartnerDetails of(Partner p) {
            return new PartnerDetails(
                    p.getFirstName(),
                    p.getLastName(),
                    p.getPronouns(),
                    p.getEmail(),
                    p.getPhone(),
                    p.getSafeEmail(),
                    p.getSafePhone(),
                    p.getSafeNote());
        }

        public static PartnerDetails of(CaseFile.Partner p) {
            var safe = p.safeContact();
            return new PartnerDetails(
                    p.firstName(),
                    p.lastName(),
                    p.pronouns(),
                    p.email(),
                    p.phone(),
                    safe == null ? null : safe.email(),
                    safe == null ? null : safe.phone(),
                    safe == null ? null : safe.note());
        }

        public static PartnerDetails named(String firstName, String lastName) {
            return new PartnerDetails(firstName, lastName, null, null, null, null, null, null);
        }

        Partner toPartner() {
            return new Partner(
                    trimToNull(firstName),
                    trimToNull(lastName),
                    trimToNull(pronouns),
                    email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT),
                    trimToNull(phone),
                    safeEmail,
                    safePhone,
                    trimToNull(safeNote));
        }
    }
}
