package dev.finsuite.auth.session;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The link that proves a new registration reads its address: good once, for a day; kept only as its hash. */
@Entity
@Table(name = "email_verifications")
class EmailVerification {

    @Id
    private String tokenHash;

    private UUID userId;
    private UUID tenantId;
    private Instant expiresAt;
    private Instant usedAt;
    private Instant createdAt;

    protected EmailVerification() {}

    EmailVerification(String tokenHash, UUID userId, UUID tenantId, Instant createdAt, Instant expiresAt) {
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
