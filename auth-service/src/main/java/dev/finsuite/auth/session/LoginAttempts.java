package dev.finsuite.auth.session;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.finsuite.auth.config.AuthProperties;
import dev.finsuite.auth.user.User;
import dev.finsuite.common.web.ApiException.RateLimitedException;

/**
 * Locks an account (not only an IP) after repeated failed sign-ins: with {@code maxFailures} failures since
 * its last success inside the window, further attempts get 429 until the oldest of them ages out. Counted in
 * PostgreSQL, so a Redis outage neither loses the count nor opens the door.
 *
 * <p>An attempt is counted as failed <em>before</em> its password is checked, under a per-address advisory
 * lock, and turned into a success only afterwards: a burst of parallel guesses cannot all slip in under the
 * limit while the slow checks run.
 */
@Component
class LoginAttempts {

    private final JdbcClient jdbc;
    private final AuthProperties.Lockout lockout;

    LoginAttempts(JdbcClient jdbc, AuthProperties properties) {
        this.jdbc = jdbc;
        this.lockout = properties.lockout();
    }

    /** Counts a new attempt, as failed until {@link #succeeded} says otherwise; 429 when the account is locked. */
    @Transactional
    long begin(String email, String clientIp) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:email))").param("email", User.normalise(email))
                .query((rs, row) -> 0).list();
        ensureAllowed(email);
        return jdbc.sql("insert into login_attempts (email, succeeded, client_ip) values (:email, false, :ip) returning id")
                .param("email", User.normalise(email))
                .param("ip", clientIp)
                .query(Long.class).single();
    }

    /** Attempts older than a day count for nothing any more; keeps the table (and its index) small. */
    @Scheduled(cron = "0 17 3 * * *", zone = "UTC")
    int prune() {
        return jdbc.sql("delete from login_attempts where attempted_at < now() - interval '1 day'").update();
    }

    void succeeded(long attempt) {
        jdbc.sql("update login_attempts set succeeded = true where id = ?").param(attempt).update();
    }

    private void ensureAllowed(String email) {
        List<Instant> recentFailures = jdbc.sql("""
                        select attempted_at from login_attempts
                        where lower(email) = :email and not succeeded
                          and attempted_at > now() - make_interval(secs => :window)
                          and attempted_at > coalesce((select max(attempted_at) from login_attempts
                                                       where lower(email) = :email and succeeded), '-infinity')
                        order by attempted_at desc
                        limit :max""")
                .param("email", User.normalise(email))
                .param("window", lockout.window().toSeconds())
                .param("max", lockout.maxFailures())
                .query((rs, row) -> rs.getTimestamp(1).toInstant())
                .list();
        if (recentFailures.size() >= lockout.maxFailures()) {
            Instant oldest = recentFailures.get(recentFailures.size() - 1);
            Instant now = jdbc.sql("select now()").query((rs, row) -> rs.getTimestamp(1).toInstant()).single();
            long retryAfter = Duration.between(now, oldest.plus(lockout.window())).toSeconds() + 1;
            throw new RateLimitedException("Too many failed sign-ins for this account; try again later", retryAfter);
        }
    }
}
