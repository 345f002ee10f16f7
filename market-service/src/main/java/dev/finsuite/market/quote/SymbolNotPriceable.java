package dev.finsuite.market.quote;

/**
 * The provider cannot price this symbol for a reason that lies in the symbol (no currency follows from it),
 * not in the provider's health: it answers like any provider failure (the last stored price, else 503) but is
 * never counted by the provider's circuit breaker, so one tenant's odd symbols cannot cut everyone off.
 */
class SymbolNotPriceable extends RuntimeException {
    SymbolNotPriceable(String message) {
        super(message);
    }
}
