package dev.finsuite.investment.market;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Daily exchange rates between two currencies from market-service ({@code GET /api/v1/exchange-rates}, cross rates
 * included), for valuing a portfolio day by day. Any failure is an empty answer: the figures that need it are then
 * unknown, never computed at a rate of 1.
 */
@Component
public class ExchangeRateHistory {

    private static final Logger log = LoggerFactory.getLogger(ExchangeRateHistory.class);
    private static final int PAGE = 200;
    /** 130 years of business days is far below this; a page loop can never run away. */
    private static final int MAX_PAGES = 200;

    private final MarketCalls calls;
    private final RestClient market;

    ExchangeRateHistory(MarketCalls calls) {
        this.calls = calls;
        this.market = calls.client();
    }

    /** 1 {@code from} in {@code to} on each day market-service has a rate for, oldest first. */
    public Optional<NavigableMap<LocalDate, BigDecimal>> daily(
            UUID tenantId, String from, String to, LocalDate start, LocalDate end) {
        NavigableMap<LocalDate, BigDecimal> series = new TreeMap<>();
        try {
            for (int page = 0; page < MAX_PAGES; page++) {
                int number = page;
                RatePage answer = market.get()
                        .uri(uri -> uri.path("/api/v1/exchange-rates")
                                .queryParam("base", from)
                                .queryParam("quote", to)
                                .queryParam("from", start)
                                .queryParam("to", end)
                                .queryParam("page", number)
                                .queryParam("size", PAGE)
                                .build())
                        .headers(headers -> calls.identify(headers, tenantId))
                        .retrieve()
                        .body(RatePage.class);
                if (answer == null || answer.items() == null) {
                    return Optional.empty();
                }
                answer.items().stream()
                        .filter(r -> r.rate() != null && r.rateDate() != null)
                        .forEach(r -> series.put(r.rateDate(), r.rate()));
                if (page + 1 >= answer.totalPages()) {
                    return Optional.of(series);
                }
            }
            return Optional.of(series);
        } catch (RestClientException | IllegalStateException | IllegalArgumentException unavailable) {
            log.warn("No {}->{} rates {}..{} from market-service: {}", from, to, start, end, unavailable.toString());
            return Optional.empty();
        }
    }

    record RatePage(List<RateRow> items, int totalPages) {}

    record RateRow(BigDecimal rate, LocalDate rateDate) {}
}
