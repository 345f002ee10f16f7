package dev.finsuite.export.job;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A job this replica is running: the rows written so far (the heartbeat records them) and whether it should
 * stop (its job was deleted, or re-queued because this replica was taken for dead).
 */
final class RunningJob {

    final ExportJobs.Claim claim;
    private final AtomicLong rows = new AtomicLong();
    private volatile boolean stopped;

    RunningJob(ExportJobs.Claim claim) {
        this.claim = claim;
    }

    void rowWritten() {
        rows.incrementAndGet();
    }

    long rows() {
        return rows.get();
    }

    void stop() {
        stopped = true;
    }

    boolean stopped() {
        return stopped;
    }
}
