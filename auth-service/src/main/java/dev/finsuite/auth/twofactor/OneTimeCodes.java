package dev.finsuite.auth.twofactor;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.util.encoders.Base32;

/**
 * RFC 6238 codes as every authenticator app makes them: HMAC-SHA1, six digits, 30-second steps, a 160-bit secret
 * shown base32-encoded. A code of the step before or after now is accepted too, for clocks a little apart.
 */
final class OneTimeCodes {

    private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator();
    private static final long STEP_SECONDS = TOTP.getTimeStep().toSeconds();
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimeCodes() {}

    /** A new secret, base32 without padding, as authenticators take it. */
    static String newSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return Base32.toBase32String(secret).replace("=", "");
    }

    /** The {@code otpauth://} address an authenticator scans (as a QR code) or opens. */
    static String uri(String issuer, String account, String secret) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer) + "&algorithm=SHA1&digits="
                + TOTP.getPasswordLength() + "&period=" + STEP_SECONDS;
    }

    /** The time step of {@code code} if it is the secret's code at now, one step before or one after. */
    static OptionalLong matchingStep(String secret, String code, Instant now) {
        if (code == null || !code.matches("\\d{" + TOTP.getPasswordLength() + "}")) {
            return OptionalLong.empty();
        }
        SecretKeySpec key = new SecretKeySpec(decode(secret), TOTP.getAlgorithm());
        long current = now.getEpochSecond() / STEP_SECONDS;
        for (long step = current - 1; step <= current + 1; step++) {
            if (constantTimeEquals(codeAt(key, step), code)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The code of {@code step}; for tests that act as the user's authenticator. */
    static String codeAt(String secret, Instant at) {
        return codeAt(new SecretKeySpec(decode(secret), TOTP.getAlgorithm()), at.getEpochSecond() / STEP_SECONDS);
    }

    private static String codeAt(SecretKeySpec key, long step) {
        try {
            return TOTP.generateOneTimePasswordString(key, Instant.ofEpochSecond(step * STEP_SECONDS), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("A TOTP secret is any byte string; HMAC-SHA1 takes it", e);
        }
    }

    private static byte[] decode(String secret) {
        String padded = secret + "=".repeat((8 - secret.length() % 8) % 8);
        return Base32.decode(padded);
    }

    private static boolean constantTimeEquals(String expected, String given) {
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
