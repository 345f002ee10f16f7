package dev.finsuite.auth.link;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * An emailed link for one user (a password reset, an address confirmation): kept only as its token's hash, good
 * once and until it expires.
 */
@MappedSuperclass
public abstract class SingleUseLink {

    @Id
    private String tokenHash;

    private UUID userId;
    private UUID tenantId;
    private Instant expiresAt;
    private Instant usedAt;
    private Instant createdAt;

    protected SingleUseLink() {}

    protected SingleUseLink(String tokenHash, UUID userId, UUID tenantId, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.tenantId = tenantId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant at) {
        this.usedAt = at;
    }

    public UUID userId() {
        return userId;
    }

    public UUID tenantId() {
        return tenantId;
    }
}
