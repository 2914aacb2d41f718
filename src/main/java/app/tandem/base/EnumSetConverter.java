package app.tandem.base;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores a small closed set of enum values (signs, stressors, flags, pitfalls) as their
 * comma-separated names in one column; a subclass per enum is the JPA converter.
 */
public abstract class EnumSetConverter<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {

    private final Class<E> type;

    protected EnumSetConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(Set<E> values) {
        return values == null || values.isEmpty()
                ? null
                : values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<E> convertToEntityAttribute(String column) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(","))
                    .map(String::trim)
                    .map(v -> Enum.valueOf(type, v))
                    .forEach(set::add);
        }
        return set;
    }
}
