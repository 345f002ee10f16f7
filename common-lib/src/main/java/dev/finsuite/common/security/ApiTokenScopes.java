package dev.finsuite.common.security;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.AntPathMatcher;

/**
 * What a personal API token's scopes open ({@code finsuite.security.api-tokens.*}): {@code export} the export
 * service's files, reports and backups ({@code exportPaths}); otherwise {@code read} the GETs and {@code write}
 * the changes. {@code sessionOnlyPaths} (changing a password, two-factor sign-in, sessions, the tokens
 * themselves) take a signed-in session, never a token, so a leaked token cannot keep itself alive.
 */
@ConfigurationProperties("finsuite.security.api-tokens")
public record ApiTokenScopes(
        @DefaultValue({"/api/v1/exports/**", "/api/v1/backups/**", "/api/v1/reports/**"})
        List<String> exportPaths,

        @DefaultValue List<String> sessionOnlyPaths,
        @DefaultValue("25s") Duration freshFor) {

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    /** The scope a request needs. */
    public String needed(String method, String path) {
        if (matches(exportPaths, path)) {
            return "export";
        }
        return switch (method.toUpperCase(Locale.ROOT)) {
            case "GET", "HEAD", "OPTIONS" -> "read";
            default -> "write";
        };
    }

    public boolean sessionOnly(String path) {
        return matches(sessionOnlyPaths, path);
    }

    private static boolean matches(List<String> patterns, String path) {
        return patterns.stream().anyMatch(pattern -> PATHS.match(pattern, path));
    }
}
