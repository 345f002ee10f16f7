package dev.finsuite.market.config;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where market data comes from and how long it stays good ({@code market.*}). */
@ConfigurationProperties("market")
public record MarketProperties(
        Ecb ecb,
        Oxr oxr,
        Rates rates,
        Quotes quotes,
        String encryptionKey,
        @DefaultValue("2s") Duration providerTimeout) {

    public record Ecb(
            String dailyUrl,
            String historyUrl,
            String cron,
            @DefaultValue("true") boolean importOnStart) {}

    /** Open Exchange Rates, for currencies the ECB does not quote; off unless an app id is configured. */
    public record Oxr(String url, String appId, String cron) {
        public boolean enabled() {
            return appId != null && !appId.isBlank();
        }
    }

    /** How far back a conversion may look for a rate (weekends, holidays), and no further. */
    public record Rates(@DefaultValue("7d") Duration maxStaleness) {}

    /**
     * Quote providers per asset type, their base URLs and the operator's keys. Stooq's key is needed for its
     * daily-history download ({@code /q/d/l/}), which since early 2026 answers an HTML page without one.
     */
    public record Quotes(
            Map<String, String> providers,
            String stooqUrl,
            String stooqKey,
            String coingeckoUrl,
            String alphavantageUrl,
            String alphavantageKey) {}
}
