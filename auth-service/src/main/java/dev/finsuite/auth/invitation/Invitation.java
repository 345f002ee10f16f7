package dev.finsuite.auth.invitation;

import dev.finsuite.auth.user.Role;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An ADMIN's invitation of an address into the household with a role; its link's token is kept only hashed. */
@Entity
@Table(name = "invitations")
class Invitation {

    @Id
    private UUID id;

    private UUID tenantId;
    private String email;

    @Enumerated(EnumType.STRING)
    private Role role;

    private String tokenHash;
    private UUID invitedBy;
    private Instant expiresAt;
    private Instant acceptedAt;
    private Instant createdAt;

    protected Invitation() {}

    Invitation(
            UUID tenantId, String email, Role role, String tokenHash, UUID invitedBy, Instant now, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.email = email;
        this.role = role;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean pendingAt(Instant now) {
        return acceptedAt == null && now.isBefore(expiresAt);
    }

    void accept(Instant at) {
        this.acceptedAt = at;
    }

    UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    String email() {
        return email;
    }

    Role role() {
        return role;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    Instant createdAt() {
        return createdAt;
    }
}
