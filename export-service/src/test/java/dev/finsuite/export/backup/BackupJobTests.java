package dev.finsuite.export.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.TestTokens;
import dev.finsuite.export.ExportTest;
import dev.finsuite.export.Household;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Backups as jobs: the same BagIt zip as the streamed backup, kept for download, ADMIN's only (below ADMIN a
 * backup job is neither created nor listed nor found).
 */
class BackupJobTests extends ExportTest {

    UUID source;
    String admin;

    @BeforeEach
    void seed() throws SQLException {
        source = newTenant();
        Household.seed(source);
        admin = TestTokens.access(source, "ADMIN");
    }

    private JsonNode backupJob() {
        Api.Reply created =
                api().post("/api/v1/backups/jobs", null).token(admin).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(202);
        assertThat(created.field("/kind")).isEqualTo("BACKUP");
        assertThat(created.field("/format")).isEqualTo("zip");
        assertThat(created.header("Location")).isEqualTo("/api/v1/exports/jobs/" + created.field("/id"));
        JsonNode job = awaitJob(created.header("Location"), admin, "SUCCEEDED", "FAILED");
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        return job;
    }

    @Test
    void aBackupJobsFileIsAValidBagThatRestores() throws SQLException {
        JsonNode job = backupJob();
        assertThat(job.get("rowsWritten").asLong())
                .isPositive()
                .isEqualTo(job.get("totalRows").asLong());
        HttpResponse<byte[]> file = download(job.get("download").asString(), admin);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("finsuite-backup-" + source + "-");
        assertThat(file.body().length).isEqualTo(job.get("sizeBytes").asLong());
        assertThat(Bag.hex(file.body())).isEqualTo(job.get("sha256").asString());

        Map<String, byte[]> bag = Bags.entries(file.body());
        assertThat(Bags.text(bag, "bag-info.txt")).contains("Finsuite-Tenant-Id: " + source);
        for (String manifest : new String[] {"manifest-sha256.txt", "tagmanifest-sha256.txt"}) {
            for (String line : Bags.text(bag, manifest).split("\n")) {
                String[] parts = line.split("  ", 2);
                assertThat(Bag.hex(bag.get(parts[1]))).as(parts[1]).isEqualTo(parts[0]);
            }
        }
        // the same data as the streamed backup (bag-info.txt differs in its created-at); the audit trail differs by
        // the downloads in between, each recorded before its first byte: the job's file, then the streamed backup
        Map<String, byte[]> streamed =
                Bags.entries(download("/api/v1/backups", admin).body());
        assertThat(withoutAuditTrail(Bags.text(bag, "manifest-sha256.txt")))
                .isEqualTo(withoutAuditTrail(Bags.text(streamed, "manifest-sha256.txt")));
        String jobTrail = Bags.text(bag, "data/audit_events.ndjson");
        String streamedTrail = Bags.text(streamed, "data/audit_events.ndjson");
        assertThat(streamedTrail)
                .startsWith(jobTrail.strip())
                .contains("\"entity_type\":\"export_job\"")
                .contains("\"entity_type\":\"backup\"");
        assertThat(jobTrail).doesNotContain("\"action\":\"EXPORT\"");

        // a backup keeps its ids: it restores where they are free, as after the source tenant was deleted
        sql("delete from investment_activities where tenant_id = ?", source);
        sql("delete from tenants where id = ?", source);
        UUID target = newTenant();
        HttpResponse<byte[]> restored =
                upload("/api/v1/backups/restore", TestTokens.access(target, "OWNER"), file.body());
        assertThat(restored.statusCode()).as(text(restored)).isEqualTo(200);
        assertThat(text(restored)).contains("\"finance_entries\":2");
    }

    @Test
    void belowAdminABackupJobCannotBeCreatedSeenOrDownloaded() throws SQLException {
        String member = TestTokens.access(source, "MEMBER");
        Api.Reply refused =
                api().post("/api/v1/backups/jobs", null).token(member).send();
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.field("/code")).isEqualTo("forbidden");
        assertThat(count("select count(*) from export_jobs where tenant_id = ?", source))
                .isZero();

        JsonNode job = backupJob();
        String id = job.get("id").asString();
        for (String token : new String[] {member, viewer(source)}) {
            assertThat(api().get("/api/v1/exports/jobs/" + id)
                            .token(token)
                            .send()
                            .status())
                    .isEqualTo(404);
            assertThat(download("/api/v1/exports/jobs/" + id + "/file", token).statusCode())
                    .isEqualTo(404);
            Api.Reply list =
                    api().get("/api/v1/exports/jobs?kind=BACKUP").token(token).send();
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.json().get("totalItems").asLong()).isZero();
        }
        assertThat(api().delete("/api/v1/exports/jobs/" + id)
                        .token(member)
                        .send()
                        .status())
                .isEqualTo(404);
        Api.Reply owners = api().get("/api/v1/exports/jobs")
                .token(TestTokens.access(source, "OWNER"))
                .send();
        assertThat(owners.text()).contains(id);
        // another tenant's admin: 404 like any missing job
        String stranger = TestTokens.access(newTenant(), "OWNER");
        assertThat(api().get("/api/v1/exports/jobs/" + id)
                        .token(stranger)
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(download("/api/v1/exports/jobs/" + id + "/file", stranger).statusCode())
                .isEqualTo(404);
    }

    private static String withoutAuditTrail(String manifest) {
        return manifest.lines()
                .filter(line -> !line.endsWith("data/audit_events.ndjson"))
                .collect(Collectors.joining("\n"));
    }
}
