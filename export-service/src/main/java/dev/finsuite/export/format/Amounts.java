package dev.finsuite.export.format;

import java.math.BigDecimal;

/** Decimal text for exports: exact, never rounded, never in scientific notation. */
public final class Amounts {

    private Amounts() {}

    /**
     * Money with at least the currency's minor units ({@code 1234.5000} INR is {@code 1234.50}) and every
     * further digit it really has ({@code 0.1234} stays {@code 0.1234}): an export never loses a digit.
     */
    public static BigDecimal money(BigDecimal amount, int minorUnits) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return amount.setScale(Math.max(minorUnits, Math.max(stripped.scale(), 0)));
    }

    /** A decimal that is not money (quantity, price, rate): its significant digits only. */
    public static BigDecimal decimal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
