package app.tandem.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Deletes one couple and every row that refers to it, directly or through another row (a
 * session's amendments, a report's decision), children first. The tables are found from the
 * schema's foreign keys rather than listed here, so a table a later feature adds about a couple
 * is destroyed with it instead of being left behind or blocking the destruction. Only for
 * {@link RetentionService}, inside its transaction, after the tombstone was written.
 */
@Component
class CoupleRecordDeleter {

    /** Deeper than any chain of tables in the schema; a guard against a cycle of foreign keys. */
    private static final int MAX_DEPTH = 8;

    private record ForeignKey(String table, String column, String parentColumn) {}

    private final JdbcTemplate jdbc;

    CoupleRecordDeleter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Deletes the couple and everything that refers to it; returns the number of rows deleted. */
    int deleteCouple(long coupleId) {
        Map<String, List<ForeignKey>> children = children();
        return delete("couple", "couple_id = ?", coupleId, children, 0);
    }

    /** Deletes the rows of {@code table} matching {@code where}, after the rows that refer to them. */
    private int delete(String table, String where, long id, Map<String, List<ForeignKey>> children, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("Foreign keys nest deeper than " + MAX_DEPTH + " below " + table);
        }
        int rows = 0;
        for (ForeignKey fk : children.getOrDefault(table, List.of())) {
            String childWhere =
                    fk.column() + " IN (SELECT " + fk.parentColumn() + " FROM " + table + " WHERE " + where + ")";
            rows += delete(fk.table(), childWhere, id, children, depth + 1);
        }
        return rows + jdbc.update("DELETE FROM " + table + " WHERE " + where, id);
    }

    /** For each table, the foreign keys of other tables that refer to it. */
    private Map<String, List<ForeignKey>> children() {
        Map<String, List<ForeignKey>> children = new LinkedHashMap<>();
        jdbc.query("""
                SELECT LOWER(TABLE_NAME), COLUMN_NAME, LOWER(REFERENCED_TABLE_NAME), REFERENCED_COLUMN_NAME
                FROM information_schema.KEY_COLUMN_USAGE
                WHERE TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME IS NOT NULL
                ORDER BY TABLE_NAME, COLUMN_NAME
                """, rs -> {
            children.computeIfAbsent(rs.getString(3), k -> new ArrayList<>())
                    .add(new ForeignKey(rs.getString(1), rs.getString(2), rs.getString(4)));
        });
        return children;
    }
}
