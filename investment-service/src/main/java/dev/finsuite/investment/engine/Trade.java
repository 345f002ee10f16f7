package dev.finsuite.investment.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One ledger row of one asset in one account, amounts in the asset's currency; {@code quantity} is in the units of
 * its own date (before any later split) and {@code unitPrice} is per such unit. {@code sequence} breaks ties within
 * a day: creation order.
 *
 * <p>Gross amount of a row is {@code quantity × unitPrice}: the price paid or received for BUY/SELL, the carried
 * basis of TRANSFER_IN, the income of DIVIDEND/INTEREST (before withheld tax), the charge of FEE/TAX. Every row's
 * {@code fee} adds to fees and its {@code tax} to taxes.
 */
public record Trade(
        UUID id,
        LocalDate date,
        long sequence,
        ActivityType type,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal fee,
        BigDecimal tax) {

    public Trade {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        quantity = orZero(quantity);
        unitPrice = orZero(unitPrice);
        fee = orZero(fee);
        tax = orZero(tax);
        if (quantity.signum() < 0 || unitPrice.signum() < 0 || fee.signum() < 0 || tax.signum() < 0) {
            throw new IllegalArgumentException("A trade's quantity, unit price, fee and tax are never negative: " + id);
        }
    }

    /** quantity × unitPrice, exact. */
    public BigDecimal gross() {
        return quantity.multiply(unitPrice);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
