package dev.finsuite.market.rate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.TestTokens;
import dev.finsuite.market.MarketTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantRateTests extends MarketTest {

    private UUID tenantA;
    private String adminA;
    private String memberA;
    private String adminB;

    @BeforeEach
    void ratesAndTenants() throws Exception {
        imports.importEcb();
        imports.importEcb();
        tenantA = newTenant();
        adminA = TestTokens.access(tenantA, "ADMIN");
        memberA = TestTokens.access(tenantA, "MEMBER");
        adminB = TestTokens.access(newTenant(), "ADMIN");
    }

    @Test
    void aTenantsOwnRateWinsForThatTenantOnly() {
        Api.Reply recorded = api().post(
                        "/api/v1/exchange-rates",
                        Map.of("base", "USD", "quote", "INR", "rate", "90.5", "rateDate", "2025-05-09"))
                .token(adminA)
                .send();
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.header("Location")).startsWith("/api/v1/exchange-rates/custom/");

        Api.Reply mine = convert(memberA, "USD", "INR");
        Api.Reply inverse = convert(memberA, "INR", "USD");
        Api.Reply theirs = convert(adminB, "USD", "INR");

        assertThat(mine.field("/source")).isEqualTo("TENANT");
        assertThat(mine.field("/convertedAmount")).isEqualTo("9050.00");
        assertThat(inverse.field("/source")).isEqualTo("TENANT");
        assertThat(inverse.field("/convertedAmount")).isEqualTo("1.10");
        assertThat(theirs.field("/source")).isEqualTo("ECB");
        assertThat(api().get("/api/v1/exchange-rates/custom")
                        .token(adminB)
                        .send()
                        .json()
                        .at("/totalItems")
                        .asInt())
                .isZero();
    }

    @Test
    void anotherTenantCannotDeleteMyRateAndDeletingRestoresTheProvider() {
        Api.Reply recorded = api().post(
                        "/api/v1/exchange-rates",
                        Map.of("base", "USD", "quote", "INR", "rate", 90, "rateDate", "2025-05-09"))
                .token(adminA)
                .send();
        String path = recorded.header("Location");

        assertThat(api().get(path).token(adminB).send().status()).isEqualTo(404);
        assertThat(api().get(path).token(memberA).send().field("/rate")).isEqualTo("90");
        assertThat(api().delete(path).token(adminB).send().status()).isEqualTo(404);
        assertThat(convert(memberA, "USD", "INR").field("/source")).isEqualTo("TENANT");
        Api.Reply deleted = api().delete(path).token(adminA).send();
        assertThat(deleted.status()).as(deleted + " " + recorded).isEqualTo(204);
        assertThat(convert(memberA, "USD", "INR").field("/source")).isEqualTo("ECB");
    }

    @Test
    void onlyAdminsRecordRatesAndTwiceIsAConflict() {
        Map<String, Object> body = Map.of("base", "EUR", "quote", "USD", "rate", "1.2", "rateDate", "2025-05-08");
        assertThat(api().post("/api/v1/exchange-rates", body)
                        .token(memberA)
                        .send()
                        .status())
                .isEqualTo(403);
        assertThat(api().post("/api/v1/exchange-rates", body)
                        .token(adminA)
                        .send()
                        .status())
                .isEqualTo(201);
        assertThat(api().post("/api/v1/exchange-rates", body)
                        .token(adminA)
                        .send()
                        .status())
                .isEqualTo(409);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"base\":\"USD\",\"quote\":\"INR\",\"rate\":0,\"rateDate\":\"2025-05-09\"}",
                "{\"base\":\"USD\",\"quote\":\"INR\",\"rate\":-3,\"rateDate\":\"2025-05-09\"}",
                "{\"base\":\"USD\",\"quote\":\"INR\",\"rate\":\"abc\",\"rateDate\":\"2025-05-09\"}",
                "{\"base\":\"USD\",\"quote\":\"USD\",\"rate\":1,\"rateDate\":\"2025-05-09\"}",
                "{\"base\":\"XYZ\",\"quote\":\"USD\",\"rate\":1,\"rateDate\":\"2025-05-09\"}",
                "{\"base\":\"USD\",\"quote\":\"INR\",\"rate\":1,\"rateDate\":\"2999-01-01\"}",
                "{\"base\":\"USD\",\"quote\":\"INR\",\"rate\":1,\"rateDate\":\"yesterday\"}",
                "{\"base\":\"USD\",\"quote\":\"INR\",\"rate\":1,\"rateDate\":\"0000-01-01\"}",
                "{\"base\":\"USD\",\"quote\":\"INR\",\"rate\":1,\"rateDate\":\"-999999999-01-01\"}",
                "{\"base\":\"USD\",\"quote\":\"INR\"}"
            })
    void badRatesAreProblemsAndWriteNothing(String body) throws Exception {
        Api.Reply reply =
                api().post("/api/v1/exchange-rates", body).token(adminA).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.field("/code")).isEqualTo("validation_failed");
        assertThat(count("select count(*) from tenant_exchange_rates where tenant_id = '" + tenantA + "'"))
                .isZero();
    }

    private Api.Reply convert(String token, String from, String to) {
        return api().get("/api/v1/conversions?from=" + from + "&to=" + to + "&amount=100&date=2025-05-09")
                .token(token)
                .send();
    }
}
