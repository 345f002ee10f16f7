package dev.finsuite.auth.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuthProperties.class)
@EnableScheduling
class PasswordConfig {

    /**
     * Argon2id at OWASP's minimum (19 MiB, 2 passes, 1 lane): slow for a guesser, tens of ms for us; at most
     * two hashes per core run at once.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BoundedPasswordEncoder(
                new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2),
                2 * Runtime.getRuntime().availableProcessors());
    }
}
