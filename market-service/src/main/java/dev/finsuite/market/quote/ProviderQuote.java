package dev.finsuite.market.quote;

import java.math.BigDecimal;
import java.time.Instant;

/** A price as a provider gave it, already in a real currency (pence turned into pounds). */
public record ProviderQuote(String symbol, BigDecimal price, String currency, Instant asOf, String source) {}
