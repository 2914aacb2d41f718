package app.tandem.attention;

import java.util.EnumMap;
import java.util.Map;

/**
 * The figures at the top of the list: couples needing attention, and couples per category (a
 * couple with two reasons counts in both categories, once in the total).
 */
public record AttentionCounts(int couples, Map<AttentionCategory, Integer> perCategory) {

    public AttentionCounts {
        EnumMap<AttentionCategory, Integer> copy = new EnumMap<>(AttentionCategory.class);
        for (AttentionCategory c : AttentionCategory.values()) {
            copy.put(c, perCategory.getOrDefault(c, 0));
        }
        perCategory = Map.copyOf(copy);
    }

    public int of(AttentionCategory category) {
        return perCategory.get(category);
    }
}
