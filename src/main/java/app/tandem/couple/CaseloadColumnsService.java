package app.tandem.couple;

import app.tandem.base.CurrentUser;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caseload columns a counselor chose to show beyond the key ones, kept on the server per
 * counselor (decision 0092). Each user reads and writes only their own choice.
 */
@Service
@PreAuthorize("hasRole('COUNSELOR')")
public class CaseloadColumnsService {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    CaseloadColumnsService(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The user's chosen optional columns, or empty if they never chose (the view's default applies). */
    @Transactional(readOnly = true)
    public Optional<Set<String>> shown() {
        long id = currentUser.require().id();
        return jdbc.sql("select columns_shown from counselor_caseload_columns where counselor_id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .map(s -> s.isBlank()
                        ? Set.<String>of()
                        : Arrays.stream(s.split(",")).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /** Remembers the user's choice; keys are the view's own column keys (letters, digits, dashes). */
    @Transactional
    public void save(Set<String> keys) {
        for (String key : keys) {
            if (!key.matches("[a-z0-9-]{1,40}")) {
                throw new IllegalArgumentException("Not a column key: " + key);
            }
        }
        String value = String.join(",", keys);
        if (value.length() > 255) {
            throw new IllegalArgumentException("Too many columns");
        }
        long id = currentUser.require().id();
        jdbc.sql("""
                insert into counselor_caseload_columns (counselor_id, columns_shown, updated_at) values (?, ?, ?)
                on duplicate key update columns_shown = values(columns_shown), updated_at = values(updated_at)""").params(id, value, Timestamp.from(clock.instant())).update();
    }
}
