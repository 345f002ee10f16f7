package dev.finsuite.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.security.JwtTokens;
import dev.finsuite.common.security.SuiteSecurityProperties;
import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.ServiceTest;
import dev.finsuite.common.testsupport.TestInfrastructure;
import dev.finsuite.common.testsupport.TestTokens;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Forged and misused tokens against a service other than auth: each must be a 401 problem, while the
 * genuine token right beside them gets through.
 */
class TokenAttackTests extends ServiceTest {

    private static final UUID TENANT = UUID.randomUUID();
    private static final SecretKey KEY =
            Keys.hmacShaKeyFor(TestInfrastructure.TEST_SECRET_KEY.getBytes(StandardCharsets.UTF_8));

    static Stream<Arguments> forgeries() {
        return Stream.of(
                Arguments.of("alg none", unsigned()),
                Arguments.of("tampered payload", tampered()),
                Arguments.of(
                        "wrong key",
                        new JwtTokens(
                                        TestTokens.properties(),
                                        "an-attackers-own-key-that-is-long-enough".getBytes(StandardCharsets.UTF_8),
                                        Clock.systemUTC())
                                .issueAccess(UUID.randomUUID(), TENANT, List.of("OWNER"), UUID.randomUUID())
                                .value()),
                Arguments.of(
                        "expired",
                        TestTokens.signer(Clock.fixed(Instant.now().minus(Duration.ofMinutes(16)), ZoneOffset.UTC))
                                .issueAccess(UUID.randomUUID(), TENANT, List.of("OWNER"), UUID.randomUUID())
                                .value()),
                Arguments.of("no exp", claims().compact()),
                Arguments.of("wrong iss", withProperties("someone-else", "finsuite")),
                Arguments.of("wrong aud", withProperties("finsuite-auth", "another-app")),
                Arguments.of(
                        "refresh token as access token",
                        TestTokens.signer(Clock.systemUTC())
                                .issueRefresh(UUID.randomUUID(), TENANT, UUID.randomUUID(), UUID.randomUUID())
                                .value()),
                Arguments.of("not a JWT", "definitely-not-a-token"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgeries")
    void aForgedOrMisusedTokenIsA401Problem(String attack, String token) {
        Api.Reply reply = api().get("/api/v1/expenses").token(token).send();

        assertThat(reply.status()).as(attack).isEqualTo(401);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.field("/code")).isEqualTo("unauthorized");
        assertThat(reply.header("WWW-Authenticate")).contains("invalid_token");
    }

    @Test
    void theGenuineTokenGetsThrough() {
        Api.Reply reply = api().get("/api/v1/expenses")
                .token(TestTokens.access(TENANT, "MEMBER"))
                .send();
        assertThat(reply.status()).isNotEqualTo(401).isNotEqualTo(403);
    }

    @Test
    void aViewerMayReadButNotWrite() {
        String viewer = TestTokens.access(TENANT, "VIEWER");
        assertThat(api().post("/api/v1/expenses", "{}").token(viewer).send().status())
                .isEqualTo(403);
        assertThat(api().get("/api/v1/expenses").token(viewer).send().status()).isNotEqualTo(403);
    }

    private static String unsigned() {
        String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String payload = base64("{\"iss\":\"finsuite-auth\",\"aud\":\"finsuite\",\"sub\":\"" + UUID.randomUUID()
                + "\",\"tid\":\"" + TENANT + "\",\"typ\":\"access\",\"roles\":[\"OWNER\"],\"sid\":\""
                + UUID.randomUUID()
                + "\",\"exp\":" + (Instant.now().getEpochSecond() + 600) + "}");
        return header + "." + payload + ".";
    }

    private static String tampered() {
        String genuine = TestTokens.access(TENANT, "VIEWER");
        String[] parts = genuine.split("\\.");
        String payload =
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("VIEWER", "OWNER");
        return parts[0] + "." + base64(payload) + "." + parts[2];
    }

    private static io.jsonwebtoken.JwtBuilder claims() {
        return Jwts.builder()
                .issuer("finsuite-auth")
                .audience()
                .add("finsuite")
                .and()
                .subject(UUID.randomUUID().toString())
                .issuedAt(new Date())
                .claim("typ", "access")
                .claim("tid", TENANT.toString())
                .claim("roles", List.of("OWNER"))
                .claim("sid", UUID.randomUUID().toString())
                .signWith(KEY, Jwts.SIG.HS256);
    }

    private static String withProperties(String issuer, String audience) {
        SuiteSecurityProperties properties = new SuiteSecurityProperties(
                TestInfrastructure.TEST_SECRET_KEY,
                "HS256",
                issuer,
                audience,
                Duration.ofMinutes(15),
                Duration.ofDays(30),
                List.of(),
                List.of());
        return new JwtTokens(
                        properties,
                        TestInfrastructure.TEST_SECRET_KEY.getBytes(StandardCharsets.UTF_8),
                        Clock.systemUTC())
                .issueAccess(UUID.randomUUID(), TENANT, List.of("OWNER"), UUID.randomUUID())
                .value();
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
