package dev.finsuite.investment.market;

import java.math.BigDecimal;
import java.time.Instant;

/** market-service's latest price of a symbol; {@code stale} when it is an older stored price, the provider failing. */
public record Quote(String symbol, BigDecimal price, String currency, Instant asOf, String source, boolean stale) {}
