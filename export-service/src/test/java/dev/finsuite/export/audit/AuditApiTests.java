package dev.finsuite.export.audit;

import static dev.finsuite.common.testsupport.ProblemAssertions.assertValidationProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.AuditRows;
import dev.finsuite.common.testsupport.AuditRows.Row;
import dev.finsuite.common.testsupport.TestInfrastructure;
import dev.finsuite.common.testsupport.TestTokens;
import dev.finsuite.export.ExportTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** GET /api/v1/audit: the tenant's trail for ADMIN and above, filtered and paged, never another tenant's. */
class AuditApiTests extends ExportTest {

    @Autowired
    DataSource dataSource;

    UUID tenant;
    UUID alice;
    UUID bob;
    UUID expense;
    UUID loan;
    String admin;

    @BeforeEach
    void trail() throws SQLException {
        tenant = newTenant();
        alice = UUID.randomUUID();
        bob = UUID.randomUUID();
        expense = UUID.randomUUID();
        loan = UUID.randomUUID();
        admin = TestTokens.access(tenant, alice, "ADMIN");
        event(tenant, "2026-11-01T09:00:00Z", alice, "CREATE", "expense", expense, null, "{\"amount\": \"100.00\"}");
        event(
                tenant,
                "2026-11-02T09:00:00Z",
                bob,
                "UPDATE",
                "expense",
                expense,
                "{\"amount\": \"100.00\"}",
                "{\"amount\": \"120.50\"}");
        event(tenant, "2026-11-03T09:00:00Z", alice, "CREATE", "loan", loan, null, "{\"principal\": \"500000\"}");
        event(
                tenant,
                "2026-11-04T23:30:00Z",
                null,
                "CREATE",
                "expense",
                UUID.randomUUID(),
                null,
                "{\"amount\": \"25000\"}");
    }

    @Test
    void anAdminReadsTheTrailNewestFirstWithBeforeAndAfter() {
        Api.Reply page = api().get("/api/v1/audit").token(admin).send();
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.field("/totalItems")).isEqualTo("4");
        assertThat(page.field("/items/0/occurredAt")).isEqualTo("2026-11-04T23:30:00Z");
        assertThat(page.field("/items/0/actorKind")).isEqualTo("JOB");
        assertThat(page.json().at("/items/0").has("actorId"))
                .as("a job has no user")
                .isFalse();
        assertThat(page.field("/items/2/action")).isEqualTo("UPDATE");
        assertThat(page.field("/items/2/actorId")).isEqualTo(bob.toString());
        assertThat(page.field("/items/2/before/amount")).isEqualTo("100.00");
        assertThat(page.field("/items/2/after/amount")).isEqualTo("120.50");
        assertThat(page.field("/items/2/requestId")).isEqualTo("req-2026-11-02T09:00:00Z");
        assertThat(page.field("/items/2/service")).isEqualTo("finance-service");

