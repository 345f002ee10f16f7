package dev.finsuite.market.quote;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import dev.finsuite.market.config.MarketProperties;
import dev.finsuite.market.config.ProviderHttp;
import dev.finsuite.market.config.ProviderJson;

/**
 * CoinGecko's simple price, in US dollars. CoinGecko names coins by id ({@code bitcoin}), not ticker; the
 * common tickers are mapped, anything else is taken as an id. An unknown id is simply absent from the answer.
 */
@Component
class CoinGeckoQuotes implements QuoteProvider {

    private static final Map<String, String> IDS = Map.of("BTC", "bitcoin", "ETH", "ethereum", "SOL", "solana",
            "ADA", "cardano", "XRP", "ripple", "DOGE", "dogecoin", "LTC", "litecoin", "DOT", "polkadot",
            "USDT", "tether", "USDC", "usd-coin");

    private final ProviderHttp http;
    private final MarketProperties properties;

    CoinGeckoQuotes(ProviderHttp http, MarketProperties properties) {
        this.http = http;
        this.properties = properties;
    }

    @Override
    public String name() {
        return "coingecko";
    }

    @Override
    public Optional<ProviderQuote> fetch(String symbol, String apiKey) {
        String id = IDS.getOrDefault(symbol.toUpperCase(Locale.ROOT), symbol.toLowerCase(Locale.ROOT));
        JsonNode body = ProviderJson.read(http.client(properties.quotes().coingeckoUrl()).get()
                .uri(uri -> uri.path("/api/v3/simple/price").queryParam("ids", id).queryParam("vs_currencies", "usd")
                        .queryParam("include_last_updated_at", "true").queryParam("precision", "full").build())
                .retrieve().body(String.class));
        if (body == null || !body.isObject() || body.has("status")) {
            throw new ProviderFailed("CoinGecko answered with an error or nothing");
        }
        JsonNode coin = body.path(id);
        if (coin.isMissingNode()) {
            return Optional.empty();
        }
        if (!coin.path("usd").isNumber() || coin.path("usd").decimalValue().signum() <= 0) {
            throw new ProviderFailed("CoinGecko answered without a USD price for " + id);
        }
        Instant asOf = coin.path("last_updated_at").isNumber()
                ? Instant.ofEpochSecond(coin.path("last_updated_at").asLong())
                : Instant.now();
        return Optional.of(new ProviderQuote(symbol.toUpperCase(Locale.ROOT), coin.path("usd").decimalValue(), "USD",
                asOf, name()));
    }
}
