package dev.finsuite.common.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which access tokens auth-service has revoked: those issued before a user's or a sign-in's {@code not_before}
 * in {@code access_revocations} (a deactivation, a demotion, a sign-out, a password change). Every service asks
 * here for every authenticated request. The database is the truth; what it said is kept for at most
 * {@code freshFor} (so a revocation reaches every service within that time even when Redis is down), and
 * auth-service's message on the Redis channel {@link #CHANNEL} updates it at once.
 */
public class AccessRevocations {

    /** The Redis channel auth-service publishes each revocation on, as {@link #message(UUID, Instant)}. */
    public static final String CHANNEL = "finsuite:access-revocations";

    private static final Logger log = LoggerFactory.getLogger(AccessRevocations.class);

    private final JdbcTemplate jdbc;
    private final Cache<UUID, Optional<Instant>> notBefore;

    public AccessRevocations(JdbcTemplate jdbc, Duration freshFor) {
        this.jdbc = jdbc;
        this.notBefore = Caffeine.newBuilder()
                .expireAfterWrite(freshFor)
                .maximumSize(200_000)
                .build();
    }

    /** Whether the token that authenticated {@code user} was issued before its user or sign-in was revoked. */
    public boolean refuses(AuthenticatedUser user) {
        if (user.issuedAt() == null) {
            return false;
        }
        Set<UUID> subjects = user.sessionId() == null ? Set.of(user.userId()) : Set.of(user.userId(), user.sessionId());
        Map<UUID, Optional<Instant>> known;
        try {
            known = notBefore.getAll(subjects, this::load);
        } catch (DataAccessException unavailable) {
            // Without the database the service cannot answer the request anyway; what it last heard still counts.
            log.warn("Could not read access revocations: {}", unavailable.toString());
            known = notBefore.getAllPresent(subjects);
        }
        return known.values().stream().flatMap(Optional::stream).anyMatch(user.issuedAt()::isBefore);
    }

    /** A revocation heard on {@link #CHANNEL}: applies at once, without waiting for the database. */
    public void heard(String message) {
        String[] parts = message.trim().split(" ");
        if (parts.length != 2) {
            log.warn("Ignoring a malformed access revocation message");
            return;
        }
        try {
            UUID subject = UUID.fromString(parts[0]);
            Instant at = Instant.ofEpochMilli(Long.parseLong(parts[1]));
            notBefore
                    .asMap()
                    .merge(
                            subject,
                            Optional.of(at),
                            (was, now) -> was.isPresent() && was.get().isAfter(at) ? was : now);
        } catch (IllegalArgumentException malformed) {
            log.warn("Ignoring a malformed access revocation message");
        }
    }

    /** What auth-service publishes on {@link #CHANNEL} when it revokes {@code subject}'s tokens issued before {@code at}. */
    public static String message(UUID subject, Instant at) {
        return subject + " " + at.toEpochMilli();
    }

    private Map<UUID, Optional<Instant>> load(Set<? extends UUID> subjects) {
        List<UUID> ids = List.copyOf(subjects);
        Map<UUID, Optional<Instant>> found = new HashMap<>();
        ids.forEach(id -> found.put(id, Optional.empty()));
        String placeholders = ids.stream().map(id -> "?").collect(Collectors.joining(", "));
        jdbc.query(
                "select subject_id, not_before from access_revocations where subject_id in (" + placeholders + ")",
                row -> {
                    found.put(
                            row.getObject("subject_id", UUID.class),
                            Optional.of(row.getTimestamp("not_before").toInstant()));
                },
                ids.toArray());
        return found;
    }
}
