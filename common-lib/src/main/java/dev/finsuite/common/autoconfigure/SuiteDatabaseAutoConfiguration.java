package dev.finsuite.common.autoconfigure;

import dev.finsuite.common.config.RuntimeRolePassword;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** After migrating, the service's database role gets the password its pool logs in with (when one is set). */
@AutoConfiguration
@ConditionalOnClass(Flyway.class)
public class SuiteDatabaseAutoConfiguration {

    @Bean
    RuntimeRolePassword runtimeRolePassword(Environment environment) {
        return new RuntimeRolePassword(
                environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"));
    }
}
