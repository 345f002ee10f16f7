package dev.finsuite.investment.portfolio;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An asset's price per today's unit, in its currency, with where and when it came from; or no price, with the
 * reason. {@code stale} marks a price older than a week or one market-service kept while its provider failed.
 */
record PriceFix(BigDecimal value, LocalDate date, Instant asOf, String source, boolean stale, String unknownBecause) {

    static PriceFix unknown(String reason) {
        return new PriceFix(null, null, null, null, false, reason);
    }

    boolean known() {
        return value != null;
    }
}
