package app.tandem.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * HMAC-SHA-256 under the installation's own random secret (made by a migration). Submitted user
 * names are stored only this way (throttle keys, failed sign-ins under unknown names): a name
 * may be a password typed into the wrong field, and without the secret the stored value cannot
 * be checked against a list of guesses. Equal inputs give equal values, so repeated attempts
 * under one name can still be counted and correlated.
 */
@Component
public class KeyedHash {

    private final JdbcTemplate jdbc;
    private volatile byte[] secret;

    KeyedHash(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The full keyed hash as 64 hex digits. */
    public String of(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private byte[] secret() {
        byte[] s = secret;
        if (s == null) {
            s = jdbc.queryForObject(
                    "SELECT secret FROM installation_secret WHERE installation_secret_id = 1", byte[].class);
            secret = s;
        }
        return s;
    }
}
