package dev.finsuite.investment.market;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * market-service's quotes, for investment-service. Any failure (down, slow, unknown symbol, provider failing,
 * an answer that does not parse) is an empty answer, logged: a page that shows prices shows the others, and a job
 * moves on to the next symbol. MANUAL assets are never asked.
 */
@Component
public class MarketQuotes {

    private static final Logger log = LoggerFactory.getLogger(MarketQuotes.class);
    private final MarketCalls calls;
    private final RestClient market;

    MarketQuotes(MarketCalls calls) {
        this.calls = calls;
        this.market = calls.client();
    }

    /** The current caller (token and request id), to carry to another thread; see {@link MarketCalls.Caller}. */
    public MarketCalls.Caller currentCaller() {
        return calls.currentCaller();
    }

    /** The symbol's latest price, or empty when it cannot be had (or the source is MANUAL). */
    public Optional<Quote> latest(UUID tenantId, String symbol, DataSource source) {
        Optional<String> assetType = source.assetType();
        if (assetType.isEmpty() || symbol == null || symbol.isBlank()) {
            return Optional.empty();
        }
        try {
            Quote quote = market.get()
                    .uri(uri -> uri.path("/api/v1/quotes/{symbol}")
                            .queryParam("assetType", assetType.get())
                            .build(symbol))
                    .headers(headers -> calls.identify(headers, tenantId))
                    .retrieve()
                    .body(Quote.class);
            if (quote == null || quote.price() == null) {
                log.warn("No quote for {} ({}) from market-service: an empty answer", symbol, source);
                return Optional.empty();
            }
            return Optional.of(quote);
        } catch (RestClientException | IllegalStateException | IllegalArgumentException unavailable) {
            log.warn("No quote for {} ({}) from market-service: {}", symbol, source, unavailable.toString());
            return Optional.empty();
        }
    }

    /** Daily closes from {@code from} to {@code to} (and up to 7 days before), or empty when they cannot be had. */
    public Optional<History> history(UUID tenantId, String symbol, DataSource source, LocalDate from, LocalDate to) {
        Optional<String> assetType = source.assetType();
        if (assetType.isEmpty() || symbol == null || symbol.isBlank()) {
            return Optional.empty();
        }
        try {
            History history = market.get()
                    .uri(uri -> uri.path("/api/v1/quotes/{symbol}/history")
                            .queryParam("assetType", assetType.get())
                            .queryParam("from", from)
                            .queryParam("to", to)
                            .build(symbol))
                    .headers(headers -> calls.identify(headers, tenantId))
                    .retrieve()
                    .body(History.class);
            return Optional.ofNullable(history);
        } catch (RestClientException | IllegalStateException | IllegalArgumentException unavailable) {
            log.warn(
                    "No history for {} ({}) {}..{} from market-service: {}",
                    symbol,
                    source,
                    from,
                    to,
                    unavailable.toString());
            return Optional.empty();
        }
    }
}
