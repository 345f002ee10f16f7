package dev.finsuite.auth.config;

import dev.finsuite.common.web.ApiException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id spends 19 MiB and tens of milliseconds of a core per hash by design, so a burst of sign-ins (or of
 * guesses) could exhaust the heap or leave every request waiting: at most a few hashes run together, at most a
 * few more callers wait for a turn, and only briefly. Anyone beyond that is refused at once with 429 and
 * {@code Retry-After} instead of piling up.
 */
class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore turns;
    private final AtomicInteger waiting = new AtomicInteger();
    private final int waitingAtMost;
    private final Duration waitFor;

    BoundedPasswordEncoder(PasswordEncoder delegate, int concurrentHashes, int waitingAtMost, Duration waitFor) {
        this.delegate = delegate;
        this.turns = new Semaphore(concurrentHashes, true);
        this.waitingAtMost = waitingAtMost;
        this.waitFor = waitFor;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        acquire();
        try {
            return delegate.encode(rawPassword);
        } finally {
            turns.release();
        }
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        acquire();
        try {
            return delegate.matches(rawPassword, encodedPassword);
        } finally {
            turns.release();
        }
    }

    private void acquire() {
        if (turns.tryAcquire()) {
            return;
        }
        if (waiting.incrementAndGet() > waitingAtMost) {
            waiting.decrementAndGet();
            throw new Busy();
        }
        try {
            if (!turns.tryAcquire(waitFor.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        } finally {
            waiting.decrementAndGet();
        }
    }

    static class Busy extends ApiException {
        Busy() {
            super(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "rate_limited",
                    "Too many sign-ins are being checked at once; try again in a moment");
        }

        @Override
        public HttpHeaders headers() {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, "1");
            return headers;
        }
    }
}
