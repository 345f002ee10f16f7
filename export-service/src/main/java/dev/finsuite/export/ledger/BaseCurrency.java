package dev.finsuite.export.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The tenant's base currency, in which every report and analysis is stated. */
public record BaseCurrency(String code, int minorUnits) {

    /** An amount as shown: half-up to the currency's minor units (the suite's rule for shown money). */
    public BigDecimal shown(BigDecimal amount) {
        return amount == null ? null : amount.setScale(minorUnits, RoundingMode.HALF_UP);
    }
}
