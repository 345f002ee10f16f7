package dev.finsuite.auth.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** auth-service settings ({@code finsuite.auth.*}). */
@ConfigurationProperties("finsuite.auth")
public record AuthProperties(
        @DefaultValue("USD") String defaultCurrency,
        @DefaultValue("UTC") String defaultTimezone,
        @DefaultValue Lockout lockout) {

    /** After {@code maxFailures} failed sign-ins within {@code window}, an account refuses further tries. */
    public record Lockout(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration window) {
    }
}
