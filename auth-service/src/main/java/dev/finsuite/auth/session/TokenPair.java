package dev.finsuite.auth.session;

import dev.finsuite.common.security.IssuedToken;
import java.time.Instant;

/** What a client keeps after signing in: a short-lived access token and the refresh token that renews it. */
public record TokenPair(
        String accessToken,
        String refreshToken,
        String tokenType,
        long expiresIn,
        Instant accessTokenExpiresAt,
        Instant refreshTokenExpiresAt) {

    static TokenPair of(IssuedToken access, IssuedToken refresh, Instant now) {
        return new TokenPair(
                access.value(),
                refresh.value(),
                "Bearer",
                access.expiresAt().getEpochSecond() - now.getEpochSecond(),
                access.expiresAt(),
                refresh.expiresAt());
    }

    @Override
    public String toString() {
        return "TokenPair[expiresAt=" + accessTokenExpiresAt + "]";
    }
}
