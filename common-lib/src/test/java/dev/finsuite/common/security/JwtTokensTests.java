package dev.finsuite.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.finsuite.common.testsupport.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JwtTokensTests {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00.123Z");
    private final JwtTokens tokens = TestTokens.signer(Clock.fixed(NOW, ZoneOffset.UTC));
    private final UUID user = UUID.randomUUID();
    private final UUID tenant = UUID.randomUUID();
    private final UUID session = UUID.randomUUID();

    @Test
    void anAccessTokenCarriesWhoWhichTenantAndWhenToTheMillisecond() {
        String token =
                tokens.issueAccess(user, tenant, List.of("ADMIN"), session).value();
        AuthenticatedUser verified = tokens.verifyAccess(token);
        assertThat(verified).isEqualTo(new AuthenticatedUser(user, tenant, Set.of("ADMIN"), session, NOW));
    }

    @Test
    void expiryAllowsThirtySecondsOfSkewAndNoMore() {
        String token =
                tokens.issueAccess(user, tenant, List.of("MEMBER"), session).value();
        JwtTokens justAfter =
                TestTokens.signer(Clock.fixed(NOW.plus(Duration.ofMinutes(15)).plusSeconds(25), ZoneOffset.UTC));
        JwtTokens wellAfter =
                TestTokens.signer(Clock.fixed(NOW.plus(Duration.ofMinutes(15)).plusSeconds(40), ZoneOffset.UTC));

        assertThat(justAfter.verifyAccess(token).userId()).isEqualTo(user);
        assertThatThrownBy(() -> wellAfter.verifyAccess(token))
                .isInstanceOf(InvalidToken.class)
                .hasMessageContaining("expired");
    }

    @Test
    void aRefreshTokenIsNotAnAccessTokenNorTheReverse() {
        String refresh =
                tokens.issueRefresh(user, tenant, session, UUID.randomUUID()).value();
        String access =
                tokens.issueAccess(user, tenant, List.of("OWNER"), session).value();

        assertThatThrownBy(() -> tokens.verifyAccess(refresh)).isInstanceOf(InvalidToken.class);
        assertThatThrownBy(() -> tokens.verifyRefresh(access)).isInstanceOf(InvalidToken.class);
        assertThat(tokens.verifyRefresh(refresh).familyId()).isEqualTo(session);
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String signed =
                tokens.issueAccess(user, tenant, List.of("OWNER"), session).value();
        String[] parts = signed.split("\\.");
        String noneHeader = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> tokens.verifyAccess(noneHeader + "." + parts[1] + "."))
                .isInstanceOf(InvalidToken.class);
    }

    @Test
    void aTamperedPayloadIsRefused() {
        String signed =
                tokens.issueAccess(user, tenant, List.of("VIEWER"), session).value();
        String[] parts = signed.split("\\.");
        String payload =
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("VIEWER", "OWNER");
        String forged = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];
        assertThatThrownBy(() -> tokens.verifyAccess(forged)).isInstanceOf(InvalidToken.class);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        JwtTokens other = new JwtTokens(
                TestTokens.properties(),
                "another-secret-key-that-is-long-enough-123".getBytes(StandardCharsets.UTF_8),
                Clock.systemUTC());
        String foreign =
                other.issueAccess(user, tenant, List.of("OWNER"), session).value();
        assertThatThrownBy(() -> tokens.verifyAccess(foreign)).isInstanceOf(InvalidToken.class);
    }

    @Test
    void garbageIsRefusedCleanly() {
        assertThatThrownBy(() -> tokens.verifyAccess("not.a.token")).isInstanceOf(InvalidToken.class);
        assertThatThrownBy(() -> tokens.verifyAccess("")).isInstanceOf(InvalidToken.class);
        assertThatThrownBy(() -> tokens.verifyAccess(null)).isInstanceOf(InvalidToken.class);
    }
}
