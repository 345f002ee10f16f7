package dev.finsuite.investment.portfolio;

import dev.finsuite.investment.engine.ActivityType;
import dev.finsuite.investment.engine.Trade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An activity as the read side replays it: the ledger entity's figures without its persistence machinery, read in
 * one plain query (twenty thousand managed entities cost most of a holdings request). {@code sequence} breaks ties
 * within a day: the creation time in microseconds since the epoch.
 */
record LedgerRow(
        UUID id,
        UUID accountId,
        UUID assetId,
        ActivityType type,
        LocalDate date,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal fee,
        BigDecimal tax,
        String baseCurrency,
        BigDecimal fxRate,
        long sequence) {

    /** The row in the asset's currency; ties within a day go in the order recorded. */
    Trade trade() {
        return new Trade(id, date, sequence, type, quantity, unitPrice, fee, tax);
    }

    /**
     * The row in the base currency at its own date's rate; null while its conversion is pending or when it was made
     * to another base currency than the tenant's current one (as the ledger entity answers).
     */
    Trade tradeIn(String base) {
        if (fxRate == null || !base.equals(baseCurrency)) {
            return null;
        }
        return new Trade(
                id,
                date,
                sequence,
                type,
                quantity,
                unitPrice.multiply(fxRate),
                fee.multiply(fxRate),
                tax.multiply(fxRate));
    }
}
