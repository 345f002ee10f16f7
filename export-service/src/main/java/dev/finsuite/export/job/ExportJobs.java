package dev.finsuite.export.job;

import dev.finsuite.common.audit.AuditTrail;
import dev.finsuite.common.tenant.TenantContext;
import dev.finsuite.common.web.PageResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The jobs and their files in PostgreSQL ({@code export_jobs}, {@code export_job_chunks}, V12). Everything about
 * one job runs in its tenant's transaction under row-level security; only the three cross-tenant steps (claim the
 * next job, recover stale ones, expire old files) go through the SECURITY DEFINER functions of V12.
 *
 * <p>A worker's writes name the attempt it runs: once a job was re-queued (its worker presumed dead) or deleted,
 * the old worker's heartbeat, chunks and result match no row and are refused, so it stops.
 */
@Component
class ExportJobs {

    /** The audit trail's name for an export or backup job. */
    static final String AUDIT_TYPE = "export_job";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = """
            id, tenant_id, kind, entity, format, parameters, status, rows_written, total_rows, error, file_name,
            content_type, size_bytes, sha256, created_at, started_at, finished_at, expires_at, attempts, version""";

    private final JdbcTemplate jdbc;
    /** Joins a surrounding transaction (the Idempotency-Key's), or starts one. */
    private final TransactionTemplate joined;
    /** A transaction of its own: a job's progress commits while the job's long read goes on. */
    private final TransactionTemplate own;

    private final TransactionTemplate readOnly;
    private final AuditTrail audit;

