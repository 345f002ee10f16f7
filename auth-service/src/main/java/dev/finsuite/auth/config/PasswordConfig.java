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
     * {@code finsuite.auth.hashing.*} hashes run at once (two a core, by default) and a bounded number of callers
     * wait, briefly (eight a core).
     */
    @Bean
    PasswordEncoder passwordEncoder(AuthProperties properties) {
        AuthProperties.Hashing hashing = properties.hashing();
        int cores = Runtime.getRuntime().availableProcessors();
        return new BoundedPasswordEncoder(
                new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2),
                hashing.concurrent() > 0 ? hashing.concurrent() : 2 * cores,
                hashing.waiting() >= 0 ? hashing.waiting() : 8 * cores,
                hashing.waitFor());
    }
}
