package dev.finsuite.market.providerkey;

import dev.finsuite.common.crypto.SealedText;
import dev.finsuite.common.security.SuiteSecurityProperties;
import dev.finsuite.market.config.MarketProperties;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * Encrypts provider API keys at rest with AES-256-GCM ({@link SealedText}). The key is {@code MARKET_ENCRYPTION_KEY}
 * (base64, 32 bytes) or, when unset, derived from {@code SECRET_KEY} with HMAC-SHA256 under a fixed label. The
 * row's tenant and provider are bound in as associated data, so a ciphertext copied to another row will not open.
 */
@Component
class KeyCipher {

    private final SealedText sealed;

    KeyCipher(MarketProperties market, SuiteSecurityProperties security) {
        this.sealed = sealedText(market.encryptionKey(), security.secretKey());
    }

    private static SealedText sealedText(String configured, String secretKey) {
        if (configured != null && !configured.isBlank()) {
            byte[] bytes = Base64.getDecoder().decode(configured.trim());
            if (bytes.length != 32) {
                throw new IllegalStateException("MARKET_ENCRYPTION_KEY must be 32 bytes, base64-encoded");
            }
            return SealedText.withKey(bytes);
        }
        return SealedText.derivedFrom(secretKey, "finsuite/market/provider-keys/v1");
    }

    String encrypt(String plaintext, String associatedData) {
        return sealed.seal(plaintext, associatedData);
    }

    String decrypt(String stored, String associatedData) {
        try {
            return sealed.open(stored, associatedData);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(
                    "A stored provider key cannot be decrypted (was the encryption key changed?)");
        }
    }
}
