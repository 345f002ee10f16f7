package dev.finsuite.common.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.finsuite.common.crypto.Sha256;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Personal API tokens ({@code fst_…}), accepted by every service like an access token: looked up by their SHA-256
 * through {@code auth_api_token} (migration V25), which answers for that exact hash only, with the owner's
 * current role. A lookup is kept for at most {@code freshFor}; a revoked token is refused sooner than that
 * through {@link AccessRevocations} (its id is the token's session), and its last use is recorded about once a
 * minute.
 */
public class ApiTokens {

    public static final String PREFIX = "fst_";

    private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);

    /** What a token allows: whose it is, the owner's role now, its scopes and its lifetime. */
    public record Grant(
            UUID id,
            UUID tenantId,
            UUID userId,
            String role,
            Set<String> scopes,
            Instant createdAt,
            Instant expiresAt,
            boolean revoked,
            boolean ownerActive,
            Instant readAt) {

        boolean usableAt(Instant now) {
            return !revoked && ownerActive && now.isBefore(expiresAt);
        }

        /**
         * The caller it makes. Its id stands as the session and the moment it was read as the issue time: a
         * revocation of the token or its owner refuses what was read before it, and the next read (at most
         * {@code freshFor} later) already shows the revocation, the deactivation or the new role.
         */
        public AuthenticatedUser caller() {
            return new AuthenticatedUser(userId, tenantId, Set.of(role), id, readAt);
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Cache<String, Optional<Grant>> byHash;
    private final Cache<UUID, Boolean> recentlyUsed = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1))
            .maximumSize(100_000)
            .build();

    public ApiTokens(JdbcTemplate jdbc, Clock clock, Duration freshFor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.byHash = Caffeine.newBuilder()
                .expireAfterWrite(freshFor)
                .maximumSize(100_000)
                .build();
    }

    public static boolean isApiToken(String bearer) {
        return bearer.startsWith(PREFIX);
    }

    /** The token's grant while it can be used: not expired, not revoked, its owner still active. */
    public Optional<Grant> usable(String token) {
        Optional<Grant> grant = byHash.get(Sha256.hex(token), this::load);
        return grant.filter(found -> found.usableAt(clock.instant()));
    }

    /** Records a use, at most about once a minute per token; a failure to record never refuses the request. */
    public void used(Grant grant) {
        if (recentlyUsed.asMap().putIfAbsent(grant.id(), Boolean.TRUE) != null) {
            return;
        }
        try {
            jdbc.query("select auth_api_token_used(?)", rs -> null, grant.id());
        } catch (DataAccessException e) {
            log.warn("Could not record an API token's last use: {}", e.toString());
        }
    }

    private Optional<Grant> load(String hash) {
        Instant readAt = clock.instant();
        List<Grant> found = jdbc.query(
                "select * from auth_api_token(?)",
                (row, i) -> new Grant(
                        row.getObject("id", UUID.class),
                        row.getObject("tenant_id", UUID.class),
                        row.getObject("user_id", UUID.class),
                        row.getString("role"),
                        scopes(row.getArray("scopes")),
                        row.getTimestamp("created_at").toInstant(),
                        row.getTimestamp("expires_at").toInstant(),
                        row.getTimestamp("revoked_at") != null,
                        row.getBoolean("active"),
                        readAt),
                hash);
        return found.stream().findFirst();
    }

    private static Set<String> scopes(Array array) throws SQLException {
        return Set.of((String[]) array.getArray());
    }
}
