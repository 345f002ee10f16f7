package dev.finsuite.common.security;

import java.time.Instant;
import java.util.UUID;

/** What a verified refresh token says: whose it is, which family (sign-in) and which link of the chain. */
public record RefreshTokenClaims(UUID tokenId, UUID familyId, UUID userId, UUID tenantId, Instant expiresAt) {}
