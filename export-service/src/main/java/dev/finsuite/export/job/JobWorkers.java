package dev.finsuite.export.job;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This replica's bounded pool of job workers. A scheduler thread claims queued jobs while a worker is free (the
 * database decides which job, fairly between tenants, and replicas share the queue), and every heartbeat
 * interval records each running job's rows and that it lives. A job whose heartbeat is refused (deleted, or taken
 * over) is told to stop. On shutdown the workers are stopped and the jobs they were running go back to the
 * queue at once, for another replica or the next start; only a replica that dies leaves its jobs to the
 * stale-heartbeat check.
 */
@Component
class JobWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobWorkers.class);

    private final ExportJobs jobs;
    private final JobRunner runner;
    private final ExportJobProperties.Jobs properties;
    private final Semaphore free;
    private final Map<java.util.UUID, RunningJob> running = new ConcurrentHashMap<>();
    private volatile ExecutorService workers;
    private volatile ScheduledExecutorService scheduler;

    JobWorkers(ExportJobs jobs, JobRunner runner, ExportJobProperties properties) {
        this.jobs = jobs;
        this.runner = runner;
        this.properties = properties.jobs();
        this.free = new Semaphore(this.properties.workers());
    }

    @Override
    public void start() {
        AtomicInteger number = new AtomicInteger();
        workers = Executors.newFixedThreadPool(
                properties.workers(), task -> new Thread(task, "export-job-" + number.incrementAndGet()));
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "export-job-scheduler"));
        scheduler.scheduleWithFixedDelay(
                this::claimWhileFree, 0, properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(
                this::heartbeat,
                properties.heartbeatInterval().toMillis(),
                properties.heartbeatInterval().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService timer = scheduler;
        ExecutorService pool = workers;
        scheduler = null;
        workers = null;
        if (timer != null) {
            timer.shutdownNow();
        }
        if (pool != null) {
            List<RunningJob> stopping = List.copyOf(running.values());
            stopping.forEach(RunningJob::stop);
            pool.shutdownNow();
            try {
                pool.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stopping.forEach(this::release);
        }
    }

    private void release(RunningJob job) {
        try {
            if (jobs.release(job.claim)) {
                log.info("Export job {} given back to the queue: this replica is stopping", job.claim.id());
            }
        } catch (RuntimeException e) {
            log.warn(
                    "Could not give export job {} back to the queue; the stale-heartbeat check will: {}",
                    job.claim.id(),
                    e.getMessage());
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    /** Whether this replica is running the job now. */
    boolean runs(java.util.UUID job) {
        return running.containsKey(job);
    }

    /** Looks for work now rather than at the next poll: a job was just queued, or a worker became free. */
    void wake() {
        ScheduledExecutorService timer = scheduler;
        if (timer != null) {
            try {
                timer.execute(this::claimWhileFree);
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                // shutting down: the queued job waits for another replica or the next start
            }
        }
    }

    /** Runs on the scheduler thread only, so claims of this replica never race each other. */
    private void claimWhileFree() {
        ExecutorService pool = workers;
        while (pool != null && free.tryAcquire()) {
            ExportJobs.Claim claim;
            try {
                claim = jobs.claim().orElse(null);
            } catch (RuntimeException e) {
                free.release();
                log.warn("Could not claim an export job; will try again: {}", e.getMessage());
                return;
            }
            if (claim == null) {
                free.release();
                return;
            }
            RunningJob job = new RunningJob(claim);
            running.put(claim.id(), job);
            try {
                pool.execute(() -> {
                    try {
                        runner.run(job);
                    } finally {
                        running.remove(claim.id());
                        free.release();
                        wake();
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                running.remove(claim.id());
                free.release();
                return; // left RUNNING: the stale-heartbeat recovery re-queues it
            }
        }
    }

    private void heartbeat() {
        for (RunningJob job : running.values()) {
            try {
                if (!jobs.heartbeat(job.claim, job.rows())) {
                    job.stop();
                }
            } catch (RuntimeException e) {
                log.warn("Could not record the heartbeat of export job {}: {}", job.claim.id(), e.getMessage());
            }
        }
    }
}
