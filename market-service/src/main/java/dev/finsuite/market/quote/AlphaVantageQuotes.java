package dev.finsuite.market.quote;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import dev.finsuite.market.config.MarketProperties;
import dev.finsuite.market.config.ProviderHttp;
import dev.finsuite.market.config.ProviderJson;

/**
 * Alpha Vantage {@code GLOBAL_QUOTE}, keyed. Every failure comes with HTTP 200: {@code Note} or
 * {@code Information} when throttled, {@code Error Message} for a bad call, and {@code {"Global Quote":{}}}
 * for an unknown symbol. Prices are strings; London ({@code .LON}) prices are in pence. There is no currency
 * field, so it follows from the exchange suffix.
 */
@Component
class AlphaVantageQuotes implements QuoteProvider {

    private static final Map<String, String> SUFFIX_CURRENCY = Map.of("LON", "GBX", "TRT", "CAD", "TRV", "CAD",
            "DEX", "EUR", "FRK", "EUR", "PAR", "EUR", "AMS", "EUR", "BSE", "INR", "NSE", "INR", "SHH", "CNY");

    private final ProviderHttp http;
    private final MarketProperties properties;

    AlphaVantageQuotes(ProviderHttp http, MarketProperties properties) {
        this.http = http;
        this.properties = properties;
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
        JsonNode body = ProviderJson.read(http.client(properties.quotes().alphavantageUrl()).get()
                .uri(uri -> uri.path("/query").queryParam("function", "GLOBAL_QUOTE").queryParam("symbol", symbol)
                        .queryParam("apikey", apiKey).build())
                .retrieve().body(String.class));
        if (body == null || body.has("Note") || body.has("Information") || body.has("Error Message")
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
        String currency = currencyOf(symbol)
                .orElseThrow(() -> new ProviderFailed("Alpha Vantage gives no currency and none follows from " + symbol));
        if ("GBX".equals(currency)) {
            price = Pence.toPounds(price);
            currency = "GBP";
        }
        LocalDate day = LocalDate.parse(quote.path("07. latest trading day").asString(LocalDate.now(ZoneOffset.UTC).toString()));
        return Optional.of(new ProviderQuote(symbol.toUpperCase(Locale.ROOT), price.stripTrailingZeros(), currency,
                day.atTime(LocalTime.MIDNIGHT).toInstant(ZoneOffset.UTC), name()));
    }

    /** A bare ticker is a US listing; a suffix must be one we know, never a guess. */
    static Optional<String> currencyOf(String symbol) {
        int dot = symbol.lastIndexOf('.');
        return dot < 0 ? Optional.of("USD")
                : Optional.ofNullable(SUFFIX_CURRENCY.get(symbol.substring(dot + 1).toUpperCase(Locale.ROOT)));
    }
}
