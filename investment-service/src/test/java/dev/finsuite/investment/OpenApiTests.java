package dev.finsuite.investment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document describes every investment endpoint, with examples for request bodies and key answers. */
class OpenApiTests extends InvestmentTest {

    @Test
    void everyEndpointIsDescribedWithExamples() {
        Api.Reply docs = api().get("/v3/api-docs").send();
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().get("paths");
        assertThat(paths.propertyNames())
                .contains(
                        "/api/v1/investments/accounts",
                        "/api/v1/investments/accounts/{id}",
                        "/api/v1/investments/assets",
                        "/api/v1/investments/assets/{id}",
                        "/api/v1/investments/assets/{id}/prices",
                        "/api/v1/investments/assets/{id}/prices/{date}",
                        "/api/v1/investments/assets/{assetId}/splits",
                        "/api/v1/investments/assets/{assetId}/splits/{splitId}",
                        "/api/v1/investments/activities",
                        "/api/v1/investments/activities/{id}",
                        "/api/v1/investments/import",
                        "/api/v1/portfolio/holdings",
                        "/api/v1/portfolio/realised-gains",
                        "/api/v1/portfolio/allocation",
                        "/api/v1/portfolio/dividends",
                        "/api/v1/portfolio/performance",
                        "/api/v1/portfolio/history",
                        "/api/v1/watchlist",
                        "/api/v1/watchlist/{id}",
                        "/api/v1/watchlist/{itemId}/alerts",
                        "/api/v1/watchlist/alerts/{alertId}",
                        "/api/v1/watchlist/alerts/events");
        JsonNode schemas = docs.json().at("/components/schemas");
        for (String schema : List.of(
                "NewAccount",
                "AccountPatch",
                "NewAsset",
                "AssetPatch",
                "PriceRequest",
                "NewSplit",
                "NewActivity",
                "ActivityPatch",
                "Holdings",
                "PerformanceView",
                "Report")) {
            assertThat(schemas.has(schema)).as(schema).isTrue();
            assertThat(schemas.get(schema).has("example"))
                    .as(schema + " has an example")
                    .isTrue();
        }
    }
}
