package dev.finsuite.auth.twofactor;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A user's TOTP secret, sealed (only auth-service can open it). Pending until a first code proves the user's
 * authenticator holds it; each accepted code's time step is kept, so no code is accepted twice.
 */
@Entity
@Table(name = "user_two_factor")
class TwoFactorSecret {

    @Id
    private UUID userId;

    private UUID tenantId;
    private String secretCiphertext;
    private Instant confirmedAt;
    private long lastUsedStep;
    private Instant createdAt;

    protected TwoFactorSecret() {}

    TwoFactorSecret(UUID userId, UUID tenantId, String secretCiphertext, Instant createdAt) {
        this.userId = userId;
        this.tenantId = tenantId;
        this.secretCiphertext = secretCiphertext;
        this.createdAt = createdAt;
    }

    boolean confirmed() {
        return confirmedAt != null;
    }

    /** A code of {@code step} is good only once, and only if no later one was used. */
    boolean accepts(long step) {
        return step > lastUsedStep;
    }

    void used(long step) {
        this.lastUsedStep = step;
    }

    void confirm(long step, Instant at) {
        used(step);
        this.confirmedAt = at;
    }

    UUID userId() {
        return userId;
    }

    UUID tenantId() {
        return tenantId;
    }

    String secretCiphertext() {
        return secretCiphertext;
    }

    Instant confirmedAt() {
        return confirmedAt;
    }
}
