package dev.finsuite.auth.recovery;

import dev.finsuite.auth.link.SingleUseLink;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A reset link: good once, for 30 minutes, for one user. */
@Entity
@Table(name = "password_resets")
class PasswordReset extends SingleUseLink {

    protected PasswordReset() {}

    PasswordReset(String tokenHash, UUID userId, UUID tenantId, Instant createdAt, Instant expiresAt) {
        super(tokenHash, userId, tenantId, createdAt, expiresAt);
    }
}
