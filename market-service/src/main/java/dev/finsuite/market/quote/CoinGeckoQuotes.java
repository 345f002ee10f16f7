package dev.finsuite.market.quote;

import dev.finsuite.market.config.MarketProperties;
import dev.finsuite.market.config.ProviderHttp;
import dev.finsuite.market.config.ProviderJson;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * CoinGecko's simple price, in US dollars. CoinGecko names coins by id ({@code bitcoin}), not ticker; the
 * common tickers are mapped, anything else is taken as an id. An unknown id is simply absent from the answer.
 */
@Component
class CoinGeckoQuotes implements QuoteProvider {

    private static final Map<String, String> IDS = Map.of(
            "BTC",
            "bitcoin",
            "ETH",
            "ethereum",
            "SOL",
            "solana",
            "ADA",
            "cardano",
            "XRP",
            "ripple",
            "DOGE",
            "dogecoin",
            "LTC",
            "litecoin",
            "DOT",
            "polkadot",
            "USDT",
            "tether",
            "USDC",
            "usd-coin");

    private final ProviderHttp http;
    private final MarketProperties properties;
    private final Clock clock;

    CoinGeckoQuotes(ProviderHttp http, MarketProperties properties, Clock clock) {
        this.http = http;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "coingecko";
    }

    @Override
    public Optional<ProviderQuote> fetch(String symbol, String apiKey) {
        String id = idOf(symbol);
        JsonNode body = ProviderJson.read(http.client(properties.quotes().coingeckoUrl())
                .get()
                .uri(uri -> uri.path("/api/v3/simple/price")
                        .queryParam("ids", id)
                        .queryParam("vs_currencies", "usd")
                        .queryParam("include_last_updated_at", "true")
                        .queryParam("precision", "full")
                        .build())
                .retrieve()
                .body(String.class));
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
                : clock.instant();
        return Optional.of(new ProviderQuote(
                symbol.toUpperCase(Locale.ROOT), coin.path("usd").decimalValue(), "USD", asOf, name()));
    }

    /**
     * {@code market_chart}: {@code prices} as {@code [epoch ms, number]} pairs, numbers sometimes in exponent
     * notation (read exactly, as BigDecimal). Granularity follows {@code days}: hourly up to 90 days, daily at
     * 00:00 UTC beyond; the last point is "now". One close per UTC day is kept, the day's last point, so today's
     * close is the latest price until the day ends. Coins have no splits: closes are always in today's units.
     * An unknown coin is HTTP 404 {@code {"error":"coin not found"}}.
     */
    @Override
    public Optional<ProviderHistory> history(String symbol, LocalDate from, LocalDate today, String apiKey) {
        String id = idOf(symbol);
        long days = Math.max(1, ChronoUnit.DAYS.between(from, today) + 1);
        Answer answer = http.client(properties.quotes().coingeckoUrl())
                .get()
                .uri(uri -> uri.path("/api/v3/coins/{id}/market_chart")
                        .queryParam("vs_currency", "usd")
                        .queryParam("days", days)
                        .build(id))
                .exchange(
                        (request, response) ->
                                new Answer(response.getStatusCode().value(), response.bodyTo(String.class)),
                        true);
        JsonNode body = ProviderJson.read(answer.body());
        if (answer.status() == 404
                && body != null
                && body.path("error").asString("").toLowerCase(Locale.ROOT).contains("not found")) {
            return Optional.empty();
        }
        if (answer.status() / 100 != 2 || body == null || !body.path("prices").isArray()) {
            throw new ProviderFailed("CoinGecko answered HTTP " + answer.status() + " without prices");
        }
        TreeMap<LocalDate, Long> lastPointOfDay = new TreeMap<>();
        TreeMap<LocalDate, BigDecimal> closes = new TreeMap<>();
        for (JsonNode point : body.path("prices")) {
            if (!point.isArray()
                    || point.size() < 2
                    || !point.get(0).isNumber()
                    || !point.get(1).isNumber()) {
                continue;
            }
            long millis = point.get(0).asLong();
            BigDecimal price = new BigDecimal(point.get(1).asString());
            LocalDate day = Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).toLocalDate();
            if (price.signum() <= 0
                    || day.isBefore(from)
                    || day.isAfter(today)
                    || lastPointOfDay.getOrDefault(day, Long.MIN_VALUE) > millis) {
                continue;
            }
            lastPointOfDay.put(day, millis);
            closes.put(day, price);
        }
        List<ProviderHistory.DailyClose> daily = new ArrayList<>();
        closes.forEach((day, close) -> daily.add(new ProviderHistory.DailyClose(day, close)));
        return Optional.of(new ProviderHistory("USD", daily, from, true));
    }

    private record Answer(int status, String body) {}

    /** CoinGecko names coins by id; the common tickers are mapped, anything else is taken as an id. */
    static String idOf(String symbol) {
        return IDS.getOrDefault(symbol.toUpperCase(Locale.ROOT), symbol.toLowerCase(Locale.ROOT));
    }
}
