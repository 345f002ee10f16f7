package dev.finsuite.auth.session;

import dev.finsuite.common.data.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One link of a sign-in's chain of refresh tokens, kept only as the token's SHA-256. */
@Entity
@Table(name = "refresh_tokens")
class RefreshToken extends AuditedEntity {

    @Id
    private UUID id;

    private UUID tenantId;
    private UUID userId;
    private UUID familyId;
    private String tokenHash;
    private Instant expiresAt;
    private Instant usedAt;
    private Instant revokedAt;
    private String userAgent;
    private String ipAddress;

    protected RefreshToken() {}

    RefreshToken(
            UUID id, UUID tenantId, UUID userId, UUID familyId, String tokenHash, Instant expiresAt, Client client) {
        this.id = id;
        this.tenantId = tenantId;
        this.userId = userId;
        this.familyId = familyId;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
        this.userAgent = client.userAgent();
        this.ipAddress = client.ipAddress();
    }

    /** A token may buy one new pair: after that, or after revocation, presenting it again is theft. */
    boolean isSpent() {
        return usedAt != null || revokedAt != null;
    }

    boolean matches(String hash) {
        return java.security.MessageDigest.isEqual(tokenHash.getBytes(), hash.getBytes());
    }

    void markUsed(Instant at) {
        usedAt = at;
    }

    UUID getUserId() {
        return userId;
    }

    UUID getFamilyId() {
        return familyId;
    }
}
