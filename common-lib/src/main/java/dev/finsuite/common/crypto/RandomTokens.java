package dev.finsuite.common.crypto;

import java.security.SecureRandom;
import java.util.Base64;

/** Secrets for links and keys: random bytes from the system's strong source, base64url without padding. */
public final class RandomTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomTokens() {}

    /** {@code bytes} random bytes (32 for a link: 256 bits) as URL-safe text. */
    public static String urlSafe(int bytes) {
        byte[] token = new byte[bytes];
        RANDOM.nextBytes(token);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }
}
