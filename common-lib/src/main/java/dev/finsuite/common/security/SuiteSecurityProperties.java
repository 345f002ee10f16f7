package dev.finsuite.common.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Token and access settings shared by every service ({@code finsuite.security.*}).
 *
 * @param publicPaths      paths reachable without a token (health, docs, and e.g. login on auth-service)
 * @param selfServicePaths paths any signed-in user may write to, even a VIEWER (their own profile)
 */
@ConfigurationProperties("finsuite.security")
public record SuiteSecurityProperties(
        String secretKey,
        @DefaultValue("HS256") String algorithm,
        @DefaultValue("finsuite-auth") String issuer,
        @DefaultValue("finsuite") String audience,
        @DefaultValue("15m") Duration accessTokenTtl,
        @DefaultValue("30d") Duration refreshTokenTtl,
        @DefaultValue List<String> publicPaths,
        @DefaultValue List<String> selfServicePaths) {}
