package dev.finsuite.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.ApiTokenRows;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Personal API tokens reach finance-service like access tokens, within their scopes and their household: a script
 * with a read token reads the expenses and writes none; one of another household sees none of them.
 */
class ApiTokenTests extends FinanceTest {

    @Test
    void aReadTokenListsTheHouseholdsExpensesAndCannotAddOne() throws Exception {
        MARKET.up();
        UUID tenant = newTenant("INR");
        Api.Reply added = api().post("/api/v1/expenses", expense("120.00", "INR", "2026-11-02"))
                .token(member(tenant))
                .send();
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String read = ApiTokenRows.issue(tenant, "MEMBER", "read");

        Api.Reply listed = api().get("/api/v1/expenses").token(read).send();
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.json().at("/items/0/id").asString()).isEqualTo(added.field("/id"));

        Api.Reply write = api().post("/api/v1/expenses", expense("5.00", "INR", "2026-11-03"))
                .token(read)
                .send();
        assertThat(write.status()).as(write.toString()).isEqualTo(403);
        assertThat(write.field("/code")).isEqualTo("insufficient_scope");
        assertThat(count("select count(*) from finance_entries where tenant_id = '" + tenant + "'"))
                .isEqualTo(1);
    }

    @Test
    void aWriteTokenWritesWithinItsOwnersRoleAndHouseholdOnly() throws Exception {
        MARKET.up();
        UUID tenant = newTenant("INR");
        UUID other = newTenant("INR");
        String victimsExpense = api().post("/api/v1/expenses", expense("99.00", "INR", "2026-11-02"))
                .token(member(other))
                .send()
                .field("/id");
        String write = ApiTokenRows.issue(tenant, "MEMBER", "read", "write");
        String viewers = ApiTokenRows.issue(tenant, "VIEWER", "read", "write");

        assertThat(api().post("/api/v1/expenses", expense("7.50", "INR", "2026-11-03"))
                        .token(write)
                        .send()
                        .status())
                .isEqualTo(201);
        assertThat(api().post("/api/v1/expenses", expense("7.50", "INR", "2026-11-03"))
                        .token(viewers)
                        .send()
                        .status())
                .as("a VIEWER's token writes nothing, whatever its scopes")
                .isEqualTo(403);
        assertThat(api().get("/api/v1/expenses/" + victimsExpense)
                        .token(write)
                        .send()
                        .status())
                .as("another household's expense")
                .isEqualTo(404);
    }
}
