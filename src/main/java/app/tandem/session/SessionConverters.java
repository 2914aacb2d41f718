package app.tandem.session;

import app.tandem.base.EnumSetConverter;
import app.tandem.casefile.CaseFile.Flag;
import app.tandem.casefile.CaseFile.Pitfall;
import jakarta.persistence.Converter;

/** Column converters for a session's flags and observed pitfalls. */
final class SessionConverters {

    private SessionConverters() {}

    @Converter
    static class Flags extends EnumSetConverter<Flag> {
        Flags() {
            super(Flag.class);
        }
    }

    @Converter
    static class Pitfalls extends EnumSetConverter<Pitfall> {
        Pitfalls() {
            super(Pitfall.class);
        }
    }
}
