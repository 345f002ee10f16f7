package dev.finsuite.auth.session;

import dev.finsuite.auth.config.AuthProperties;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes refresh tokens that can no longer matter, so the table does not grow with every sign-in and refresh.
 * Which ones is decided in the database ({@code prune_refresh_tokens}, V16): used tokens stay until they expire,
 * because presenting one again is how a stolen sign-in is detected.
 */
@Component
class RefreshTokenPrune {

    private static final Logger log = LoggerFactory.getLogger(RefreshTokenPrune.class);
    // Bounds one run; whatever is left goes the next night.
    private static final int MAX_BATCHES = 1000;

    private final JdbcClient jdbc;
    private final AuthProperties.RefreshTokenPrune settings;

    RefreshTokenPrune(JdbcClient jdbc, AuthProperties properties) {
        this.jdbc = jdbc;
        this.settings = properties.refreshTokenPrune();
    }

    @Scheduled(cron = "0 37 3 * * *", zone = "UTC")
    @SchedulerLock(name = "auth-refresh-token-prune", lockAtMostFor = "30m")
    void scheduled() {
        try {
            int pruned = prune();
            if (pruned > 0) {
                log.info("Deleted {} spent refresh tokens", pruned);
            }
            // A revocation outlives every access token it could refuse by a minute; after that it says nothing.
            int revocations = jdbc.sql("delete from access_revocations where expires_at < now()")
                    .update();
            if (revocations > 0) {
                log.info("Deleted {} access revocations no token can meet any more", revocations);
            }
        } catch (RuntimeException e) {
            log.warn("Could not prune spent refresh tokens; will retry tomorrow: {}", e.getMessage());
        }
    }

    /** Batch after batch, each its own short transaction, until one comes back short. */
    int prune() {
        int batchSize = Math.max(1, settings.batchSize());
        int total = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            int deleted = jdbc.sql("select prune_refresh_tokens(make_interval(secs => :retention), :batch)")
                    .param("retention", retentionSeconds(settings.retention()))
                    .param("batch", batchSize)
                    .query(Integer.class)
                    .single();
            total += deleted;
            if (deleted < batchSize) {
                break;
            }
        }
        return total;
    }

    private static double retentionSeconds(Duration retention) {
        return retention.toSeconds();
    }
}
