package dev.finsuite.common.conversion;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An amount in the tenant's base currency and how it was obtained. Pending (amount, rate, date and source
 * null) when no rate could be had; a scheduled job completes it later.
 */
public record Conversion(
        String baseCurrency, BigDecimal baseAmount, BigDecimal rate, LocalDate rateDate, String source) {

    public static Conversion pending(String baseCurrency) {
        return new Conversion(baseCurrency, null, null, null, null);
    }

    public boolean isPending() {
        return baseAmount == null;
    }
}
