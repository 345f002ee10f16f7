package dev.finsuite.finance.category;

import dev.finsuite.common.cache.CachedValue;
import dev.finsuite.finance.support.FinanceCaches;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The cached category list is stored as JSON of this type. */
@Configuration(proxyBeanMethods = false)
class CategoryCache {

    @Bean
    CachedValue cachedCategories() {
        return CachedValue.listOf(FinanceCaches.CATEGORIES, CategoryView.class);
    }
}
