package dev.finsuite.investment.watchlist;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.finsuite.investment.market.DataSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** What the watchlist endpoints answer. */
final class WatchlistViews {

    private WatchlistViews() {}

    /**
     * A watched symbol with its latest quote and day change. {@code quote} and {@code dayChange} are always
     * present, null when unknown, with {@code quoteReason} / {@code dayChangeReason} saying why
     * ({@code quote_unavailable}, {@code quote_timeout}, {@code history_unavailable}, {@code no_previous_close},
     * {@code currency_mismatch}).
     */
    record ItemView(
            UUID id,
            String symbol,
            DataSource dataSource,
            String note,
            JsonNode metadata,
            @JsonInclude(JsonInclude.Include.ALWAYS) WatchlistPrices.QuoteView quote,
            String quoteReason,
            @JsonInclude(JsonInclude.Include.ALWAYS) WatchlistPrices.DayChange dayChange,
            String dayChangeReason,
            Instant createdAt,
            Instant updatedAt,
            long version) {

        static ItemView of(WatchItem item, JsonNode metadata, WatchlistPrices.Priced priced) {
            return new ItemView(
                    item.getId(),
                    item.getSymbol(),
                    item.getDataSource(),
                    item.getNote(),
                    metadata,
                    priced.quote(),
                    priced.quoteReason(),
                    priced.dayChange(),
                    priced.dayChangeReason(),
                    item.getCreatedAt(),
                    item.getUpdatedAt(),
                    item.getVersion());
        }
    }

    record AlertView(
            UUID id,
            UUID itemId,
            AlertCondition condition,
            BigDecimal threshold,
            AlertState state,
            BigDecimal triggeredPrice,
            Instant triggeredAt,
            Instant createdAt,
            Instant updatedAt,
            long version) {

        static AlertView of(PriceAlert alert) {
            return new AlertView(
                    alert.getId(),
                    alert.getItemId(),
                    alert.getCondition(),
                    alert.getThreshold().stripTrailingZeros(),
                    alert.getState(),
                    alert.getTriggeredPrice() == null
                            ? null
                            : alert.getTriggeredPrice().stripTrailingZeros(),
                    alert.getTriggeredAt(),
                    alert.getCreatedAt(),
                    alert.getUpdatedAt(),
                    alert.getVersion());
        }
    }

    record EventView(
            UUID id,
            UUID alertId,
            UUID itemId,
            String symbol,
            DataSource dataSource,
            AlertCondition condition,
            BigDecimal threshold,
            BigDecimal price,
            String currency,
            BigDecimal referencePrice,
            Instant firedAt) {

        static EventView of(AlertEvent event) {
            return new EventView(
                    event.getId(),
                    event.getAlertId(),
                    event.getItemId(),
                    event.getSymbol(),
                    event.getDataSource(),
                    event.getCondition(),
                    plain(event.getThreshold()),
                    plain(event.getPrice()),
                    event.getCurrency(),
                    plain(event.getReferencePrice()),
                    event.getFiredAt());
        }

        private static BigDecimal plain(BigDecimal value) {
            return value == null ? null : value.stripTrailingZeros();
        }
    }
}
