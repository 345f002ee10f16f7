package dev.finsuite.export.job;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Export jobs: how long a finished file is kept, and how the jobs run.
 *
 * @param jobTtl how long a succeeded job's file can be downloaded; then the job is EXPIRED and the file deleted
 * @param jobs   the workers and their limits
 */
@ConfigurationProperties("finsuite.export")
public record ExportJobProperties(
        @DefaultValue("7d") Duration jobTtl, @DefaultValue Jobs jobs) {

    /**
     * @param workers            jobs this replica runs at once
     * @param maxActivePerTenant queued plus running jobs a tenant may have; one more is a 429
     * @param staleAfter         a RUNNING job without a heartbeat for this long was left by a dead replica
     * @param maxAttempts        starts a job gets before a dead replica's job is FAILED instead of run again
     * @param pollInterval       how often an idle replica looks for queued jobs (a new job wakes it at once)
     * @param heartbeatInterval  how often a running job records its progress and that it is alive
     * @param recoveryInterval   how often stale jobs are looked for (also once at startup)
     * @param expiryInterval     how often expired files are deleted (on one replica at a time)
     * @param chunkSize          the size of the pieces a file is stored in
     */
    public record Jobs(
            @DefaultValue("2") int workers,
            @DefaultValue("5") int maxActivePerTenant,
            @DefaultValue("1m") Duration staleAfter,
            @DefaultValue("3") int maxAttempts,
            @DefaultValue("1s") Duration pollInterval,
            @DefaultValue("1s") Duration heartbeatInterval,
            @DefaultValue("30s") Duration recoveryInterval,
            @DefaultValue("10m") Duration expiryInterval,
            @DefaultValue("1MB") DataSize chunkSize) {

        public Jobs {
            if (workers < 1 || maxActivePerTenant < 1 || maxAttempts < 1 || chunkSize.toBytes() < 1) {
                throw new IllegalArgumentException("finsuite.export.jobs: workers, max-active-per-tenant, max-attempts "
                        + "and chunk-size must be positive");
            }
            if (staleAfter.compareTo(heartbeatInterval.multipliedBy(3)) < 0) {
                throw new IllegalArgumentException(
                        "finsuite.export.jobs.stale-after must be at least three heartbeats, "
                                + "or live jobs would be taken for dead ones");
            }
        }
    }
}
