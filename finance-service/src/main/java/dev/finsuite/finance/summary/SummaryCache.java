package dev.finsuite.finance.summary;

import dev.finsuite.common.cache.CachedValue;
import dev.finsuite.finance.support.FinanceCaches;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Cached monthly summaries (the trend) are stored as JSON of this type. */
@Configuration(proxyBeanMethods = false)
class SummaryCache {

    @Bean
    CachedValue cachedSummaries() {
        return CachedValue.listOf(FinanceCaches.SUMMARIES, MonthSummary.class);
    }
}
