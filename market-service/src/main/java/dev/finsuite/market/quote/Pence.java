package dev.finsuite.market.quote;

import java.math.BigDecimal;

/** London prices often come in pence (GBp, GBX): a hundredth of a pound, which is what we store. */
final class Pence {

    private Pence() {}

    static BigDecimal toPounds(BigDecimal pence) {
        return pence.movePointLeft(2);
    }
}
