package dev.finsuite.auth.user;

import java.util.UUID;

/**
 * A user's sign-ins must end: they were deactivated, or changed their password. Published inside the
 * changing transaction, so the revocation commits or rolls back with the change.
 *
 * @param exceptSession the sign-in (refresh-token family) to spare, or null to end all
 */
public record SessionsRevoked(UUID tenantId, UUID userId, UUID exceptSession) {}
