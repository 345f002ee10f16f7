package dev.finsuite.common.security;

import java.time.Instant;
import java.util.UUID;

/** A signed token and what the issuer needs to remember about it. */
public record IssuedToken(String value, UUID id, Instant expiresAt) {

    @Override
    public String toString() {
        return "IssuedToken[id=" + id + ", expiresAt=" + expiresAt + "]";
    }
}
