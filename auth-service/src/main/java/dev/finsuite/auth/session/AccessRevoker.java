package dev.finsuite.auth.session;

import dev.finsuite.common.metrics.AfterCommit;
import dev.finsuite.common.security.AccessRevocations;
import dev.finsuite.common.security.SuiteSecurityProperties;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ends access tokens everywhere, not only here: records in {@code access_revocations} that tokens issued before
 * now to a user, or from one sign-in, are refused, in the caller's transaction; once that commits, says so on
 * Redis so every service applies it within moments. When Redis is down the services read the row within 30 s.
 */
@Component
public class AccessRevoker {

    private static final Logger log = LoggerFactory.getLogger(AccessRevoker.class);

    private final JdbcClient jdbc;
    private final ObjectProvider<StringRedisTemplate> redis;
    private final Clock clock;
    private final Duration tokensLiveFor;

    AccessRevoker(
            JdbcClient jdbc, ObjectProvider<StringRedisTemplate> redis, Clock clock, SuiteSecurityProperties security) {
        this.jdbc = jdbc;
        this.redis = redis;
        this.clock = clock;
        this.tokensLiveFor = security.accessTokenTtl().plusMinutes(1);
    }

    /** Every access token issued to the user so far: deactivated, demoted, or signed out everywhere. */
    void revokeUser(UUID userId) {
        revoke(userId, "USER");
    }

    /** Every access token issued from one sign-in (a refresh-token family): signed out, or its chain stolen. */
    public void revokeSession(UUID familyId) {
        revoke(familyId, "SESSION");
    }

    private void revoke(UUID subject, String kind) {
        Instant now = clock.instant();
        jdbc.sql("""
                insert into access_revocations (subject_id, subject_kind, not_before, expires_at)
                values (?, ?, ?, ?)
                on conflict (subject_id) do update
                    set not_before = greatest(access_revocations.not_before, excluded.not_before),
                        expires_at = greatest(access_revocations.expires_at, excluded.expires_at)""")
                .params(subject, kind, Timestamp.from(now), Timestamp.from(now.plus(tokensLiveFor)))
                .update();
        String message = AccessRevocations.message(subject, now);
        AfterCommit.run(() -> publish(message));
    }

    private void publish(String message) {
        StringRedisTemplate template = redis.getIfAvailable();
        if (template == null) {
            return;
        }
        try {
            template.convertAndSend(AccessRevocations.CHANNEL, message);
        } catch (RuntimeException redisDown) {
            // The row is committed: every service reads it within 30 s without the message.
            log.warn("Could not announce an access revocation on Redis: {}", redisDown.toString());
        }
    }
}
