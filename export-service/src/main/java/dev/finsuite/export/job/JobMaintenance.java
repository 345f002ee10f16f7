package dev.finsuite.export.job;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the jobs honest. Recovery: a job RUNNING whose heartbeat went stale (its replica died) is re-queued to
 * run again from scratch, or FAILED once it had its attempts, so none stays RUNNING; it runs on every replica, at
 * startup and then periodically (one UPDATE; running it twice at once does no harm). Expiry: succeeded jobs past
 * {@code finsuite.export.job-ttl} become EXPIRED and their files are deleted, on one replica at a time (ShedLock).
 */
@Component
public class JobMaintenance {

    private static final Logger log = LoggerFactory.getLogger(JobMaintenance.class);

    private final ExportJobs jobs;
    private final JobWorkers workers;
    private final ExportJobProperties.Jobs properties;

    JobMaintenance(ExportJobs jobs, JobWorkers workers, ExportJobProperties properties) {
        this.jobs = jobs;
        this.workers = workers;
        this.properties = properties.jobs();
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${finsuite.export.jobs.recovery-interval:30s}")
    void scheduledRecovery() {
        try {
            recoverStale();
        } catch (RuntimeException e) {
            log.warn("Could not look for stale export jobs; will try again: {}", e.getMessage());
        }
    }

    @Scheduled(
            initialDelayString = "${finsuite.jobs.initial-delay:30s}",
            fixedDelayString = "${finsuite.export.jobs.expiry-interval:10m}")
    @SchedulerLock(name = "export-job-expiry", lockAtMostFor = "10m")
    void scheduledExpiry() {
        try {
            expire();
        } catch (RuntimeException e) {
            log.warn("Could not expire old export jobs; will try again: {}", e.getMessage());
        }
    }

    /** Re-queues or fails the jobs of dead replicas now; returns how many. */
    public int recoverStale() {
        int recovered = jobs.recoverStale(properties.staleAfter(), properties.maxAttempts());
        if (recovered > 0) {
            log.warn("Recovered {} export jobs whose replica stopped answering", recovered);
            workers.wake();
        }
        return recovered;
    }

    /** Expires the succeeded jobs past their time now and deletes their files; returns how many. */
    public int expire() {
        int expired = jobs.expire();
        if (expired > 0) {
            log.info("Expired {} export jobs and deleted their files", expired);
        }
        return expired;
    }
}
