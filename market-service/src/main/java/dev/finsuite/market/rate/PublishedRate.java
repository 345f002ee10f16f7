package dev.finsuite.market.rate;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One rate as a provider published it: 1 {@code base} = {@code rate} {@code quote} on {@code date}. */
public record PublishedRate(String base, String quote, BigDecimal rate, LocalDate date, String source) {

    public PublishedRate {
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("A rate must be positive: " + base + "/" + quote + " " + rate);
        }
        // 0.84770 and 0.8477 are one rate: store it one way.
        rate = rate.stripTrailingZeros();
    }
}
