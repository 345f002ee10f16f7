package dev.finsuite.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecretKeyPolicyTests {

    private static final String GOOD = "q7Vd9yT2mK4pX8wZ1cB6nR3sL5hJ0fGa";

    @Test
    void aMissingKeyIsRefusedOutsideDev() {
        assertThatThrownBy(() -> SecretKeyPolicy.accept(null, "HS256", false))
                .isInstanceOf(InvalidSecretKey.class)
                .hasMessageContaining("SECRET_KEY is not set");
        assertThatThrownBy(() -> SecretKeyPolicy.accept("  ", "HS256", false)).isInstanceOf(InvalidSecretKey.class);
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> SecretKeyPolicy.accept("x".repeat(31), "HS256", false))
                .hasMessageContaining("31 bytes")
                .hasMessageContaining("at least 32");
        assertThatThrownBy(() -> SecretKeyPolicy.accept(GOOD, "HS512", false)).hasMessageContaining("at least 64");
    }

    @Test
    void placeholdersAreRefused() {
        assertThatThrownBy(() -> SecretKeyPolicy.accept(SecretKeyPolicy.DOCUMENTED_PLACEHOLDER, "HS256", false))
                .hasMessageContaining("placeholder");
        assertThatThrownBy(() -> SecretKeyPolicy.accept("your-secret-key-here-make-it-long-enough", "HS256", false))
                .hasMessageContaining("placeholder");
    }

    @Test
    void aRealKeyIsAccepted() {
        assertThat(SecretKeyPolicy.accept(GOOD, "HS256", false)).hasSize(32);
    }

    @Test
    void theDevProfileStartsWithoutARealKey() {
        assertThat(SecretKeyPolicy.accept(null, "HS256", true)).hasSizeGreaterThanOrEqualTo(32);
        assertThat(SecretKeyPolicy.accept(SecretKeyPolicy.DOCUMENTED_PLACEHOLDER, "HS256", true))
                .isNotEmpty();
    }

    @Test
    void onlyHmacAlgorithmsAreSupported() {
        assertThatThrownBy(() -> SecretKeyPolicy.accept(GOOD, "RS256", false)).hasMessageContaining("JWT_ALGORITHM");
        assertThatThrownBy(() -> SecretKeyPolicy.accept(GOOD, "none", false)).hasMessageContaining("JWT_ALGORITHM");
    }
}
