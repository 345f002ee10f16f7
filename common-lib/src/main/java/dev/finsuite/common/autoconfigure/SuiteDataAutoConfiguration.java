package dev.finsuite.common.autoconfigure;

import dev.finsuite.common.tenant.TenantTransactionManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/**
 * Every JPA transaction carries the request's tenant to PostgreSQL's row-level security, and entities are
 * stamped ({@code created_at}, {@code updated_at}) from the application's {@link Clock}.
 */
@AutoConfiguration(before = HibernateJpaAutoConfiguration.class)
@ConditionalOnClass(EntityManagerFactory.class)
@EnableJpaAuditing(dateTimeProviderRef = "suiteDateTimeProvider")
public class SuiteDataAutoConfiguration {

    @Bean
    DateTimeProvider suiteDateTimeProvider(Clock clock) {
        return () -> Optional.of(Instant.now(clock));
    }

    @Bean
    TenantTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
        return new TenantTransactionManager(entityManagerFactory);
    }
}
