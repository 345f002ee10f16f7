package dev.finsuite.common.security;

import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, as an access token says: the principal of every authenticated request.
 *
 * @param sessionId the refresh-token family the access token was issued from, so "sign out my other
 *                  sessions" can spare the current one
 */
public record AuthenticatedUser(UUID userId, UUID tenantId, Set<String> roles, UUID sessionId) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
