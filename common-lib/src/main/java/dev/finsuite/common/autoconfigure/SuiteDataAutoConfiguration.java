package dev.finsuite.common.autoconfigure;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.context.annotation.Bean;

import dev.finsuite.common.tenant.TenantTransactionManager;

/** Every JPA transaction carries the request's tenant to PostgreSQL's row-level security. */
@AutoConfiguration(before = HibernateJpaAutoConfiguration.class)
@ConditionalOnClass(EntityManagerFactory.class)
public class SuiteDataAutoConfiguration {

    @Bean
    TenantTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
        return new TenantTransactionManager(entityManagerFactory);
    }
}
