package app.tandem.couple.ui;

import app.tandem.casefile.CaseFile.CoupleStatus;
import app.tandem.casefile.CaseFile.Pursuer;
import app.tandem.casefile.CaseFile.ReferralType;
import app.tandem.casefile.CaseFile.SecretsPolicy;
import app.tandem.casefile.CaseFile.Sign;
import app.tandem.casefile.CaseFile.Stressor;
import app.tandem.casefile.CaseFile.WithdrawalOnset;

/** Words shown for the couple's closed sets of values. */
public final class Labels {

    private Labels() {}

    public static String of(CoupleStatus s) {
        return switch (s) {
            case ACTIVE -> "Active";
            case PAUSED -> "Paused";
            case REFERRED -> "Referred";
            case CLOSED -> "Closed";
        };
    }

    public static String of(WithdrawalOnset o) {
        return switch (o) {
            case GRADUAL -> "Gradual";
            case SUDDEN -> "Sudden";
            case UNKNOWN -> "Not known";
        };
    }

    public static String of(Pursuer p) {
        return switch (p) {
            case A -> "Partner A pursues, B distances";
            case B -> "Partner B pursues, A distances";
            case NONE -> "Neither (both distance)";
            case UNKNOWN -> "Not known yet";
        };
    }

    public static String of(Sign s) {
        return switch (s) {
            case REDUCED_INITIATIONS -> "Reduced initiations";
            case EMOTIONAL_UNAVAILABILITY -> "Emotional unavailability";
            case INCREASED_SOLITUDE -> "Increased solitude";
        };
    }

    public static String of(Stressor s) {
        return switch (s) {
            case WORK_STRESS -> "Work stress";
            case IN_LAW_STRESS -> "In-law stress";
            case UNRESOLVED_CONFLICT -> "Unresolved conflict";
            case HEALTH -> "Health";
            case FINANCES -> "Finances";
            case PARENTING -> "Parenting";
            case OTHER -> "Other";
        };
    }

    public static String of(SecretsPolicy p) {
        return switch (p) {
            case NO_SECRETS -> "No secrets";
            case LIMITED_SECRETS -> "Limited secrets";
            case NOT_AGREED -> "Not agreed yet";
        };
    }

    public static String of(ReferralType t) {
        return switch (t) {
            case COUPLES_THERAPY -> "Couples therapy";
            case RETREAT -> "Relationship retreat";
            case DV_SERVICES -> "Domestic-violence services";
            case INDIVIDUAL_THERAPY -> "Individual therapy";
            case DISCERNMENT_COUNSELLING -> "Discernment counselling";
            case INTERVENTION_PROGRAMME -> "Domestic-abuse intervention programme";
            case SUBSTANCE_USE_SERVICES -> "Substance-use services";
            case CRISIS_SERVICES -> "Crisis services";
            case OTHER -> "Other";
        };
    }
}
