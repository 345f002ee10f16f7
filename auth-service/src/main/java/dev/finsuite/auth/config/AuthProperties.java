package dev.finsuite.auth.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** auth-service settings ({@code finsuite.auth.*}). */
@ConfigurationProperties("finsuite.auth")
public record AuthProperties(
        @DefaultValue("http://localhost:8080") String appUrl,

        @DefaultValue("Finsuite <no-reply@finsuite.localhost>")
        String mailFrom,

        @DefaultValue("false") boolean emailVerification,

        @DefaultValue("USD") String defaultCurrency,
        @DefaultValue("UTC") String defaultTimezone,
        @DefaultValue Lockout lockout,
        @DefaultValue RefreshTokenPrune refreshTokenPrune,
        @DefaultValue Hashing hashing) {

    /**
     * Password hashing's queue: {@code concurrent} hashes at once (0: two a core) and {@code waiting} callers
     * waiting at most {@code waitFor} for a turn (-1: eight a core, about a second of hashing); anyone beyond is
     * refused at once with 429.
     */
    public record Hashing(
            @DefaultValue("0") int concurrent,
            @DefaultValue("-1") int waiting,
            @DefaultValue("2s") Duration waitFor) {}

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