        Api.Reply oldest = api().get("/api/v1/audit?sort=occurredAt,asc&size=1&page=1")
                .token(admin)
                .send();
        assertThat(oldest.status()).as(oldest.toString()).isEqualTo(200);
        assertThat(oldest.field("/items/0/occurredAt")).isEqualTo("2026-11-02T09:00:00Z");
        assertThat(oldest.field("/totalPages")).isEqualTo("4");
        assertThat(api().get("/api/v1/audit")
                        .token(TestTokens.access(tenant, "OWNER"))
                        .send()
                        .status())
                .isEqualTo(200);
    }

    @Test
    void filtersNarrowTheTrail() {
        assertThat(occurredAt("entityType=loan")).containsExactly("2026-11-03T09:00:00Z");
        assertThat(occurredAt("entityId=" + expense)).containsExactly("2026-11-02T09:00:00Z", "2026-11-01T09:00:00Z");
        assertThat(occurredAt("action=update")).containsExactly("2026-11-02T09:00:00Z");
        assertThat(occurredAt("actor=" + alice)).containsExactly("2026-11-03T09:00:00Z", "2026-11-01T09:00:00Z");
        assertThat(occurredAt("from=2026-11-02&to=2026-11-03"))
                .as("a date as to includes that whole day")
                .containsExactly("2026-11-03T09:00:00Z", "2026-11-02T09:00:00Z");
        assertThat(occurredAt("from=2026-11-02T09:00:00Z&to=2026-11-03T09:00:00Z"))
                .as("an instant as to is exclusive")
                .containsExactly("2026-11-02T09:00:00Z");
        assertThat(occurredAt("entityType=expense&actor=" + alice + "&action=CREATE"))
                .containsExactly("2026-11-01T09:00:00Z");
    }

    @Test
    void badFiltersAreValidationProblems() {
        assertValidationProblem(
                api().get("/api/v1/audit?action=ERASE").token(admin).send(), "action");
        assertValidationProblem(
                api().get("/api/v1/audit?entityType=Expense;drop").token(admin).send(), "entityType");
        assertValidationProblem(
                api().get("/api/v1/audit?from=yesterday").token(admin).send(), "from");
        assertValidationProblem(
                api().get("/api/v1/audit?to=1800-01-01").token(admin).send(), "to");
        assertValidationProblem(
                api().get("/api/v1/audit?from=2026-11-05&to=2026-11-01")
                        .token(admin)
                        .send(),
                "from");
        assertValidationProblem(api().get("/api/v1/audit?size=201").token(admin).send(), "size");
        assertValidationProblem(
                api().get("/api/v1/audit?sort=action,asc").token(admin).send(), "sort");
        assertThat(api().get("/api/v1/audit?entityId=not-a-uuid")
                        .token(admin)
                        .send()
                        .status())
                .isEqualTo(400);
    }

    @Test
    void membersAndViewersMayNotReadTheTrail() {
        for (String role : List.of("MEMBER", "VIEWER")) {
            Api.Reply refused = api().get("/api/v1/audit")
                    .token(TestTokens.access(tenant, role))
                    .send();
            assertThat(refused.status()).as(role).isEqualTo(403);
            assertThat(refused.field("/code")).isEqualTo("forbidden");
        }
        assertThat(api().get("/api/v1/audit").send().status()).isEqualTo(401);
    }

    @Test
    void anotherTenantsAdminSeesOnlyItsOwnTrail() throws SQLException {
        UUID other = newTenant();
        event(
                other,
                "2026-11-05T09:00:00Z",
                null,
                "DELETE",
                "budget",
                UUID.randomUUID(),
                "{\"limit\": \"8000\"}",
                null);
        String theirs = TestTokens.access(other, "ADMIN");
        Api.Reply page = api().get("/api/v1/audit").token(theirs).send();
        assertThat(page.field("/totalItems")).isEqualTo("1");
        assertThat(page.field("/items/0/entityType")).isEqualTo("budget");
        assertThat(api().get("/api/v1/audit?entityId=" + expense)
                        .token(theirs)
                        .send()
                        .field("/totalItems"))
                .isEqualTo("0");
    }

    @Test
    void creatingAnExportJobIsAudited() throws SQLException {
        Api.Reply created = api().post("/api/v1/exports/expenses/jobs?format=csv", null)
                .token(TestTokens.access(tenant, bob, "MEMBER"))
                .header("X-Request-Id", "export-job-1")
                .send();
        assertThat(created.status()).as(created.toString()).isEqualTo(202);
        List<Row> rows = AuditRows.of("export_job", UUID.fromString(created.field("/id")));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo("CREATE");
            assertThat(row.actorId()).isEqualTo(bob);
            assertThat(row.service()).isEqualTo("export-service");
            assertThat(row.requestId()).isEqualTo("export-job-1");
            assertThat(row.after().at("/entity").asString()).isEqualTo("expenses");
        });
    }

    @Test
    void noRoleChangesOrRemovesAnEventButDeletingTheTenantTakesItsTrail() throws SQLException {
        AuditRows.assertUnchangeableThrough(dataSource);
        try (Connection owner = TestInfrastructure.ownerConnection();
                Statement statement = owner.createStatement()) {
            assertThatThrownBy(() -> statement.execute(
                            "update audit_events set action = 'DELETE' where tenant_id = '" + tenant + "'"))
                    .hasMessageContaining("never changed or removed");
            assertThatThrownBy(() -> statement.execute("delete from audit_events where tenant_id = '" + tenant + "'"))
                    .hasMessageContaining("never changed or removed");
        }
        assertThat(count("select count(*) from audit_events where tenant_id = ?", tenant))
                .isEqualTo(4);
        sql("delete from tenants where id = ?", tenant);
        assertThat(count("select count(*) from audit_events where tenant_id = ?", tenant))
                .isZero();
    }

    private List<String> occurredAt(String query) {
        Api.Reply page = api().get("/api/v1/audit?" + query).token(admin).send();
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<String> times = new ArrayList<>();
        page.json()
                .get("items")
                .forEach(item -> times.add(item.get("occurredAt").asString()));
        return times;
    }

    private static void event(
            UUID tenant, String at, UUID actor, String action, String type, UUID entity, String before, String after)
            throws SQLException {
        sql(
                "insert into audit_events (id, tenant_id, occurred_at, actor_id, actor_kind, service, action, entity_type,"
                        + " entity_id, before, after, request_id) values (?, ?, ?, ?, ?, 'finance-service', ?, ?, ?, ?::jsonb,"
                        + " ?::jsonb, ?)",
                UUID.randomUUID(),
                tenant,
                OffsetDateTime.parse(at),
                actor,
                actor == null ? "JOB" : "USER",
                action,
                type,
                entity,
                before,
                after,
                "req-" + at);
    }
}
