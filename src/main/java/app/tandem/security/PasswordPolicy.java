package app.tandem.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Password rules: 12 to 128 characters (Argon2id takes them whole, whatever their bytes), not one
 * of the 49,000 most common passwords (the zxcvbn list shipped in
 * {@code security/common-passwords.txt}), nor one of them with digits or symbols added before or
 * after, nor one repeated, not containing the account's e-mail address and not one repeated
 * character. Returns a sentence for the user, or empty when the password is acceptable.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    public Optional<String> problem(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters; a short sentence is easy to remember.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (isCommon(lower)) {
            return Optional.of("This password is one of the most common ones (or one with digits or symbols added); "
                    + "choose another, for instance a few unrelated words.");
        }
        if (lower.chars().distinct().count() == 1) {
            return Optional.of("A password of one repeated character is too easy to guess.");
        }
        if (email != null && !email.isBlank() && lower.contains(email.trim().toLowerCase(Locale.ROOT))) {
            return Optional.of("The password must not contain the e-mail address.");
        }
        return Optional.empty();
    }

    int size() {
        return common.size();
    }

    private boolean isCommon(String lower) {
        String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        return common.contains(lower)
                || (!core.isEmpty() && common.contains(core))
                || commonRepeated(lower)
                || commonRepeated(core);
    }

    /** "passwordpassword", "abcabcabcabc": a common word, or any unit under four characters, repeated. */
    private boolean commonRepeated(String s) {
        for (int len = 1; len <= s.length() / 2; len++) {
            if (s.length() % len == 0 && s.equals(s.substring(0, len).repeat(s.length() / len))) {
                return len < 4 || common.contains(s.substring(0, len));
            }
        }
        return false;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                // "# " starts a comment; the list itself has an entry "#name?".
                if (!line.isEmpty() && !line.startsWith("# ")) {
                    words.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
