package dev.finsuite.common.testsupport;

import dev.finsuite.common.security.JwtTokens;
import dev.finsuite.common.security.SuiteSecurityProperties;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Access tokens as auth-service would sign them with the tests' key, for services tested on their own. */
public final class TestTokens {

    private TestTokens() {}

    public static SuiteSecurityProperties properties() {
        return new SuiteSecurityProperties(
                TestInfrastructure.TEST_SECRET_KEY,
                "HS256",
                "finsuite-auth",
                "finsuite",
                Duration.ofMinutes(15),
                Duration.ofDays(30),
                List.of(),
                List.of());
    }

    public static JwtTokens signer(Clock clock) {
        return new JwtTokens(properties(), TestInfrastructure.TEST_SECRET_KEY.getBytes(StandardCharsets.UTF_8), clock);
    }

    public static String access(UUID tenantId, String... roles) {
        return access(tenantId, UUID.randomUUID(), roles);
    }

    /** A token of one known user, for a test that checks who did something. */
    public static String access(UUID tenantId, UUID userId, String... roles) {
        return signer(Clock.systemUTC())
                .issueAccess(userId, tenantId, List.of(roles), UUID.randomUUID())
                .value();
    }
}
