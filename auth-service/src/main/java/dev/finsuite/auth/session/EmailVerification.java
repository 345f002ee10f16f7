package dev.finsuite.auth.session;

import dev.finsuite.auth.link.SingleUseLink;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The link that proves a new registration reads its address: good once, for a day. */
@Entity
@Table(name = "email_verifications")
class EmailVerification extends SingleUseLink {

    protected EmailVerification() {}

    EmailVerification(String tokenHash, UUID userId, UUID tenantId, Instant createdAt, Instant expiresAt) {
        super(tokenHash, userId, tenantId, createdAt, expiresAt);
    }
}
