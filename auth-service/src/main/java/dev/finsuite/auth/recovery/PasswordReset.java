package dev.finsuite.auth.recovery;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A reset link's token, by its hash: good once, for a short while, for one user. */
@Entity
@Table(name = "password_resets")
class PasswordReset {

    @Id
    private String tokenHash;

    private UUID userId;
    private UUID tenantId;
    private Instant expiresAt;
    private Instant usedAt;
    private Instant createdAt;

    protected PasswordReset() {}

    PasswordReset(String tokenHash, UUID userId, UUID tenantId, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.tenantId = tenantId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant at) {
        this.usedAt = at;
    }

    UUID userId() {
        return userId;
    }

    UUID tenantId() {
        return tenantId;
    }
}
