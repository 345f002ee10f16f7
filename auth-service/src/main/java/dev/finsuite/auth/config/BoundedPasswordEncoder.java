package dev.finsuite.auth.config;

import dev.finsuite.common.web.ApiException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id spends 19 MiB per hash by design. With virtual threads nothing else limits how many run at once,
 * so a burst of sign-ins could exhaust the heap: at most a few hashes run together, and a caller that waits
 * too long for a turn is told to come back (503 with Retry-After) instead of taking the service down.
 */
class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore turns;

    BoundedPasswordEncoder(PasswordEncoder delegate, int concurrentHashes) {
        this.delegate = delegate;
        this.turns = new Semaphore(concurrentHashes, true);
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
        try {
            if (!turns.tryAcquire(5, TimeUnit.SECONDS)) {
                throw new Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
    }

    static class Busy extends ApiException {
        Busy() {
            super(HttpStatus.SERVICE_UNAVAILABLE, "busy", "Too many sign-ins at once; try again in a moment");
        }

        @Override
        public org.springframework.http.HttpHeaders headers() {
            org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
            headers.set(org.springframework.http.HttpHeaders.RETRY_AFTER, "2");
            return headers;
        }
    }
}
