package dev.finsuite.auth.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A burst of hashes beyond the queue is refused at once with 429 and Retry-After, never left to pile up. */
class BoundedPasswordEncoderTests {

    /** A hash that takes as long as the test says. */
    static final class HeldHash implements PasswordEncoder {
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch started = new CountDownLatch(1);

        @Override
        public String encode(CharSequence raw) {
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "hash";
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return encode(raw).equals(encoded);
        }
    }

    @Test
    void oneBeyondTheRunningAndTheWaitingIsRefusedAtOnceWith429AndRetryAfter() throws Exception {
        HeldHash held = new HeldHash();
        PasswordEncoder bounded = new BoundedPasswordEncoder(held, 1, 1, Duration.ofSeconds(5));
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            Future<String> running = callers.submit(() -> bounded.encode("a"));
            assertThat(held.started.await(5, TimeUnit.SECONDS)).isTrue();
            Future<String> waiting = callers.submit(() -> bounded.encode("b"));
            Thread.sleep(200); // the second caller is now queued for the one turn

            long before = System.nanoTime();
            assertThatThrownBy(() -> bounded.encode("c"))
                    .isInstanceOfSatisfying(BoundedPasswordEncoder.Busy.class, busy -> {
                        assertThat(busy.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
                        assertThat(busy.headers().getFirst("Retry-After")).isEqualTo("1");
                    });
            assertThat(Duration.ofNanos(System.nanoTime() - before))
                    .as("refused without waiting for a turn")
                    .isLessThan(Duration.ofSeconds(1));

            held.release.countDown();
            assertThat(running.get(5, TimeUnit.SECONDS)).isEqualTo("hash");
            assertThat(waiting.get(5, TimeUnit.SECONDS))
                    .as("the one waiting got its turn")
                    .isEqualTo("hash");
        } finally {
            held.release.countDown();
            callers.shutdownNow();
        }
    }

    @Test
    void aCallerWaitingLongerThanItsLimitIsRefused() throws Exception {
        HeldHash held = new HeldHash();
        PasswordEncoder bounded = new BoundedPasswordEncoder(held, 1, 4, Duration.ofMillis(300));
        ExecutorService callers = Executors.newSingleThreadExecutor();
        try {
            callers.submit(() -> bounded.encode("a"));
            assertThat(held.started.await(5, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> bounded.matches("b", "hash")).isInstanceOf(BoundedPasswordEncoder.Busy.class);
        } finally {
            held.release.countDown();
            callers.shutdownNow();
        }
    }
}
