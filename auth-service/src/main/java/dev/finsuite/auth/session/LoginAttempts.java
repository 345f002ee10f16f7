package dev.finsuite.auth.session;

import dev.finsuite.auth.config.AuthProperties;
import dev.finsuite.auth.user.User;
import dev.finsuite.common.web.ApiException.RateLimitedException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refuses sign-ins after repeated failures without letting a guesser lock the owner out. {@code maxFailures}
 * failures from one address (since that address last signed in) lock that address out of the account;
 * {@code accountMaxFailures} from all addresses together (since the account's last success) lock every address
 * that has not signed in to it within {@code knownAddressFor}. So guesses from elsewhere cannot keep the owner out
 * from their usual address, and guesses spread over many addresses are still bounded. Further attempts get 429
 * until the oldest counted failure ages out of the window. Counted in PostgreSQL, so a Redis outage neither loses
 * the count nor opens the door. The address is the client's as the gateway forwards it (auth-service reads
 * {@code X-Forwarded-For} from private-network proxies only).
 *
 * <p>An attempt is counted as failed <em>before</em> its password is checked, under a per-account advisory
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

    /** Counts a new attempt, as failed until {@link #succeeded} says otherwise; 429 when it is locked out. */
    @Transactional
    long begin(String email, String clientIp) {
        String normalised = User.normalise(email);
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:email))")
                .param("email", normalised)
                .query((rs, row) -> 0)
                .list();
        ensureAllowed(normalised, clientIp);
        return jdbc.sql(
                        "insert into login_attempts (email, succeeded, client_ip) values (:email, false, :ip) returning id")
                .param("email", normalised)
                .param("ip", clientIp)
                .query(Long.class)
                .single();
    }

    /**
     * Failures older than a day count for nothing any more, and successes only while they make an address known;
     * keeps the table (and its index) small.
     */
    @Scheduled(cron = "0 17 3 * * *", zone = "UTC")
    int prune() {
        return jdbc.sql("delete from login_attempts where (not succeeded and attempted_at < now() - interval '1 day')"
                        + " or attempted_at < now() - make_interval(secs => :known)")
                .param("known", lockout.knownAddressFor().toSeconds())
                .update();
    }

    void succeeded(long attempt) {
        jdbc.sql("update login_attempts set succeeded = true where id = ?")
                .param(attempt)
                .update();
    }

    /**
     * Neither a failure nor a success: the password was right and the second factor has not been sent yet. A wrong
     * code is counted as a failure like a wrong password; only a sign-in with both makes the address known.
     */
    void withdraw(long attempt) {
        jdbc.sql("delete from login_attempts where id = ?").param(attempt).update();
    }

    private void ensureAllowed(String email, String clientIp) {
        List<Instant> fromHere = failures(email, clientIp, lockout.maxFailures());
        if (fromHere.size() >= lockout.maxFailures()) {
            refuse(fromHere, "Too many failed sign-ins for this account from this address; try again later");
        }
        List<Instant> fromAnywhere = failures(email, null, lockout.accountMaxFailures());
        if (fromAnywhere.size() >= lockout.accountMaxFailures() && !knownAddress(email, clientIp)) {
            refuse(
                    fromAnywhere,
                    "Too many failed sign-ins for this account; try again later, or from an address"
                            + " that has signed in to it before");
        }
    }

    /**
     * The latest failures (at most {@code limit}) inside the window since the last success: from {@code clientIp}
     * since its own last success there, or, when it is null, from any address since the account's last success.
     */
    private List<Instant> failures(String email, String clientIp, int limit) {
        String here = clientIp == null ? "" : " and client_ip = :ip";
        JdbcClient.StatementSpec query = jdbc.sql("select attempted_at from login_attempts"
                        + " where lower(email) = :email and not succeeded" + here
                        + " and attempted_at > now() - make_interval(secs => :window)"
                        + " and attempted_at > coalesce((select max(attempted_at) from login_attempts"
                        + " where lower(email) = :email and succeeded" + here + "), '-infinity')"
                        + " order by attempted_at desc limit :max")
                .param("email", email)
                .param("window", lockout.window().toSeconds())
                .param("max", limit);
        if (clientIp != null) {
            query = query.param("ip", clientIp);
        }
        return query.query((rs, row) -> rs.getTimestamp(1).toInstant()).list();
    }

    private boolean knownAddress(String email, String clientIp) {
        return jdbc.sql("select exists (select 1 from login_attempts where lower(email) = :email and succeeded"
                        + " and client_ip = :ip and attempted_at > now() - make_interval(secs => :known))")
                .param("email", email)
                .param("ip", clientIp)
                .param("known", lockout.knownAddressFor().toSeconds())
                .query(Boolean.class)
                .single();
    }

    private void refuse(List<Instant> counted, String message) {
        Instant oldest = counted.get(counted.size() - 1);
        Instant now = jdbc.sql("select now()")
                .query((rs, row) -> rs.getTimestamp(1).toInstant())
                .single();
        long retryAfter = Duration.between(now, oldest.plus(lockout.window())).toSeconds() + 1;
        throw new RateLimitedException(message, retryAfter);
    }
}
