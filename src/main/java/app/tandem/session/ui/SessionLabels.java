package app.tandem.session.ui;

import app.tandem.casefile.CaseFile.Attendance;
import app.tandem.casefile.CaseFile.Flag;
import app.tandem.casefile.CaseFile.Pitfall;
import app.tandem.casefile.CaseFile.SessionFormat;
import app.tandem.text.Texts;

/** Words for a session's closed sets; flag and pitfall wording comes from seeds/texts. */
public final class SessionLabels {

    private SessionLabels() {}

    public static String of(Flag f) {
        return Texts.shared().get("flags." + f.name() + ".label");
    }

    public static String describe(Flag f) {
        return Texts.shared().get("flags." + f.name() + ".description");
    }

    public static String of(Pitfall p) {
        return Texts.shared().get("pitfall." + p.name() + ".label");
    }

    public static String of(SessionFormat f) {
        return switch (f) {
            case IN_PERSON -> "In person";
            case VIDEO -> "Video";
            case PHONE -> "Phone";
        };
    }

    public static String of(Attendance a) {
        return switch (a) {
            case BOTH -> "Both partners";
            case A -> "Partner A only";
            case B -> "Partner B only";
            case NONE -> "No-show";
        };
    }
}
