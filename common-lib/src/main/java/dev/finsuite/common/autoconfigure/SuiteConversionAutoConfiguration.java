package dev.finsuite.common.autoconfigure;

import dev.finsuite.common.conversion.BaseCurrencies;
import dev.finsuite.common.conversion.Converter;
import dev.finsuite.common.conversion.MarketRates;
import dev.finsuite.common.security.JwtTokens;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.client.RestClient;

/**
 * Conversions to the tenant's base currency through market-service, for the services that record amounts in
 * any currency (finance, investment). Present only where {@code finsuite.market-service-url} is configured.
 */
@AutoConfiguration(after = {SuiteDataAutoConfiguration.class, SuiteSecurityAutoConfiguration.class})
@ConditionalOnProperty("finsuite.market-service-url")
public class SuiteConversionAutoConfiguration {

    @Bean
    BaseCurrencies baseCurrencies(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        return new BaseCurrencies(jdbc, transactions);
    }

    @Bean
    MarketRates marketRates(
            RestClient.Builder builder,
            JwtTokens tokens,
            @Value("${finsuite.market-service-url}") String marketUrl,
            @Value("${finsuite.market-timeout:3s}") Duration timeout) {
        return new MarketRates(builder, tokens, marketUrl, timeout);
    }

    @Bean
    Converter converter(BaseCurrencies baseCurrencies, MarketRates market, Clock clock) {
        return new Converter(baseCurrencies, market, clock);
    }
}
