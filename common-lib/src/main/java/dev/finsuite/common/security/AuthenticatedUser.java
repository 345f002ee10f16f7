package dev.finsuite.common.security;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, as an access token says: the principal of every authenticated request.
 *
 * @param sessionId the refresh-token family the access token was issued from, so "sign out my other
 *                  sessions" can spare the current one
 * @param issuedAt  when auth-service issued the token, to the millisecond, so a revocation (a deactivation, a
 *                  demotion, a sign-out) refuses exactly the tokens issued before it; null when unknown
 */
public record AuthenticatedUser(UUID userId, UUID tenantId, Set<String> roles, UUID sessionId, Instant issuedAt) {

    public AuthenticatedUser(UUID userId, UUID tenantId, Set<String> roles, UUID sessionId) {
        this(userId, tenantId, roles, sessionId, null);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
