package dev.finsuite.common.autoconfigure;

import dev.finsuite.common.idempotency.IdempotentRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** {@link IdempotentRequests} for every service that writes money movements, and the hourly prune of old keys. */
@AutoConfiguration(after = SuiteDataAutoConfiguration.class)
@ConditionalOnClass(JdbcTemplate.class)
@EnableScheduling
public class SuiteIdempotencyAutoConfiguration {

    @Bean
    IdempotentRequests idempotentRequests(JdbcTemplate jdbc, PlatformTransactionManager transactions, JsonMapper json) {
        return new IdempotentRequests(jdbc, new TransactionTemplate(transactions), json);
    }

    @Bean
    ExpiredKeyPrune expiredIdempotencyKeyPrune(IdempotentRequests requests) {
        return new ExpiredKeyPrune(requests);
    }

    /** Every replica prunes; deleting expired rows twice is harmless, so no lock is needed. */
    static class ExpiredKeyPrune {
        private static final Logger log = LoggerFactory.getLogger(ExpiredKeyPrune.class);
        private final IdempotentRequests requests;

        ExpiredKeyPrune(IdempotentRequests requests) {
            this.requests = requests;
        }

        @Scheduled(initialDelayString = "PT7M", fixedDelayString = "PT1H")
        void prune() {
            try {
                int pruned = requests.pruneExpired();
                if (pruned > 0) {
                    log.info("Forgot {} idempotency keys older than a day", pruned);
                }
            } catch (RuntimeException e) {
                log.warn("Could not prune expired idempotency keys; will retry in an hour: {}", e.getMessage());
            }
        }
    }
}
