package dev.finsuite.auth.twofactor;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One single-use way in when the authenticator is lost; only its SHA-256 hash is kept. */
@Entity
@Table(name = "user_recovery_codes")
class RecoveryCode {

    @Id
    private UUID id;

    private UUID userId;
    private UUID tenantId;
    private String codeHash;
    private Instant usedAt;

    protected RecoveryCode() {}

    RecoveryCode(UUID userId, UUID tenantId, String codeHash) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.tenantId = tenantId;
        this.codeHash = codeHash;
    }

    boolean unused() {
        return usedAt == null;
    }

    void use(Instant at) {
        this.usedAt = at;
    }
}
