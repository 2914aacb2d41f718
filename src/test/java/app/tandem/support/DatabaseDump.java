package app.tandem.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every value of every row of every table of the schema as text, one line per row prefixed
 * with its table: a logical dump that works the same on the embedded and on an external server,
 * for tests that must show a string is nowhere in the database. Binary columns (kept PDFs) are
 * read as ISO-8859-1, so any plain text in them is found too.
 */
public final class DatabaseDump {

    private DatabaseDump() {}

    public static String of(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<String> tables = jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables "
                        + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name",
                String.class);
        StringBuilder dump = new StringBuilder();
        for (String table : tables) {
            jdbc.query("SELECT * FROM " + table, rs -> {
                int columns = rs.getMetaData().getColumnCount();
                List<String> values = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    Object value = rs.getObject(i);
                    values.add(
                            value instanceof byte[] b
                                    ? new String(b, StandardCharsets.ISO_8859_1)
                                    : String.valueOf(value));
                }
                dump.append(table)
                        .append(": ")
                        .append(String.join(" | ", values))
                        .append('\n');
            });
        }
        return dump.toString();
    }
}
