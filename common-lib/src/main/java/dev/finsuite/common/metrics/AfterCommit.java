package dev.finsuite.common.metrics;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What must follow a write only once it is durable: a business counter bumped (so a rolled-back write is never
 * counted), a revocation announced on Redis (so no service hears of one that did not happen).
 */
public final class AfterCommit {

    private AfterCommit() {}

    /** Runs {@code action} when the current transaction commits; at once when there is none. */
    public static void run(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
