package dev.finsuite.common.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests: it runs with real time (tokens, timeouts and retries behave as in
 * production) until a test pins it to a day whose answer it knows ("overdue on 2027-03-02"), and runs from
 * there on. {@link ServiceTest} installs it; a test asks for it by injection and calls {@link #reset()} when done.
 */
public final class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** From now on the clock reads {@code instant}, then ticks on in real time. */
    public void pinAt(Instant instant) {
        offset = Duration.between(Instant.now(), instant);
    }

    /** Moves the clock on (or back) by {@code duration}. */
    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Installed {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
