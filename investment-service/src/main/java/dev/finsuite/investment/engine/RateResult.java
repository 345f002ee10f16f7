package dev.finsuite.investment.engine;

import java.math.BigDecimal;

/**
 * A rate of return as a fraction (0.05 = 5%), or {@code rate == null} with a {@code reason} saying why there is
 * none. Never zero for "no answer".
 */
public record RateResult(BigDecimal rate, String reason) {

    public static RateResult of(BigDecimal rate) {
        return new RateResult(rate, null);
    }

    public static RateResult none(String reason) {
        return new RateResult(null, reason);
    }

    public boolean solved() {
        return rate != null;
    }
}
