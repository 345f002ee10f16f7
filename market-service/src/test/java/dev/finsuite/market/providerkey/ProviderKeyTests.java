package dev.finsuite.market.providerkey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.TestTokens;
import dev.finsuite.market.MarketTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class ProviderKeyTests extends MarketTest {

    private static final String KEY = "TENANTSECRETKEY-7f3a9c";
    private UUID tenant;
    private String admin;

    @BeforeEach
    void tenantAndProvider() throws Exception {
        providers.serve("/alphavantage/query", "quotes/alphavantage-global-quote.sample.json");
        tenant = newTenant();
        admin = TestTokens.access(tenant, "ADMIN");
    }

    @Test
    void aKeyIsStoredEncryptedShownMaskedAndUsedForItsTenant(CapturedOutput output) throws Exception {
        Api.Reply stored = api().post("/api/v1/provider-keys", Map.of("provider", "alphavantage", "apiKey", KEY))
                .token(admin)
                .send();

        assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
        assertThat(stored.field("/maskedKey"))
                .isEqualTo("****9c".replace("****9c", "****" + KEY.substring(KEY.length() - 4)));
        assertThat(stored.text()).doesNotContain(KEY);
        assertThat(count("select count(*) from provider_keys where tenant_id = '" + tenant
                        + "' and ciphertext like 'v1:%'" + " and position('" + KEY + "' in ciphertext) = 0"))
                .isEqualTo(1);

        Api.Reply listed = api().get("/api/v1/provider-keys").token(admin).send();
        assertThat(listed.text()).doesNotContain(KEY).contains("****");

        assertThat(api().get("/api/v1/quotes/MSFT?assetType=FUND")
                        .token(admin)
                        .send()
                        .status())
                .isEqualTo(200);
        assertThat(providers.requests().get(providers.requests().size() - 1)).contains("apikey=" + KEY);
        assertThat(output.getAll()).doesNotContain(KEY);
    }

    @Test
    void rotationReplacesTheKeyInPlace() {
        Api.Reply first = api().post("/api/v1/provider-keys", Map.of("provider", "alphavantage", "apiKey", KEY))
                .token(admin)
                .send();
        Api.Reply second = api().post(
                        "/api/v1/provider-keys", Map.of("provider", "alphavantage", "apiKey", "ROTATED-KEY-0001"))
                .token(admin)
                .send();

        assertThat(second.field("/id")).isEqualTo(first.field("/id"));
        assertThat(second.field("/maskedKey")).isEqualTo("****0001");
        assertThat(api().get("/api/v1/provider-keys").token(admin).send().json())
                .hasSize(1);
        api().get("/api/v1/quotes/IBM?assetType=FUND").token(admin).send();
        assertThat(providers.requests().get(providers.requests().size() - 1)).contains("apikey=ROTATED-KEY-0001");
    }

    @Test
    void anotherTenantNeitherSeesNorUsesNorDeletesTheKey() throws Exception {
        Api.Reply stored = api().post("/api/v1/provider-keys", Map.of("provider", "alphavantage", "apiKey", KEY))
                .token(admin)
                .send();
        String other = TestTokens.access(newTenant(), "ADMIN");

        assertThat(api().get("/api/v1/provider-keys").token(other).send().json())
                .isEmpty();
        assertThat(api().delete("/api/v1/provider-keys/" + stored.field("/id"))
                        .token(other)
                        .send()
                        .status())
                .isEqualTo(404);
        api().get("/api/v1/quotes/ORCL?assetType=FUND").token(other).send();
        assertThat(providers.requests().get(providers.requests().size() - 1)).contains("apikey=operator-env-key");
        assertThat(api().delete("/api/v1/provider-keys/" + stored.field("/id"))
                        .token(admin)
                        .send()
                        .status())
                .isEqualTo(204);
    }

    @Test
    void onlyAdminsManageKeysAndBadKeysAreProblems() throws Exception {
        String member = TestTokens.access(tenant, "MEMBER");
        assertThat(api().get("/api/v1/provider-keys").token(member).send().status())
                .isEqualTo(403);
        assertThat(api().post("/api/v1/provider-keys", Map.of("provider", "alphavantage", "apiKey", KEY))
                        .token(member)
                        .send()
                        .status())
                .isEqualTo(403);
        for (Map<String, Object> body : java.util.List.<Map<String, Object>>of(
                Map.of("provider", "someprovider", "apiKey", KEY),
                Map.of("provider", "alphavantage", "apiKey", "short"),
                Map.of("provider", "alphavantage", "apiKey", "has spaces in it"),
                Map.of("provider", "alphavantage"))) {
            assertThat(api().post("/api/v1/provider-keys", body)
                            .token(admin)
                            .send()
                            .status())
                    .as(body.toString())
                    .isEqualTo(400);
        }
        assertThat(count("select count(*) from provider_keys where tenant_id = '" + tenant + "'"))
                .isZero();
    }
}
