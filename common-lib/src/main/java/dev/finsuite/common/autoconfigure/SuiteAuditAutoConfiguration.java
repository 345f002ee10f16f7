package dev.finsuite.common.autoconfigure;

import dev.finsuite.common.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The audit trail every service that changes money writes to, named after the service. */
@AutoConfiguration(after = SuiteDataAutoConfiguration.class)
@ConditionalOnClass(JdbcTemplate.class)
public class SuiteAuditAutoConfiguration {

    @Bean
    AuditTrail auditTrail(JdbcTemplate jdbc, JsonMapper json, @Value("${spring.application.name}") String service) {
        return new AuditTrail(jdbc, json, service);
    }
}
