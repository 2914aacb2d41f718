package app.tandem.session;

import app.tandem.casefile.CaseFile.Flag;
import app.tandem.casefile.CaseFile.Pitfall;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Flags and pitfalls are small closed sets, stored as comma-separated names. */
final class SessionConverters {

    private SessionConverters() {
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
    static class Flags extends Base<Flag> {
        Flags() {
            super(Flag.class);
        }
    }

    @Converter
    static class Pitfalls extends Base<Pitfall> {
        Pitfalls() {
            super(Pitfall.class);
        }
    }
}
