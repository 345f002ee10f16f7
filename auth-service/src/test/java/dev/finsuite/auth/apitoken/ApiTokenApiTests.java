package dev.finsuite.auth.apitoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.finsuite.auth.Accounts;
import dev.finsuite.auth.Accounts.Account;
import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.ServiceTest;
import dev.finsuite.common.testsupport.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A script's own key: shown once, accepted within its scopes, listed with its last use, revoked at once. */
class ApiTokenApiTests extends ServiceTest {

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aReadTokenReadsButWritesNothingAndIsShownOnlyOnce() {
        Account owner = Accounts.register(api());
        Api.Reply created = create(owner, "budget script", List.of("read"), 30);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String token = created.field("/token");
        assertThat(token).startsWith("fst_").hasSizeGreaterThan(40);
        assertThat(created.field("/expiresAt")).isNotBlank();

        Api.Reply me = api().get("/api/v1/users/me").token(token).send();
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.field("/email")).isEqualTo(owner.email());

        Api.Reply write = api().patch("/api/v1/users/me", Map.of("fullName", "Renamed By Script"))
                .token(token)
                .send();
        assertThat(write.status()).as(write.toString()).isEqualTo(403);
        assertThat(write.field("/code")).isEqualTo("insufficient_scope");
        assertThat(api().get("/api/v1/users/me")
                        .token(owner.accessToken())
                        .send()
                        .field("/fullName"))
                .isEqualTo("Olivia Owner");

        Api.Reply listed = api().get("/api/v1/users/me/api-tokens")
                .token(owner.accessToken())
                .send();
        assertThat(listed.json().size()).isEqualTo(1);
        assertThat(listed.json().get(0).at("/name").asString()).isEqualTo("budget script");
        assertThat(listed.json().get(0).at("/lastUsedAt").asString())
                .as("the read above")
                .isNotBlank();
        assertThat(listed.text()).doesNotContain(token).doesNotContain("\"token\"");
    }

    @Test
    void aTokenCannotManageCredentialsNotEvenItsOwn() {
        Account owner = Accounts.register(api());
        String token = create(owner, "all scopes", List.of("read", "write", "export"), 30)
                .field("/token");

        for (Api.Reply refused : List.of(
                create(token, "another", List.of("read"), 30),
                api().get("/api/v1/users/me/api-tokens").token(token).send(),
                api().post(
                                "/api/v1/users/me/password",
                                Map.of("currentPassword", Accounts.PASSWORD, "newPassword", "x"))
                        .token(token)
                        .send(),
                api().post("/api/v1/users/me/two-factor", Map.of()).token(token).send(),
                api().delete("/api/v1/users/me/sessions").token(token).send())) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.field("/code")).isEqualTo("session_required");
        }
        assertThat(api().patch("/api/v1/users/me", Map.of("fullName", "Scripted"))
                        .token(token)
                        .send()
                        .status())
                .as("write scope changes the profile")
                .isEqualTo(200);
    }

    @Test
    void aRevokedTokenIsRefusedAtOnceAndAnExpiredOneAfterItsTime() {
        Account owner = Accounts.register(api());
        String revoked = create(owner, "leaked", List.of("read"), 30).field("/token");
        String id = api().get("/api/v1/users/me/api-tokens")
                .token(owner.accessToken())
                .send()
                .json()
                .get(0)
                .at("/id")
                .asString();
        assertThat(api().get("/api/v1/users/me").token(revoked).send().status()).isEqualTo(200);

        assertThat(api().delete("/api/v1/users/me/api-tokens/" + id)
                        .token(owner.accessToken())
                        .send()
                        .status())
                .isEqualTo(204);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> api().get("/api/v1/users/me").token(revoked).send().status() == 401);

        String shortLived = create(owner, "one day", List.of("read"), 1).field("/token");
        assertThat(api().get("/api/v1/users/me").token(shortLived).send().status())
                .isEqualTo(200);
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(api().get("/api/v1/users/me").token(shortLived).send().status())
                .as("after its expiry")
                .isEqualTo(401);
    }

    @Test
    void anotherUsersTokenCannotBeRevokedAndBadRequestsWriteNothing() {
        Account owner = Accounts.register(api());
        Account attacker = Accounts.register(api());
        create(owner, "mine", List.of("read"), 30);
        String id = api().get("/api/v1/users/me/api-tokens")
                .token(owner.accessToken())
                .send()
                .json()
                .get(0)
                .at("/id")
                .asString();

        assertThat(api().delete("/api/v1/users/me/api-tokens/" + id)
                        .token(attacker.accessToken())
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(create(owner, "bad scope", List.of("admin"), 30).status()).isEqualTo(400);
        assertThat(create(owner, "no scope", List.of(), 30).status()).isEqualTo(400);
        assertThat(create(owner, "forever", List.of("read"), 3650).status()).isEqualTo(400);
        assertThat(api().get("/api/v1/users/me/api-tokens")
                        .token(owner.accessToken())
                        .send()
                        .json()
                        .size())
                .isEqualTo(1);
        assertThat(api().get("/api/v1/users/me").token("fst_made-up").send().status())
                .isEqualTo(401);
    }

    private Api.Reply create(Account owner, String name, List<String> scopes, int days) {
        return create(owner.accessToken(), name, scopes, days);
    }

    private Api.Reply create(String bearer, String name, List<String> scopes, int days) {
        return api().post("/api/v1/users/me/api-tokens", Map.of("name", name, "scopes", scopes, "expiresInDays", days))
                .token(bearer)
                .send();
    }
}
