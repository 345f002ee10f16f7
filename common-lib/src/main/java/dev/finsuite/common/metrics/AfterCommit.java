package dev.finsuite.common.metrics;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts what happened, not what was tried: a business counter is bumped once the write's transaction commits, so a
 * rolled-back write (a conflict, a failed check after the insert) is never counted.
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
