package app.tandem.checkin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret part of a check-in link: 256 bits from a secure random source, written as 43
 * URL-safe characters. Only its SHA-256 is stored (decision 0100): the token has full entropy,
 * so a fast hash is enough and a stolen table opens nothing.
 */
public final class CheckInTokens {

    /** 32 random bytes, as 43 base64url characters without padding. */
    public static final int BYTES = 32;

    private static final Pattern SHAPE = Pattern.compile("^[A-Za-z0-9_-]{43}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private CheckInTokens() {}

    public static String newToken() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code token} has the shape of a token at all (checked before any database look-up). */
    public static boolean wellFormed(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }

    /** The stored form: SHA-256 as 64 hex digits. */
    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
