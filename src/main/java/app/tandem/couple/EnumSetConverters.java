package app.tandem.couple;

import app.tandem.casefile.CaseFile.Sign;
import app.tandem.casefile.CaseFile.Stressor;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Small closed sets of enum values stored as comma-separated names in one column. */
final class EnumSetConverters {

    private EnumSetConverters() {
    }

    abstract static class Base<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {
        private final Class<E> type;

        Base(Class<E> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(Set<E> values) {
            return values == null || values.isEmpty() ? null
                    : values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        }

        @Override
        public Set<E> convertToEntityAttribute(String column) {
            EnumSet<E> set = EnumSet.noneOf(type);
            if (column != null && !column.isBlank()) {
                Arrays.stream(column.split(",")).map(String::trim).map(v -> Enum.valueOf(type, v)).forEach(set::add);
            }
            return set;
        }
    }

    @Converter
    static class Signs extends Base<Sign> {
        Signs() {
            super(Sign.class);
        }
    }

    @Converter
    static class Stressors extends Base<Stressor> {
        Stressors() {
            super(Stressor.class);
        }
    }
}
