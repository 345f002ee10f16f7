package dev.finsuite.export.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.TestTokens;
import dev.finsuite.export.ExportTest;
import dev.finsuite.export.Household;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Export jobs over HTTP against PostgreSQL: queued with 202, run by the workers, the file downloaded and read back
 * by a real parser and compared with the streamed export of the same parameters; bad input, the cap, early and
 * late downloads, dead replicas, failures, isolation between tenants.
 */
class ExportJobTests extends ExportTest {

    @Autowired
    JobMaintenance maintenance;

    @Autowired
    JobWorkers workers;

    UUID tenant;
    String member;
    Household household;

    @BeforeEach
    void seed() throws SQLException {
        tenant = newTenant();
        member = TestTokens.access(tenant, "MEMBER");
        household = Household.seed(tenant);
        for (int i = 0; i < 60; i++) {
            household.expense(
                    LocalDate.parse("2026-01-01").plusDays(i),
                    (i + 1) + ".5",
                    i % 3 == 0 ? "EUR" : "INR",
                    Household.GROCERIES,
                    "Shop no. " + i + ", aisle \"" + i + "\"",
                    null,
                    "weekly");
        }
    }

    private Api.Reply create(String pathAndQuery, String token) {
        return api().post(pathAndQuery, null).token(token).send();
    }

    /** Creates a job, checks the 202, and waits for it to succeed. */
    private JsonNode succeeded(String pathAndQuery) {
        Api.Reply created = create(pathAndQuery, member);
        assertThat(created.status()).as(created.toString()).isEqualTo(202);
        String location = created.header("Location");
        assertThat(location).isEqualTo("/api/v1/exports/jobs/" + created.field("/id"));
        assertThat(created.field("/status")).isIn("QUEUED", "RUNNING");
        assertThat(created.field("/kind")).isEqualTo("EXPORT");
        assertThat(created.json().get("download").isNull()).isTrue();
        return awaitJob(location, member, "SUCCEEDED", "FAILED");
    }

    private HttpResponse<byte[]> file(JsonNode job, String token) {
        return download("/api/v1/exports/jobs/" + job.get("id").asString() + "/file", token);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long jobsOf(UUID tenant) throws SQLException {
        return count("select count(*) from export_jobs where tenant_id = ?", tenant);
    }

    private UUID insertJob(UUID owner, String status, String parameters, String heartbeatAgo, int attempts)
            throws SQLException {
        UUID id = UUID.randomUUID();
        sql(
                "insert into export_jobs (id, tenant_id, kind, entity, format, parameters, status, file_name, content_type,"
                        + " heartbeat_at, started_at, attempts) values (?, ?, 'EXPORT', 'expenses', 'csv', ?::jsonb, ?,"
                        + " 'finsuite-expenses.csv', 'text/csv;charset=UTF-8', now() - ?::interval, now() - ?::interval, ?)",
                id,
                owner,
                parameters,
                status,
                heartbeatAgo,
                heartbeatAgo,
                attempts);
        return id;
    }

    @Test
    void aCsvJobIsAcceptedRunAndItsFileHasTheRowsOfTheStreamedExport() throws SQLException {
        String query = "?format=csv&dialect=excel&locale=de-DE&from=2026-01-01";
        JsonNode job = succeeded("/api/v1/exports/expenses/jobs" + query);
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("entity").asString()).isEqualTo("expenses");
        assertThat(job.get("format").asString()).isEqualTo("csv");
        assertThat(job.get("rowsWritten").asLong()).isEqualTo(61);
        assertThat(job.get("totalRows").asLong()).isEqualTo(61);
        assertThat(job.get("progress").asString()).isEqualTo("1");
        assertThat(job.get("error").isNull()).isTrue();
        assertThat(job.get("startedAt").isNull()).isFalse();
        assertThat(job.get("finishedAt").isNull()).isFalse();
        assertThat(job.get("expiresAt").asString()).isNotNull();
        assertThat(java.time.Duration.between(
                                java.time.Instant.parse(job.get("finishedAt").asString()),
                                java.time.Instant.parse(job.get("expiresAt").asString()))
                        .toDays())
                .isEqualTo(7);
        assertThat(job.get("download").asString())
                .isEqualTo("/api/v1/exports/jobs/" + job.get("id").asString() + "/file");

        HttpResponse<byte[]> file = file(job, member);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment")
                .contains("finsuite-expenses-")
                .contains(".csv");
        assertThat(file.body().length).isEqualTo(job.get("sizeBytes").asLong());
        assertThat(sha256(file.body())).isEqualTo(job.get("sha256").asString());
        // the file was stored in several 1 KB chunks (test setting) and came back whole, in order
        assertThat(count(
                        "select count(*) from export_job_chunks where job_id = ?",
                        UUID.fromString(job.get("id").asString())))
                .isGreaterThan(1);

        HttpResponse<byte[]> streamed = download("/api/v1/exports/expenses" + query, viewer(tenant));
        List<Map<String, String>> expected = records(csv(streamed.body(), ';'));
        assertThat(records(csv(file.body(), ';'))).hasSize(61).isEqualTo(expected);
        assertThat(file.body()).isEqualTo(streamed.body());
    }

