package dev.finsuite.auth.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** auth-service settings ({@code finsuite.auth.*}). */
@ConfigurationProperties("finsuite.auth")
public record AuthProperties(
        @DefaultValue("USD") String defaultCurrency,
        @DefaultValue("UTC") String defaultTimezone,
        @DefaultValue Lockout lockout,
        @DefaultValue RefreshTokenPrune refreshTokenPrune) {

    /**
     * Spent refresh tokens (expired, or revoked with nothing left alive in their sign-in) are deleted once
     * {@code retention} has passed, at most {@code batchSize} rows per statement.
     */
    public record RefreshTokenPrune(
            @DefaultValue("7d") Duration retention,
            @DefaultValue("1000") int batchSize) {}

    /**
     * {@code maxFailures} failed sign-ins from one address within {@code window} lock that address out of the account;
     * {@code accountMaxFailures} from all addresses together lock it for every address that has not signed in to it
     * successfully within {@code knownAddressFor}: a guesser elsewhere cannot lock the owner out of their own account.
     */
    public record Lockout(
            @DefaultValue("5") int maxFailures,
            @DefaultValue("15m") Duration window,
            @DefaultValue("50") int accountMaxFailures,
            @DefaultValue("30d") Duration knownAddressFor) {}
}
