package dev.finsuite.export.job;

import dev.finsuite.common.web.ApiException;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/** The failures of export jobs, named as facts and heard as problems. */
final class JobFailures {

    private JobFailures() {}

    /** A missing job, another tenant's, or a backup job asked for by a caller below ADMIN. */
    static class JobNotFound extends ApiException.NotFoundException {
        JobNotFound(UUID id) {
            super("There is no export job " + id);
        }
    }

    /** The tenant already has as many queued and running jobs as it may. */
    static class TooManyJobs extends ApiException {
        TooManyJobs(int cap) {
            super(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "too_many_jobs",
                    "This tenant already has " + cap
                            + " export jobs queued or running; wait for one to finish or delete one");
        }
    }

    /** The file is asked for before the job succeeded. */
    static class FileNotReady extends ApiException.ConflictException {
        FileNotReady(UUID id, JobStatus status) {
            super("Export job " + id + " is " + status + "; its file can be downloaded once it has SUCCEEDED");
        }
    }

    /** The file was kept for the configured time and is gone. */
    static class FileExpired extends ApiException {
        FileExpired(UUID id) {
            super(
                    HttpStatus.GONE,
                    "export_expired",
                    "The file of export job " + id + " has expired and was deleted; start the export again");
        }
    }
}
