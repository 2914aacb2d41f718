package app.tandem.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-time setup code (docs/decisions/0031). A start that finds no account makes a new
 * random code, keeps only its SHA-256 and prints the code to the console and the log: whoever
 * reaches {@code /setup} first must also be able to read the server's output. The code printed
 * last is the one that works; all codes go once the first supervisor exists.
 */
@Component
public class SetupCodes {

    private static final Logger log = LoggerFactory.getLogger(SetupCodes.class);
    /** Crockford's base-32 letters: no I, L, O or U to misread. 12 of them are 60 random bits. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SetupCodes(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Makes, stores and prints a new code; earlier codes stop working. Returns the code. */
    @Transactional
    public String issue() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        jdbc.update("DELETE FROM setup_code");
        jdbc.update(
                "INSERT INTO setup_code (code_hash, created_at) VALUES (?, ?)",
                digest(code.toString()),
                Timestamp.from(clock.instant()));
        String text = """

                ──────────────────────────────────────────────────────────────
                 Tandem has no account yet. Open /setup in a browser and enter
                 this setup code to create the practice supervisor:

                     %s
                ──────────────────────────────────────────────────────────────
                """.formatted(code);
        System.out.println(text);
        log.warn(
                "Tandem has no account yet: open /setup and enter the setup code {} (printed at this start only).",
                code);
        return code.toString();
    }

    /** Whether {@code entered} is the current code (spaces, dashes and case do not matter). Joins the caller's transaction. */
    boolean matches(String entered) {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM setup_code WHERE code_hash = ?", Integer.class, digest(entered));
        return n != null && n > 0;
    }

    void discardAll() {
        jdbc.update("DELETE FROM setup_code");
    }

    static String normalise(String entered) {
        String letters = entered == null ? "" : entered.toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < letters.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                out.append('-');
            }
            out.append(letters.charAt(i));
        }
        return out.toString();
    }

    private static String digest(String code) {
        try {
            byte[] d =
                    MessageDigest.getInstance("SHA-256").digest(normalise(code).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