    @Test
    void anXlsxJobsWorkbookHasTheCellsOfTheStreamedExport() throws IOException {
        JsonNode job = succeeded("/api/v1/exports/expenses/jobs?format=xlsx");
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("contentType").asString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        HttpResponse<byte[]> file = file(job, viewer(tenant));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(sha256(file.body())).isEqualTo(job.get("sha256").asString());
        HttpResponse<byte[]> streamed = download("/api/v1/exports/expenses?format=xlsx", viewer(tenant));
        List<List<String>> fromJob = cells(file.body());
        assertThat(fromJob).hasSizeGreaterThan(1 + 61); // header, rows, totals
        assertThat(fromJob).isEqualTo(cells(streamed.body()));
    }

    private static List<List<String>> cells(byte[] xlsx) throws IOException {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void badParametersAreTheStreamedExportsProblemsAndQueueNothing() throws SQLException {
        Api.Reply bad = create("/api/v1/exports/expenses/jobs?format=pdf&from=yesterday&sep=x", member);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
        assertThat(bad.field("/code")).isEqualTo("validation_failed");
        assertThat(bad.text()).contains("\"format\"", "\"from\"", "\"sep\"");
        Api.Reply unknown = create("/api/v1/exports/salaries/jobs?format=csv", member);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.field("/code")).isEqualTo("not_found");
        Api.Reply viewer = create("/api/v1/exports/expenses/jobs", viewer(tenant));
        assertThat(viewer.status()).isEqualTo(403);
        assertThat(jobsOf(tenant)).isZero();
    }

