package dev.finsuite.export.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.ApiTokenRows;
import dev.finsuite.export.ExportTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Export files, reports and backups take a token with the export scope; read alone does not open them. */
class ApiTokenScopeTests extends ExportTest {

    @Test
    void exportsTakeTheExportScopeAndReadingTheAuditTrailTakesRead() throws Exception {
        UUID tenant = newTenant();
        String reader = ApiTokenRows.issue(tenant, "OWNER", "read");
        String exporter = ApiTokenRows.issue(tenant, "OWNER", "export");

        Api.Reply refused = api().get("/api/v1/exports/jobs").token(reader).send();
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.field("/code")).isEqualTo("insufficient_scope");
        Api.Reply jobs = api().get("/api/v1/exports/jobs").token(exporter).send();
        assertThat(jobs.status()).as(jobs.toString()).isEqualTo(200);

        assertThat(api().get("/api/v1/audit").token(reader).send().status()).isEqualTo(200);
        assertThat(api().get("/api/v1/audit").token(exporter).send().status())
                .as("export alone reads nothing else")
                .isEqualTo(403);
    }
}
