package dev.finsuite.export.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.AuditRows;
import dev.finsuite.common.testsupport.AuditRows.Row;
import dev.finsuite.common.testsupport.TestTokens;
import dev.finsuite.export.ExportTest;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A tenant's data leaving the suite is in its audit trail: a streamed export, a backup download and a job's file each
 * leave one EXPORT event naming who took what, even though the download itself only reads. A refused download
 * leaves none.
 */
class DownloadAuditTests extends ExportTest {

    UUID tenant;
    UUID alice;
    String member;

    @BeforeEach
    void household() throws SQLException {
        tenant = newTenant();
        alice = UUID.randomUUID();
        member = TestTokens.access(tenant, alice, "MEMBER");
    }

    @Test
    void aStreamedExportIsAnExportEventWithItsEntityFormatAndFilters() throws SQLException {
        Api.Reply csv = api().get("/api/v1/exports/expenses?format=csv&from=2026-01-01&to=2026-06-30&currency=EUR")
                .token(member)
                .header("X-Request-Id", "take-expenses-1")
                .send();
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);

        assertThat(AuditRows.ofTenant(tenant)).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo("EXPORT");
            assertThat(row.entityType()).isEqualTo("export");
            assertThat(row.actorKind()).isEqualTo("USER");
            assertThat(row.actorId()).isEqualTo(alice);
            assertThat(row.service()).isEqualTo("export-service");
            assertThat(row.requestId()).isEqualTo("take-expenses-1");
            assertThat(row.before()).isNull();
            assertThat(row.after().at("/entity").asString()).isEqualTo("expenses");
            assertThat(row.after().at("/format").asString()).isEqualTo("csv");
            assertThat(row.after().at("/filters/from").asString()).isEqualTo("2026-01-01");
            assertThat(row.after().at("/filters/currency").asString()).isEqualTo("EUR");
        });

        Api.Reply trail = api().get("/api/v1/audit?action=EXPORT")
                .token(TestTokens.access(tenant, "ADMIN"))
                .send();
        assertThat(trail.status()).as(trail.toString()).isEqualTo(200);
        assertThat(trail.field("/totalItems")).isEqualTo("1");
        assertThat(trail.field("/items/0/after/entity")).isEqualTo("expenses");
    }

    @Test
    void aBackupDownloadIsAnExportEventOfTheWholeTenant() throws SQLException {
        UUID admin = UUID.randomUUID();
        var zip = download("/api/v1/backups", TestTokens.access(tenant, admin, "ADMIN"));
        assertThat(zip.statusCode()).isEqualTo(200);

        assertThat(AuditRows.ofTenant(tenant)).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo("EXPORT");
            assertThat(row.entityType()).isEqualTo("backup");
            assertThat(row.actorId()).isEqualTo(admin);
            assertThat(row.after().at("/format").asString()).isEqualTo("bagit-zip");
        });
    }

    @Test
    void eachDownloadOfAJobsFileIsAnExportEventOfThatJob() throws SQLException {
        Api.Reply created = api().post("/api/v1/exports/incomes/jobs?format=xlsx", null)
                .token(member)
                .send();
        assertThat(created.status()).as(created.toString()).isEqualTo(202);
        UUID job = UUID.fromString(created.field("/id"));
        String sha256 = awaitJob(created.header("Location"), member, "SUCCEEDED", "FAILED")
                .get("sha256")
                .asString();

        for (int i = 0; i < 2; i++) {
            assertThat(download("/api/v1/exports/jobs/" + job + "/file", member).statusCode())
                    .isEqualTo(200);
        }

        List<Row> events = AuditRows.of("export_job", job);
        assertThat(events).extracting(Row::action).containsExactly("CREATE", "EXPORT", "EXPORT");
        assertThat(events.get(1).actorId()).isEqualTo(alice);
        assertThat(events.get(1).after().at("/entity").asString()).isEqualTo("incomes");
        assertThat(events.get(1).after().at("/format").asString()).isEqualToIgnoringCase("xlsx");
        assertThat(events.get(1).after().at("/sha256").asString()).isEqualTo(sha256);
    }

    @Test
    void aRefusedDownloadLeavesNoEvent() throws SQLException {
        assertThat(api().get("/api/v1/exports/expenses?format=pdf")
                        .token(member)
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(api().get("/api/v1/exports/expenses?from=2026-02-01&to=2026-01-01")
                        .token(member)
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(download("/api/v1/backups", member).statusCode())
                .as("a MEMBER may not back up")
                .isEqualTo(403);
        assertThat(download("/api/v1/exports/jobs/" + UUID.randomUUID() + "/file", member)
                        .statusCode())
                .isEqualTo(404);

        UUID other = newTenant();
        Api.Reply theirs = api().post("/api/v1/exports/expenses/jobs?format=csv", null)
                .token(TestTokens.access(other, "MEMBER"))
                .send();
        awaitJob(theirs.header("Location"), TestTokens.access(other, "MEMBER"), "SUCCEEDED", "FAILED");
        assertThat(download("/api/v1/exports/jobs/" + theirs.field("/id") + "/file", member)
                        .statusCode())
                .as("another tenant's file")
                .isEqualTo(404);

        assertThat(AuditRows.ofTenant(tenant)).isEmpty();
        assertThat(AuditRows.of("export_job", UUID.fromString(theirs.field("/id"))))
                .extracting(Row::action)
                .containsExactly("CREATE");
    }
}