    @Test
    void aTenantAtItsCapOfActiveJobsGets429AndNothingIsQueued() throws SQLException {
        for (int i = 0; i < 5; i++) {
            insertJob(tenant, "RUNNING", "{\"format\": \"csv\"}", "0 seconds", 1);
        }
        Api.Reply refused = create("/api/v1/exports/expenses/jobs", member);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.field("/code")).isEqualTo("too_many_jobs");
        assertThat(jobsOf(tenant)).isEqualTo(5);
    }

    @Test
    void aTenantsSecondJobWaitsForItsFirstWhileAnotherTenantsJobRuns() throws SQLException {
        UUID running = insertJob(tenant, "RUNNING", "{\"format\": \"csv\"}", "0 seconds", 1);
        Api.Reply waiting = create("/api/v1/exports/expenses/jobs", member);
        assertThat(waiting.status()).isEqualTo(202);

        UUID other = newTenant();
        Household.seed(other);
        String theirs = TestTokens.access(other, "MEMBER");
        Api.Reply created = create("/api/v1/exports/expenses/jobs", theirs);
        assertThat(awaitJob(created.header("Location"), theirs, "SUCCEEDED", "FAILED")
                        .get("status")
                        .asString())
                .isEqualTo("SUCCEEDED");
        assertThat(api().get(waiting.header("Location")).token(member).send().field("/status"))
                .isEqualTo("QUEUED");

        // the first ends (its tenant deletes it): the second runs
        assertThat(api().delete("/api/v1/exports/jobs/" + running)
                        .token(member)
                        .send()
                        .status())
                .isEqualTo(204);
        assertThat(awaitJob(waiting.header("Location"), member, "SUCCEEDED", "FAILED")
                        .get("status")
                        .asString())
                .isEqualTo("SUCCEEDED");
    }

    @Test
    void theFileOfAJobNotYetDoneIs409AndOfAnExpiredOne410WithItsChunksGone() throws SQLException {
        UUID running = insertJob(tenant, "RUNNING", "{\"format\": \"csv\"}", "0 seconds", 1);
        HttpResponse<byte[]> early = download("/api/v1/exports/jobs/" + running + "/file", member);
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(text(early)).contains("\"code\":\"conflict\"", "RUNNING");
        sql("delete from export_jobs where id = ?", running);

        JsonNode job = succeeded("/api/v1/exports/expenses/jobs?format=jsonl");
        UUID id = UUID.fromString(job.get("id").asString());
        assertThat(count("select count(*) from export_job_chunks where job_id = ?", id))
                .isPositive();
        sql("update export_jobs set expires_at = now() - interval '1 second' where id = ?", id);
        maintenance.expire();

        HttpResponse<byte[]> late = file(job, member);
        assertThat(late.statusCode()).isEqualTo(410);
        assertThat(text(late)).contains("\"code\":\"export_expired\"");
        assertThat(count("select count(*) from export_job_chunks where job_id = ?", id))
                .isZero();
        Api.Reply expired =
                api().get("/api/v1/exports/jobs/" + id).token(member).send();
        assertThat(expired.field("/status")).isEqualTo("EXPIRED");
        assertThat(expired.json().get("download").isNull()).isTrue();
    }

    @Test
    void aJobLeftRunningByADeadReplicaRunsAgainFromScratchOrFailsAfterItsAttempts() throws SQLException {
        UUID orphan = insertJob(tenant, "RUNNING", "{\"format\": \"csv\"}", "1 hour", 1);
        sql(
                "insert into export_job_chunks (tenant_id, job_id, attempt, seq, data) values (?, ?, 1, 0, ?)",
                tenant,
                orphan,
                "half a file".getBytes());
        UUID exhausted = insertJob(tenant, "RUNNING", "{\"format\": \"csv\"}", "1 hour", 3);

        maintenance.recoverStale();

        JsonNode rerun = awaitJob("/api/v1/exports/jobs/" + orphan, member, "SUCCEEDED", "FAILED");
        assertThat(rerun.get("status").asString()).as(rerun.toString()).isEqualTo("SUCCEEDED");
        assertThat(count("select attempts from export_jobs where id = ?", orphan))
                .isEqualTo(2);
        assertThat(rerun.get("rowsWritten").asLong()).isEqualTo(61);
        HttpResponse<byte[]> file = file(rerun, member);
        assertThat(file.body())
                .isEqualTo(
                        download("/api/v1/exports/expenses?format=csv", member).body());

        JsonNode failed = awaitJob("/api/v1/exports/jobs/" + exhausted, member, "FAILED", "SUCCEEDED");
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("error").asString()).contains("3 attempts");
        assertThat(failed.get("finishedAt").isNull()).isFalse();
    }

    @Test
    void aJobThatCannotBeWrittenEndsFailedWithItsReason() throws SQLException {
        UUID broken = insertJob(tenant, "QUEUED", "{\"format\": \"csv\", \"dialect\": \"fancy\"}", "0 seconds", 0);
        JsonNode job = awaitJob("/api/v1/exports/jobs/" + broken, member, "FAILED", "SUCCEEDED");
        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("error").asString()).contains("dialect must be data or excel");
        assertThat(job.get("download").isNull()).isTrue();
        assertThat(file(job, member).statusCode()).isEqualTo(409);
        assertThat(count("select count(*) from export_job_chunks where job_id = ?", broken))
                .isZero();
    }

    @Test
    void anotherTenantCanNeitherSeeNorDownloadNorDeleteAJob() throws SQLException {
        JsonNode job = succeeded("/api/v1/exports/expenses/jobs?format=csv");
        String id = job.get("id").asString();
        UUID other = newTenant();
        String attacker = TestTokens.access(other, "OWNER");

        assertThat(api().get("/api/v1/exports/jobs/" + id)
                        .token(attacker)
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(download("/api/v1/exports/jobs/" + id + "/file", attacker).statusCode())
                .isEqualTo(404);
        Api.Reply delete =
                api().delete("/api/v1/exports/jobs/" + id).token(attacker).send();
        assertThat(delete.status()).isEqualTo(404);
        assertThat(delete.field("/code")).isEqualTo("not_found");
        Api.Reply list = api().get("/api/v1/exports/jobs").token(attacker).send();
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("totalItems").asLong()).isZero();
        assertThat(list.text()).doesNotContain(id);

        assertThat(api().get("/api/v1/exports/jobs/" + id).token(member).send().field("/status"))
                .isEqualTo("SUCCEEDED");
        assertThat(file(job, member).statusCode()).isEqualTo(200);
    }

    @Test
    void theExportListIsPagedNewestFirstAndFiltered() throws SQLException {
        UUID failed = insertJob(tenant, "FAILED", "{}", "0 seconds", 1);
        sql("update export_jobs set created_at = now() - interval '1 day' where id = ?", failed);
        JsonNode first = succeeded("/api/v1/exports/expenses/jobs?format=csv");
        JsonNode second = succeeded("/api/v1/exports/incomes/jobs?format=jsonl");

        Api.Reply page =
                api().get("/api/v1/exports/jobs?size=2").token(viewer(tenant)).send();
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("totalItems").asLong()).isEqualTo(3);
        assertThat(page.json().get("totalPages").asInt()).isEqualTo(2);
        assertThat(page.json().get("items").get(0).get("id").asString())
                .isEqualTo(second.get("id").asString());
        assertThat(page.json().get("items").get(1).get("id").asString())
                .isEqualTo(first.get("id").asString());
        Api.Reply rest = api().get("/api/v1/exports/jobs?size=2&page=1")
                .token(viewer(tenant))
                .send();
        assertThat(rest.json().get("items").get(0).get("id").asString()).isEqualTo(failed.toString());

        Api.Reply onlyFailed = api().get("/api/v1/exports/jobs?status=failed&kind=EXPORT")
                .token(member)
                .send();
        assertThat(onlyFailed.json().get("totalItems").asLong()).isEqualTo(1);
        assertThat(api().get("/api/v1/exports/jobs?sort=createdAt,asc")
                        .token(member)
                        .send()
                        .json()
                        .get("items")
                        .get(0)
                        .get("id")
                        .asString())
                .isEqualTo(failed.toString());

        Api.Reply bad = api().get("/api/v1/exports/jobs?status=DONE&size=500&sort=size")
                .token(member)
                .send();
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text()).contains("\"status\"", "\"size\"", "\"sort\"");
    }

    @Test
    void deletingAJobRemovesItAndItsFile() throws SQLException {
        JsonNode job = succeeded("/api/v1/exports/expenses/jobs?format=csv");
        UUID id = UUID.fromString(job.get("id").asString());
        assertThat(api().delete("/api/v1/exports/jobs/" + id)
                        .token(member)
                        .send()
                        .status())
                .isEqualTo(204);
        assertThat(api().get("/api/v1/exports/jobs/" + id).token(member).send().status())
                .isEqualTo(404);
        assertThat(count("select count(*) from export_job_chunks where job_id = ?", id))
                .isZero();
        assertThat(api().delete("/api/v1/exports/jobs/" + id)
                        .token(member)
                        .send()
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aRepeatedIdempotencyKeyQueuesOneJob() throws SQLException {
        Api.Reply first = api().post("/api/v1/exports/expenses/jobs?format=csv", null)
                .token(member)
                .header("Idempotency-Key", "export-once")
                .send();
        Api.Reply again = api().post("/api/v1/exports/expenses/jobs?format=csv", null)
                .token(member)
                .header("Idempotency-Key", "export-once")
                .send();
        assertThat(first.status()).isEqualTo(202);
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.field("/id")).isEqualTo(first.field("/id"));
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(jobsOf(tenant)).isEqualTo(1);
        Api.Reply otherBody = api().post("/api/v1/exports/expenses/jobs?format=xlsx", null)
                .token(member)
                .header("Idempotency-Key", "export-once")
                .send();
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(jobsOf(tenant)).isEqualTo(1);
    }

    @Test
    void theOpenApiDocumentDescribesTheJobEndpointsWithAnExampleJob() {
        Api.Reply docs = api().get("/v3/api-docs").send();
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().get("paths");
        assertThat(paths.has("/api/v1/exports/{entity}/jobs")).isTrue();
        assertThat(paths.has("/api/v1/exports/jobs")).isTrue();
        assertThat(paths.has("/api/v1/exports/jobs/{id}")).isTrue();
        assertThat(paths.has("/api/v1/exports/jobs/{id}/file")).isTrue();
        assertThat(paths.has("/api/v1/backups/jobs")).isTrue();
        assertThat(paths.get("/api/v1/exports/{entity}/jobs")
                        .get("post")
                        .get("responses")
                        .has("202"))
                .isTrue();
        assertThat(paths.get("/api/v1/exports/jobs/{id}").toString()).contains("rowsWritten", "expiresAt", "sha256");
    }

    @Test
    void aRunningJobShowsItsProgressAndDeletingItStopsItsWorker() throws SQLException, InterruptedException {
        sql("""
                insert into finance_entries (id, tenant_id, kind, amount, currency, entry_date, category_id, description, base_currency)
                select gen_random_uuid(), ?, 'EXPENSE', (n % 1000) + 0.25, 'INR', date '2025-01-01' + (n % 365),
                       '00000000-0000-4000-8000-000000000102', 'row ' || n, 'INR'
                  from generate_series(1, 40000) n""", tenant);
        Api.Reply created = create("/api/v1/exports/expenses/jobs?format=csv", member);
        String location = created.header("Location");
        UUID id = UUID.fromString(created.field("/id"));

        JsonNode running = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(
                        () -> api().get(location).token(member).send().json(),
                        job -> !job.get("status").asString().equals("QUEUED")
                                && (!job.get("status").asString().equals("RUNNING")
                                        || job.get("rowsWritten").asLong() > 0
                                                && !job.get("totalRows").isNull()));
        // with 1 KB chunks (test setting) 40,000 rows take a few seconds: long enough to catch it midway
        assertThat(running.get("status").asString()).as(running.toString()).isEqualTo("RUNNING");
        assertThat(running.get("totalRows").asLong()).isEqualTo(40_061);
        assertThat(running.get("rowsWritten").asLong()).isBetween(1L, 40_061L);
        assertThat(new java.math.BigDecimal(running.get("progress").asString()))
                .isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.ONE);
        assertThat(running.get("download").isNull()).isTrue();
        assertThat(download(location + "/file", member).statusCode()).isEqualTo(409);

        assertThat(api().delete(location).token(member).send().status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(50))
                .untilAsserted(() ->
                        assertThat(workers.runs(id)).as("the worker stopped").isFalse());
        assertThat(count("select count(*) from export_jobs where id = ?", id)).isZero();
        assertThat(count("select count(*) from export_job_chunks where job_id = ?", id))
                .isZero();
    }

    @Test
    void aJobRunningWhenTheServiceStopsGoesBackToTheQueueAndFinishesAfterTheRestart()
            throws SQLException, InterruptedException {
        sql("""
                insert into finance_entries (id, tenant_id, kind, amount, currency, entry_date, category_id, description, base_currency)
                select gen_random_uuid(), ?, 'EXPENSE', (n % 1000) + 0.25, 'INR', date '2025-01-01' + (n % 365),
                       '00000000-0000-4000-8000-000000000102', 'row ' || n, 'INR'
                  from generate_series(1, 40000) n""", tenant);
        Api.Reply created = create("/api/v1/exports/expenses/jobs?format=csv", member);
        String location = created.header("Location");
        UUID id = UUID.fromString(created.field("/id"));
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(20))
                .untilAsserted(
                        () -> assertThat(workers.runs(id)).as("caught running").isTrue());

        workers.stop();
        try {
            JsonNode released = api().get(location).token(member).send().json();
            assertThat(released.get("status").asString())
                    .as(released.toString())
                    .isEqualTo("QUEUED");
            assertThat(count("select count(*) from export_job_chunks where job_id = ?", id))
                    .isZero();
        } finally {
            workers.start();
        }
        JsonNode done = await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(50))
                .until(
                        () -> api().get(location).token(member).send().json(),
                        job -> job.get("status").asString().equals("SUCCEEDED"));
        assertThat(done.get("rowsWritten").asLong()).isEqualTo(40_061);
        assertThat(download(location + "/file", member).statusCode()).isEqualTo(200);
    }
}
