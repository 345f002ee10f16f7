package dev.finsuite.export.job;

import java.io.IOException;

/**
 * The job is no longer this worker's to run: deleted by its tenant, or re-queued because the worker's heartbeat
 * went stale. Thrown from the file's stream, so it ends whatever writer is writing; not a failure of the job.
 */
final class JobCancelled extends IOException {

    JobCancelled() {
        super("The job was deleted or taken over");
    }

    /** Whether {@code failure} is, or was caused by, a cancellation. */
    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JobCancelled) {
                return true;
            }
        }
        return false;
    }
}
