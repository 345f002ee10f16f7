package dev.finsuite.common.conversion;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A conversion as the conventions show it: {@code status} CONVERTED, or PENDING while no rate could be had (the
 * other fields but the base currency are then null).
 */
public record ConversionView(
        String status, String baseCurrency, BigDecimal baseAmount, BigDecimal rate, LocalDate rateDate, String source) {

    public static ConversionView of(Conversion conversion, BigDecimal shownBaseAmount) {
        return new ConversionView(
                conversion.isPending() ? "PENDING" : "CONVERTED",
                conversion.baseCurrency(),
                shownBaseAmount,
                conversion.rate(),
                conversion.rateDate(),
                conversion.source());
    }
}
