package dev.finsuite.investment.engine;

import java.math.BigDecimal;

/**
 * A holding's change in base currency split into what the price did and what the exchange rate did:
 * total = q·(P1·X1 − P0·X0) = price effect q·(P1 − P0)·X1 + currency effect q·P0·(X1 − X0), exactly (products of
 * BigDecimals, no rounding; round at the edge). P in the asset's currency, X = base units per asset-currency unit.
 */
public record CurrencyEffect(BigDecimal total, BigDecimal priceEffect, BigDecimal currencyEffect) {

    public static CurrencyEffect split(
            BigDecimal quantity, BigDecimal price0, BigDecimal price1, BigDecimal rate0, BigDecimal rate1) {
        BigDecimal total = quantity.multiply(price1.multiply(rate1).subtract(price0.multiply(rate0)));
        BigDecimal priceEffect = quantity.multiply(price1.subtract(price0)).multiply(rate1);
        BigDecimal currencyEffect = quantity.multiply(price0).multiply(rate1.subtract(rate0));
        return new CurrencyEffect(total, priceEffect, currencyEffect);
    }
}
