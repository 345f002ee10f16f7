package dev.finsuite.finance;

import dev.finsuite.common.data.Metadata;
import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.quota.TenantQuotas;
import dev.finsuite.finance.recurring.RecurringLimits;
import dev.finsuite.finance.support.FinanceQuotas;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "10m")
@Import({Currencies.class, Metadata.class})
@EnableConfigurationProperties({RecurringLimits.class, FinanceQuotas.class})
class FinanceConfiguration {

    @Bean
    TenantQuotas tenantQuotas(JdbcTemplate jdbc) {
        return new TenantQuotas(jdbc);
    }
}
