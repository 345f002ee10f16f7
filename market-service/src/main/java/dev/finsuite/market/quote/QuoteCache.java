package dev.finsuite.market.quote;

import dev.finsuite.common.cache.CachedValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A provider's latest price is cached briefly (finsuite.cache.ttls.quotes), as JSON of this type. */
@Configuration(proxyBeanMethods = false)
class QuoteCache {

    static final String NAME = "quotes";

    @Bean
    CachedValue cachedQuotes() {
        return CachedValue.of(NAME, ProviderQuote.class);
    }
}
