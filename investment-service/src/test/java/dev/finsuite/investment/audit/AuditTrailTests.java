package dev.finsuite.investment.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.AuditRows;
import dev.finsuite.common.testsupport.AuditRows.Row;
import dev.finsuite.common.testsupport.TestTokens;
import dev.finsuite.investment.LedgerFixtures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Investment activities leave an audit row in the transaction that records, changes or removes them. */
class AuditTrailTests extends LedgerFixtures {

    @Autowired
    DataSource dataSource;

    UUID tenant;
    UUID user;
    String token;
    String account;
    String apple;

    @BeforeEach
    void investor() throws Exception {
        tenant = newTenant();
        user = UUID.randomUUID();
        token = TestTokens.access(tenant, user, "MEMBER");
        account = account(token, "Main", "FIFO");
        apple = asset(token, "AAPL" + UUID.randomUUID().toString().substring(0, 4), "INR");
    }

    @Test
    void anActivityRecordedChangedAndDeletedLeavesWhoWhatBeforeAfterAndTheRequestId() throws Exception {
        Api.Reply created = api().post(
                        "/api/v1/investments/activities", activity(account, apple, "BUY", "2025-01-10", "10", "100.25"))
                .token(token)
                .header("X-Request-Id", "buy-1")
                .send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        UUID id = UUID.fromString(created.field("/id"));
        Api.Reply changed = api().patch("/api/v1/investments/activities/" + id, Map.of("quantity", "7"))
                .header("If-Match", "\"0\"")
                .header("X-Request-Id", "buy-2")
                .token(token)
                .send();
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(api().delete("/api/v1/investments/activities/" + id)
                        .header("If-Match", "\"1\"")
                        .header("X-Request-Id", "buy-3")
                        .token(token)
                        .send()
                        .status())
                .isEqualTo(204);

        List<Row> rows = AuditRows.of("investment_activity", id);
        assertThat(rows).extracting(Row::action).containsExactly("CREATE", "UPDATE", "DELETE");
        assertThat(rows).extracting(Row::requestId).containsExactly("buy-1", "buy-2", "buy-3");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.tenantId()).isEqualTo(tenant);
            assertThat(row.actorKind()).isEqualTo("USER");
            assertThat(row.actorId()).isEqualTo(user);
            assertThat(row.service()).isEqualTo("investment-service");
        });
        assertThat(rows.get(0).before()).isNull();
        assertThat(amount(rows.get(0).after(), "/terms/unitPrice")).isEqualByComparingTo("100.25");
        assertThat(amount(rows.get(0).after(), "/terms/quantity")).isEqualByComparingTo("10");
        assertThat(amount(rows.get(1).before(), "/terms/quantity")).isEqualByComparingTo("10");
        assertThat(amount(rows.get(1).after(), "/terms/quantity")).isEqualByComparingTo("7");
        assertThat(amount(rows.get(2).before(), "/terms/quantity")).isEqualByComparingTo("7");
        assertThat(rows.get(2).after()).isNull();
    }

    @Test
    void aSaleTheLedgerRefusesAfterItsAuditRowWasWrittenLeavesNoRow() throws Exception {
        record(token, activity(account, apple, "BUY", "2025-01-10", "10", "100"));
        Api.Reply tooMany = api().post(
                        "/api/v1/investments/activities", activity(account, apple, "SELL", "2025-02-01", "11", "100"))
                .token(token)
                .send();
        assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(422);

        assertThat(AuditRows.ofTenant(tenant))
                .filteredOn(row -> row.entityType().equals("investment_activity"))
                .extracting(row -> row.after().at("/terms/type").asString())
                .containsExactly("BUY");
    }

    @Test
    void theServicesRoleCanNeitherChangeNorRemoveAnAuditRow() throws Exception {
        record(token, activity(account, apple, "BUY", "2025-01-10", "10", "100"));
        AuditRows.assertUnchangeableThrough(dataSource);
        assertThat(AuditRows.ofTenant(tenant)).hasSize(1);
    }

    private static BigDecimal amount(JsonNode snapshot, String pointer) {
        return new BigDecimal(snapshot.at(pointer).asString());
    }
}
