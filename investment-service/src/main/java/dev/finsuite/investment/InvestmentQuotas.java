package dev.finsuite.investment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many of each thing one tenant may keep ({@code finsuite.quotas.*}, overridable by environment such as
 * {@code FINSUITE_QUOTAS_ASSETS}). Far beyond a household's use; they stop one tenant from growing without bound,
 * and bound the symbols the quote-refresh job asks market-service for on its behalf. Beyond one, a create is a
 * 422 {@code quota_exceeded} naming it.
 *
 * @param assets assets (an import's new assets count too)
 * @param accounts investment accounts
 * @param watchlistItems watched symbols
 * @param priceAlerts price alerts over all watched symbols
 */
@ConfigurationProperties("finsuite.quotas")
public record InvestmentQuotas(
        @DefaultValue("2000") int assets,
        @DefaultValue("200") int accounts,
        @DefaultValue("500") int watchlistItems,
        @DefaultValue("500") int priceAlerts) {

    public InvestmentQuotas {
        if (assets < 0 || accounts < 0 || watchlistItems < 0 || priceAlerts < 0) {
            throw new IllegalArgumentException("finsuite.quotas.* must not be negative");
        }
    }
}
