package dev.finsuite.export.job;

/** QUEUED → RUNNING → SUCCEEDED → EXPIRED, or FAILED; a RUNNING job of a dead replica goes back to QUEUED. */
public enum JobStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    EXPIRED;

    /** Counts against the tenant's cap: still waiting for, or holding, a worker. */
    boolean active() {
        return this == QUEUED || this == RUNNING;
    }
}
