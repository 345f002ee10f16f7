package dev.finsuite.export.schedule;

import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Queues the scheduled reports that are due, on one replica at a time (ShedLock, as the job expiry does). The lock
 * only saves work: the once-per-period guarantee is the UNIQUE (schedule_id, period_start) of export_jobs, so a
 * second run, a second replica past an expired lock, or a run that died between the job and the date all end
 * with one job per period. The job workers then produce the file like any export job's.
 */
@Component
public class ReportScheduler {

    private static final Logger log = LoggerFactory.getLogger(ReportScheduler.class);

    private final ReportSchedules schedules;

    ReportScheduler(ReportSchedules schedules) {
        this.schedules = schedules;
    }

    /** Queues every due schedule's report now; returns how many jobs it queued. */
    @Scheduled(
            initialDelayString = "${finsuite.export.reports.schedule-initial-delay:1m}",
            fixedDelayString = "${finsuite.export.reports.schedule-interval:5m}")
    @SchedulerLock(name = "export-report-schedules", lockAtMostFor = "10m")
    public void queueDue() {
        int queued = 0;
        try {
            for (ReportSchedules.Due due : schedules.due()) {
                try {
                    Optional<UUID> job = schedules.queueDue(due);
                    if (job.isPresent()) {
                        queued++;
                        log.info("Queued report job {} of schedule {} (tenant {})", job.get(), due.id(), due.tenant());
                    }
                } catch (RuntimeException e) {
                    // one tenant's failure (a bad time zone, say) does not hold up the others; it is due again next
                    // time
                    log.warn("Could not queue the report of schedule {}: {}", due.id(), e.getMessage());
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not look for due report schedules; will try again: {}", e.getMessage());
        }
        if (queued > 0) {
            log.info("Queued {} scheduled reports", queued);
        }
    }
}
