package dev.finsuite.investment.portfolio;

import dev.finsuite.common.web.ApiException;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * At most a few portfolio replays at once. Each holds a tenant's whole ledger replayed (for a large household some
 * ten megabytes) and keeps a core busy; on virtual threads, thirty-two at once exhausted a 256 MiB heap and stalled
 * every request of the service (bench/README.md). The rest wait their turn, at most a bounded time, then get a
 * 503 problem they may retry.
 */
@Component
class PortfolioBulkhead {

    private final Semaphore permits;
    private final long waitSeconds;

    PortfolioBulkhead(
            @Value("${finsuite.investment.concurrent-replays:3}") int concurrent,
            @Value("${finsuite.investment.replay-wait-seconds:20}") long waitSeconds) {
        this.permits = new Semaphore(concurrent, true);
        this.waitSeconds = waitSeconds;
    }

    <T> T run(Supplier<T> replay) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(waitSeconds, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new PortfolioBusy();
        }
        if (!acquired) {
            throw new PortfolioBusy();
        }
        try {
            return replay.get();
        } finally {
            permits.release();
        }
    }

    /** 503 {@code busy}, as auth-service answers when its password hashing queue is full. */
    static class PortfolioBusy extends ApiException {
        PortfolioBusy() {
            super(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "busy",
                    "Too many portfolio computations at once; retry in a few seconds");
        }
    }
}
