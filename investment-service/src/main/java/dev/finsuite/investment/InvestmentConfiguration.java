package dev.finsuite.investment;

import dev.finsuite.common.data.Metadata;
import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.quota.TenantQuotas;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The service's jobs (quote refresh, pending conversions) run on one replica at a time: ShedLock rows in
 * PostgreSQL, by the database's clock.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "10m")
@Import({Currencies.class, Metadata.class, TenantQuotas.class})
@EnableConfigurationProperties(InvestmentQuotas.class)
class InvestmentConfiguration {}
