package app.tandem.couple;

import app.tandem.base.EnumSetConverter;
import app.tandem.casefile.CaseFile.Sign;
import app.tandem.casefile.CaseFile.Stressor;
import jakarta.persistence.Converter;

/** Column converters for the intake's sets of signs and stressors. */
final class EnumSetConverters {

    private EnumSetConverters() {}

    @Converter
    static class Signs extends EnumSetConverter<Sign> {
        Signs() {
            super(Sign.class);
        }
    }

    @Converter
    static class Stressors extends EnumSetConverter<Stressor> {
        Stressors() {
            super(Stressor.class);
        }
    }
}
