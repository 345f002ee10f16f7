package dev.finsuite.market.quote;

import dev.finsuite.market.config.MarketProperties;
import dev.finsuite.market.config.ProviderHttp;
import dev.finsuite.market.config.ProviderJson;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Alpha Vantage {@code GLOBAL_QUOTE}, keyed. Every failure comes with HTTP 200: {@code Note} or
 * {@code Information} when throttled, {@code Error Message} for a bad call (a symbol it cannot take, unless it
 * names the apikey), and {@code {"Global Quote":{}}} for an unknown symbol. The last two are the symbol's
 * fault, so they are "unknown", never a failure that would open the key's breaker for every tenant sharing it. Prices are strings; London ({@code .LON}) prices are in pence. There is no currency
 * field, so it follows from the exchange suffix.
 */
@Component
class AlphaVantageQuotes implements QuoteProvider {

    private static final Map<String, String> SUFFIX_CURRENCY = Map.of(
            "LON", "GBX", "TRT", "CAD", "TRV", "CAD", "DEX", "EUR", "FRK", "EUR", "PAR", "EUR", "AMS", "EUR", "BSE",
            "INR", "NSE", "INR", "SHH", "CNY");

    private final ProviderHttp http;
    private final MarketProperties properties;
    private final Clock clock;

    AlphaVantageQuotes(ProviderHttp http, MarketProperties properties, Clock clock) {
        this.http = http;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "alphavantage";
    }

    @Override
    public boolean keyed() {
        return true;
    }

    @Override
    public Optional<ProviderQuote> fetch(String symbol, String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new ProviderFailed("No Alpha Vantage key: add one under provider keys or set ALPHAVANTAGE_API_KEY");
        }
        // Checked before the call: asking about a symbol that cannot be priced would only spend the key's quota.
        String currency = currencyOf(symbol)
                .orElseThrow(() ->
                        new SymbolNotPriceable("Alpha Vantage gives no currency and none follows from " + symbol));
        JsonNode body = ProviderJson.read(http.client(properties.quotes().alphavantageUrl())
                .get()
                .uri(uri -> uri.path("/query")
                        .queryParam("function", "GLOBAL_QUOTE")
                        .queryParam("symbol", symbol)
                        .queryParam("apikey", apiKey)
                        .build())
                .retrieve()
                .body(String.class));
        if (body != null
                && body.has("Error Message")
                && !body.path("Error Message")
                        .asString("")
                        .toLowerCase(Locale.ROOT)
                        .contains("apikey")) {
            return Optional.empty();
        }
        if (body == null
                || body.has("Note")
                || body.has("Information")
                || body.has("Error Message")
                || !body.path("Global Quote").isObject()) {
            throw new ProviderFailed("Alpha Vantage refused the call (throttled, bad key or bad request)");
        }
        JsonNode quote = body.path("Global Quote");
        if (quote.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal price;
        try {
            price = new BigDecimal(quote.path("05. price").asString().trim());
        } catch (RuntimeException e) {
            throw new ProviderFailed("Alpha Vantage price is not a number");
        }
        if (price.signum() <= 0) {
            throw new ProviderFailed("Alpha Vantage gave a price that is not positive");
        }
        if ("GBX".equals(currency)) {
            price = Pence.toPounds(price);
            currency = "GBP";
        }
        LocalDate day = LocalDate.parse(quote.path("07. latest trading day")
                .asString(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString()));
        return Optional.of(new ProviderQuote(
                symbol.toUpperCase(Locale.ROOT),
                price.stripTrailingZeros(),
                currency,
                day.atTime(LocalTime.MIDNIGHT).toInstant(ZoneOffset.UTC),
                name()));
    }

    /** A bare ticker is a US listing; a suffix must be one we know, never a guess. */
    static Optional<String> currencyOf(String symbol) {
        int dot = symbol.lastIndexOf('.');
        return dot < 0
                ? Optional.of("USD")
                : Optional.ofNullable(
                        SUFFIX_CURRENCY.get(symbol.substring(dot + 1).toUpperCase(Locale.ROOT)));
    }

    /** Fewer points than this in a compact answer means the symbol has no older history. */
    private static final int COMPACT_POINTS = 100;

    /**
     * {@code TIME_SERIES_DAILY}: newest first, every value a string, and the closes are <em>not</em>
     * split-adjusted (the adjusted series is a premium function), so the history says so and the response sets
     * {@code adjustedForSplits} to false: before a split, these closes are in the old share units. Compact (the
     * last 100 trading days) when that reaches back far enough, else full. Rate limits and quota come as HTTP 200
     * with {@code Note} or {@code Information} (whose text may carry the key, so it is never repeated); an
     * unknown symbol is an {@code Error Message}.
     */
    @Override
    public Optional<ProviderHistory> history(String symbol, LocalDate from, LocalDate today, String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new ProviderFailed("No Alpha Vantage key: add one under provider keys or set ALPHAVANTAGE_API_KEY");
        }
        boolean compact = !from.isBefore(today.minusDays(130));
        JsonNode body = ProviderJson.read(http.client(properties.quotes().alphavantageUrl())
                .get()
                .uri(uri -> uri.path("/query")
                        .queryParam("function", "TIME_SERIES_DAILY")
                        .queryParam("symbol", symbol)
                        .queryParam("outputsize", compact ? "compact" : "full")
                        .queryParam("apikey", apiKey)
                        .build())
                .retrieve()
                .body(String.class));
        if (body == null || !body.isObject()) {
            throw new ProviderFailed("Alpha Vantage answered with nothing readable");
        }
        if (body.has("Note") || body.has("Information")) {
            throw new ProviderFailed("Alpha Vantage rate limit or quota reached (Note/Information)");
        }
        if (body.has("Error Message")) {
            // The same field says "the parameter apikey is invalid or missing": that is our failure, not the symbol's.
            if (body.path("Error Message").asString("").toLowerCase(Locale.ROOT).contains("apikey")) {
                throw new ProviderFailed("Alpha Vantage refused the API key");
            }
            return Optional.empty();
        }
        JsonNode series = body.path("Time Series (Daily)");
        if (!series.isObject()) {
            throw new ProviderFailed("Alpha Vantage answered without a daily time series");
        }
        String currency = currencyOf(symbol)
                .orElseThrow(() ->
                        new SymbolNotPriceable("Alpha Vantage gives no currency and none follows from " + symbol));
        boolean pence = "GBX".equals(currency);
        List<ProviderHistory.DailyClose> closes = new ArrayList<>();
        LocalDate earliest = today;
        for (var entry : series.properties()) {
            LocalDate day;
            BigDecimal close;
            try {
                day = LocalDate.parse(entry.getKey());
                close = new BigDecimal(
                        entry.getValue().path("4. close").asString().trim());
            } catch (RuntimeException e) {
                throw new ProviderFailed("Alpha Vantage daily entry is not a date and a price");
            }
            earliest = day.isBefore(earliest) ? day : earliest;
            if (close.signum() > 0 && !day.isBefore(from) && !day.isAfter(today)) {
                closes.add(new ProviderHistory.DailyClose(day, pence ? Pence.toPounds(close) : close));
            }
        }
        closes.sort(Comparator.comparing(ProviderHistory.DailyClose::date));
        LocalDate coveredFrom = compact && series.size() >= COMPACT_POINTS && earliest.isAfter(from) ? earliest : from;
        return Optional.of(new ProviderHistory(pence ? "GBP" : currency, closes, coveredFrom, false));
    }
}