    ExportJobs(DataSource dataSource, PlatformTransactionManager transactions, AuditTrail audit) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.audit = audit;
        this.joined = new TransactionTemplate(transactions);
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly.setReadOnly(true);
    }

    /** What a new job is. */
    record NewJob(
            UUID tenant,
            UUID createdBy,
            JobKind kind,
            String entity,
            String format,
            Map<String, String> parameters,
            String fileName,
            String contentType) {}

    /**
     * Queues a job unless its tenant has {@code cap} queued or running already. The tenant's creations are
     * serialised by an advisory lock, so two at once cannot both take the last place.
     */
    ExportJob create(NewJob job, int cap) {
        return TenantContext.callAs(
                job.tenant(),
                () -> joined.execute(status -> {
                    jdbc.queryForList(
                            "select pg_advisory_xact_lock(hashtext('export_jobs:' || ?))",
                            job.tenant().toString());
                    Long active = jdbc.queryForObject(
                            "select count(*) from export_jobs where tenant_id = ? and status in ('QUEUED', 'RUNNING')",
                            Long.class,
                            job.tenant());
                    if (active != null && active >= cap) {
                        throw new JobFailures.TooManyJobs(cap);
                    }
                    UUID id = UUID.randomUUID();
                    jdbc.update(
                            """
                    insert into export_jobs (id, tenant_id, kind, entity, format, parameters, status, file_name, content_type,
                        created_by) values (?, ?, ?, ?, ?, ?::jsonb, 'QUEUED', ?, ?, ?)""",
                            id,
                            job.tenant(),
                            job.kind().name(),
                            job.entity(),
                            job.format(),
                            JSON.writeValueAsString(job.parameters()),
                            job.fileName(),
                            job.contentType(),
                            job.createdBy());
                    ExportJob created = select(job.tenant(), id).orElseThrow();
                    audit.created(AUDIT_TYPE, id, created);
                    return created;
                }));
    }

    Optional<ExportJob> find(UUID tenant, UUID id) {
        return inTenant(tenant, readOnly, () -> select(tenant, id));
    }

    private Optional<ExportJob> select(UUID tenant, UUID id) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from export_jobs where tenant_id = ? and id = ?",
                        ExportJobs::job,
                        tenant,
                        id)
                .stream()
                .findFirst();
    }

    /** A page of the tenant's jobs, newest first unless asked otherwise; null filters match all. */
    PageResponse<ExportJob> list(UUID tenant, JobStatus status, List<JobKind> kinds, Pageable page) {
        StringBuilder where = new StringBuilder(" where tenant_id = ?");
        List<Object> parameters = new ArrayList<>(List.of(tenant));
        if (status != null) {
            where.append(" and status = ?");
            parameters.add(status.name());
        }
        where.append(" and kind = any(?)");
        parameters.add(kinds.stream().map(Enum::name).toArray(String[]::new));
        StringBuilder order = new StringBuilder(" order by ");
        for (Sort.Order by : page.getSort()) {
            order.append(by.getProperty()).append(by.isAscending() ? " asc, " : " desc, "); // a whitelisted column
        }
        order.append("id desc");
        return inTenant(tenant, readOnly, () -> {
            Long total =
                    jdbc.queryForObject("select count(*) from export_jobs" + where, Long.class, parameters.toArray());
            List<Object> paged = new ArrayList<>(parameters);
            paged.add(page.getPageSize());
            paged.add(page.getOffset());
            List<ExportJob> items = jdbc.query(
                    "select " + COLUMNS + " from export_jobs" + where + order + " limit ? offset ?",
                    ExportJobs::job,
                    paged.toArray());
            long totalItems = total == null ? 0 : total;
            return new PageResponse<>(items, page.getPageNumber(), page.getPageSize(), totalItems, (int)
                    ((totalItems + page.getPageSize() - 1) / page.getPageSize()));
        });
    }

    /** Deletes the job and its file (the chunks go with it); a worker running it notices at its next heartbeat. */
    boolean delete(UUID tenant, UUID id) {
        return inTenant(
                tenant,
                own,
                () -> jdbc.update("delete from export_jobs where tenant_id = ? and id = ?", tenant, id) > 0);
    }

    /** A job this replica may start now, claimed for it; empty when none is waiting. */
    Optional<Claim> claim() {
        return own.execute(status -> jdbc
                .query(
                        "select job_id, job_tenant, job_attempt from export_claim_job()",
                        (rs, row) -> new Claim(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3)))
                .stream()
                .findFirst());
    }

    /** A claimed job: the attempt names this worker's run in every write it makes. */
    record Claim(UUID id, UUID tenant, int attempt) {}

    /** Records progress and that the worker lives; false when the job is no longer this attempt's to run. */
    boolean heartbeat(Claim claim, long rowsWritten) {
        return inTenant(
                claim.tenant(),
                own,
                () -> jdbc.update("""
                update export_jobs set heartbeat_at = now(), rows_written = ?
                where tenant_id = ? and id = ? and attempts = ? and status = 'RUNNING'""", rowsWritten, claim.tenant(), claim.id(), claim.attempt()) > 0);
    }

    boolean counted(Claim claim, long totalRows) {
        return inTenant(
                claim.tenant(),
                own,
                () -> jdbc.update("""
                update export_jobs set total_rows = ?, heartbeat_at = now()
                where tenant_id = ? and id = ? and attempts = ? and status = 'RUNNING'""", totalRows, claim.tenant(), claim.id(), claim.attempt()) > 0);
    }

    /** Stores one piece of the file; false when the job is no longer this attempt's to run. */
    boolean appendChunk(Claim claim, int seq, byte[] data) {
        return inTenant(
                claim.tenant(),
                own,
                () -> jdbc.update(
                                """
                insert into export_job_chunks (tenant_id, job_id, attempt, seq, data)
                select ?, ?, ?, ?, ? where exists (select 1 from export_jobs
                    where tenant_id = ? and id = ? and attempts = ? and status = 'RUNNING')""",
                                claim.tenant(),
                                claim.id(),
                                claim.attempt(),
                                seq,
                                data,
                                claim.tenant(),
                                claim.id(),
                                claim.attempt())
                        > 0);
    }

    boolean succeed(Claim claim, long rows, long sizeBytes, String sha256, Duration keptFor) {
        return inTenant(claim.tenant(), own, () -> {
            int updated = jdbc.update(
                    """
                    update export_jobs set status = 'SUCCEEDED', rows_written = ?, size_bytes = ?, sha256 = ?,
                        expires_at = now() + ?::interval, finished_at = now(), heartbeat_at = now(), updated_at = now(), version = version + 1
                    where tenant_id = ? and id = ? and attempts = ? and status = 'RUNNING'""",
                    rows,
                    sizeBytes,
                    sha256,
                    keptFor.toMillis() + " milliseconds",
                    claim.tenant(),
                    claim.id(),
                    claim.attempt());
            // what a presumed-dead earlier attempt may still have written
            jdbc.update(
                    "delete from export_job_chunks where tenant_id = ? and job_id = ? and attempt <> ?",
                    claim.tenant(),
                    claim.id(),
                    claim.attempt());
            return updated > 0;
        });
    }

    boolean fail(Claim claim, long rows, String error) {
        return inTenant(claim.tenant(), own, () -> {
            int updated = jdbc.update("""
                    update export_jobs set status = 'FAILED', error = ?, rows_written = ?, finished_at = now(),
                        updated_at = now(), version = version + 1
                    where tenant_id = ? and id = ? and attempts = ? and status = 'RUNNING'""", error, rows, claim.tenant(), claim.id(), claim.attempt());
            jdbc.update("delete from export_job_chunks where tenant_id = ? and job_id = ?", claim.tenant(), claim.id());
            return updated > 0;
        });
    }

    /**
     * Gives a job this replica is stopping back to the queue at once, its partial file deleted, rather than
     * leaving it for the stale-heartbeat recovery a minute later. The attempt still counts: a worker that has
     * not stopped yet must never be able to write into the next attempt's file.
     */
    boolean release(Claim claim) {
        return inTenant(claim.tenant(), own, () -> {
            int updated = jdbc.update("""
                    update export_jobs set status = 'QUEUED', heartbeat_at = null, updated_at = now(), version = version + 1
                    where tenant_id = ? and id = ? and attempts = ? and status = 'RUNNING'""", claim.tenant(), claim.id(), claim.attempt());
            jdbc.update(
                    "delete from export_job_chunks where tenant_id = ? and job_id = ? and attempt = ?",
                    claim.tenant(),
                    claim.id(),
                    claim.attempt());
            return updated > 0;
        });
    }

    /** Jobs a dead replica left RUNNING: re-queued from scratch, or FAILED after {@code maxAttempts}. */
    int recoverStale(Duration staleAfter, int maxAttempts) {
        return own.execute(status -> jdbc.queryForObject(
                "select export_recover_stale_jobs(?::interval, ?)",
                Integer.class,
                staleAfter.toMillis() + " milliseconds",
                maxAttempts));
    }

    /** Succeeded jobs past their expiry: EXPIRED, their files deleted. */
    int expire() {
        return own.execute(status -> jdbc.queryForObject("select export_expire_jobs()", Integer.class));
    }

    /** Writes the file of a succeeded job to {@code out}, chunk by chunk, never more than one chunk in memory. */
    void writeFile(ExportJob job, OutputStream out) {
        inTenant(job.tenantId(), readOnly, () -> {
            jdbc.query(
                    connection -> {
                        PreparedStatement statement = connection.prepareStatement("""
                        select data from export_job_chunks where tenant_id = ? and job_id = ? and attempt = ? order by seq""");
                        statement.setFetchSize(1);
                        statement.setObject(1, job.tenantId());
                        statement.setObject(2, job.id());
                        statement.setInt(3, job.attempts());
                        return statement;
                    },
                    result -> {
                        try (InputStream data = result.getBinaryStream(1)) {
                            data.transferTo(out);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
            return null;
        });
    }

    private static <T> T inTenant(UUID tenant, TransactionTemplate transaction, Supplier<T> work) {
        return TenantContext.callAs(tenant, () -> transaction.execute(status -> work.get()));
    }

    private static ExportJob job(ResultSet rs, int row) throws SQLException {
        long total = rs.getLong("total_rows");
        Long totalRows = rs.wasNull() ? null : total;
        long size = rs.getLong("size_bytes");
        Long sizeBytes = rs.wasNull() ? null : size;
        return new ExportJob(
                rs.getObject("id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                JobKind.valueOf(rs.getString("kind")),
                rs.getString("entity"),
                rs.getString("format"),
                JSON.readValue(rs.getString("parameters"), new TypeReference<Map<String, String>>() {}),
                JobStatus.valueOf(rs.getString("status")),
                rs.getLong("rows_written"),
                totalRows,
                rs.getString("error"),
                rs.getString("file_name"),
                rs.getString("content_type"),
                sizeBytes,
                rs.getString("sha256"),
                instant(rs, "created_at"),
                instant(rs, "started_at"),
                instant(rs, "finished_at"),
                instant(rs, "expires_at"),
                rs.getInt("attempts"),
                rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
