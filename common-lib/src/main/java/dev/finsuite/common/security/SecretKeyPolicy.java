package dev.finsuite.common.security;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Refuses a {@code SECRET_KEY} that would let anyone forge tokens: missing, shorter than the algorithm's
 * key size (32 bytes for HS256), or one of the placeholders found in sample files. A {@code dev} profile may
 * run with a placeholder so a laptop demo starts; production never does.
 */
public final class SecretKeyPolicy {

    /** The documented placeholder (see .env.example) and the usual sample values. */
    public static final String DOCUMENTED_PLACEHOLDER = "change-me-to-a-random-string-of-at-least-32-bytes";

    private static final List<String> PLACEHOLDER_MARKERS =
            List.of("change-me", "changeme", "change_me", "placeholder", "your-secret-key", "your_secret_key");
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SecretKeyPolicy.class);
    private static final String DEV_FALLBACK = "dev-only-insecure-secret-key-do-not-use-in-production";

    private SecretKeyPolicy() {}

    /** Returns the key bytes to sign with, or throws {@link InvalidSecretKey} naming what is wrong. */
    public static byte[] accept(String secretKey, String algorithm, boolean devProfile) {
        int minimumBytes = minimumBytes(algorithm);
        if (secretKey == null || secretKey.isBlank()) {
            if (devProfile) {
                log.warn("SECRET_KEY is not set; the dev profile signs tokens with a key published in the source code");
                return DEV_FALLBACK.getBytes(StandardCharsets.UTF_8);
            }
            throw new InvalidSecretKey("SECRET_KEY is not set; set it to a random string of at least " + minimumBytes
                    + " bytes (e.g. openssl rand -base64 48)");
        }
        byte[] bytes = secretKey.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < minimumBytes && !devProfile) {
            throw new InvalidSecretKey("SECRET_KEY is " + bytes.length + " bytes; " + algorithm + " needs at least "
                    + minimumBytes + " bytes");
        }
        if (isPlaceholder(secretKey) && !devProfile) {
            throw new InvalidSecretKey("SECRET_KEY is a documented placeholder; set a random value of your own");
        }
        if (bytes.length < minimumBytes) {
            log.warn("SECRET_KEY is too short; the dev profile signs tokens with a key published in the source code");
            return DEV_FALLBACK.getBytes(StandardCharsets.UTF_8);
        }
        return bytes;
    }

    static boolean isPlaceholder(String secretKey) {
        String lower = secretKey.toLowerCase(Locale.ROOT);
        return PLACEHOLDER_MARKERS.stream().anyMatch(lower::contains);
    }

    static int minimumBytes(String algorithm) {
        return switch (algorithm == null ? "" : algorithm.toUpperCase(Locale.ROOT)) {
            case "HS256" -> 32;
            case "HS384" -> 48;
            case "HS512" -> 64;
            default ->
                throw new InvalidSecretKey(
                        "JWT_ALGORITHM '" + algorithm + "' is not supported; use HS256, HS384 or HS512");
        };
    }
}
