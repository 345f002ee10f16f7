package dev.finsuite.auth.apitoken;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A user's personal API token for a script: its scopes, its expiry and its last use; the token only hashed. */
@Entity
@Table(name = "api_tokens")
class ApiToken {

    @Id
    private UUID id;

    private UUID tenantId;
    private UUID userId;
    private String name;
    private String tokenHash;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> scopes;

    private Instant createdAt;
    private Instant expiresAt;
    private Instant lastUsedAt;
    private Instant revokedAt;

    protected ApiToken() {}

    ApiToken(
            UUID tenantId,
            UUID userId,
            String name,
            String tokenHash,
            List<String> scopes,
            Instant createdAt,
            Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.scopes = List.copyOf(scopes);
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Revoked once: a second revocation changes nothing. */
    boolean revoke(Instant at) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = at;
        return true;
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    List<String> scopes() {
        return scopes;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    Instant lastUsedAt() {
        return lastUsedAt;
    }

    Instant revokedAt() {
        return revokedAt;
    }
}
