package dev.finsuite.emi.loan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.TestTokens;
import dev.finsuite.emi.EmiTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An attacker holding another tenant's valid token sees a 404 for every one of A's loans, on every method. */
class TenantIsolationTests extends EmiTest {

    private String owner;
    private String attacker;
    private String loan;
    private String payment;
    private String prepayment;
    private String rateChange;

    @BeforeEach
    void twoTenants() throws Exception {
        owner = TestTokens.access(newTenant(), "MEMBER");
        attacker = TestTokens.access(newTenant(), "OWNER");
        loan = createLoan(owner, shortLoan());
        payment = api().post("/api/v1/emis/" + loan + "/payments", Map.of("amount", "100", "paidOn", "2025-01-05"))
                .token(owner)
                .send()
                .field("/id");
        prepayment = api().post(
                        "/api/v1/emis/" + loan + "/prepayments",
                        Map.of("amount", "1000", "date", "2025-01-20", "strategy", "REDUCE_EMI"))
                .token(owner)
                .send()
                .field("/id");
        rateChange = api().post(
                        "/api/v1/emis/" + loan + "/rate-changes",
                        Map.of("annualRate", "9", "effectiveFrom", "2025-06-01", "strategy", "REDUCE_EMI"))
                .token(owner)
                .send()
                .field("/id");
    }

    @Test
    void everyMethodOnAnotherTenantsLoanIs404AndChangesNothing() throws Exception {
        String base = "/api/v1/emis/" + loan;
        Map<String, Object> pay = Map.of("amount", "100", "paidOn", "2025-01-05");
        Map<String, Object> prepay = Map.of("amount", "100", "date", "2025-01-06", "strategy", "REDUCE_EMI");
        Api.Call[] calls = {
            api().get(base),
            api().patch(base, Map.of("name", "Mine now")),
            api().delete(base),
            api().get(base + "/schedule"),
            api().get(base + "/payments"),
            api().post(base + "/payments", pay),
            api().post(base + "/payments", pay).header("Idempotency-Key", "attack"),
            api().get(base + "/payments/" + payment),
            api().delete(base + "/payments/" + payment),
            api().get(base + "/prepayments/" + prepayment),
            api().get(base + "/rate-changes/" + rateChange),
            api().get(base + "/prepayments"),
            api().post(base + "/prepayments", prepay),
            api().get(base + "/rate-changes"),
            api().post(
                            base + "/rate-changes",
                            Map.of("annualRate", "1", "effectiveFrom", "2025-06-01", "strategy", "REDUCE_EMI")),
            api().post(
                            base + "/what-if",
                            Map.of("prepaymentAmount", "100", "date", "2025-06-01", "strategy", "REDUCE_EMI")),
            api().get(base + "/documents")
        };
        for (Api.Call call : calls) {
            Api.Reply reply = call.token(attacker).send();
            assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
            assertThat(reply.field("/code")).isEqualTo("not_found");
        }

        Api.Reply intact = api().get(base).token(owner).send();
        assertThat(intact.field("/name")).isEqualTo("Scooter");
        assertThat(intact.field("/version")).isEqualTo("0");
        assertThat(rows("emi_payments", loan)).isEqualTo(1);
        assertThat(rows("emi_prepayments", loan)).isEqualTo(1);
        assertThat(rows("emi_rate_changes", loan)).isEqualTo(1);
        assertThat(api().get(base + "/payments/" + payment).token(owner).send().status())
                .isEqualTo(200);
    }

    @Test
    void malformedIdsAreProblems400() {
        for (String path : new String[] {
            "/api/v1/emis/not-a-uuid",
            "/api/v1/emis/" + loan + "/payments/42",
            "/api/v1/emis/" + loan + "/prepayments/x",
            "/api/v1/emis/" + loan + "/rate-changes/x",
            "/api/v1/emis/" + loan + "/documents/x"
        }) {
            Api.Reply reply = api().get(path).token(owner).send();
            assertThat(reply.status()).as(path).isEqualTo(400);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @Test
    void listsAndSummariesNeverShowAnotherTenantsLoans() {
        Api.Reply list = api().get("/api/v1/emis").token(attacker).send();
        assertThat(list.field("/totalItems")).isEqualTo("0");
        Api.Reply summary = api().get("/api/v1/emis/summary").token(attacker).send();
        assertThat(summary.json().at("/currencies").size()).isZero();
        assertThat(api().get("/api/v1/emis").token(owner).send().field("/totalItems"))
                .isEqualTo("1");
    }

    @Test
    void aTenantIdInTheBodyIsIgnored() throws Exception {
        Map<String, Object> body = shortLoan();
        body.put("tenantId", java.util.UUID.randomUUID().toString());
        String id = createLoan(attacker, body);

        assertThat(api().get("/api/v1/emis/" + id).token(attacker).send().status())
                .isEqualTo(200);
        assertThat(api().get("/api/v1/emis/" + id).token(owner).send().status()).isEqualTo(404);
    }
}
