package dev.finsuite.auth.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.finsuite.auth.Accounts;
import dev.finsuite.auth.Accounts.Account;
import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.ServiceTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** "Where am I signed in?": a user lists their own sign-ins and ends one they do not recognise. */
class SessionsApiTests extends ServiceTest {

    private static final String PHONE = "Mozilla/5.0 (Linux; Android 14; Pixel 8) Mobile Safari/537.36";
    private static final String LAPTOP = "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0";

    @Test
    void aUserSeesEachSignInWithItsDeviceAndAddressAndWhichOneIsThisOne() {
        Account owner = Accounts.register(api());
        Api.Reply phone = signIn(owner, PHONE);
        Api.Reply laptop = signIn(owner, LAPTOP);

        Api.Reply listed = api().get("/api/v1/users/me/sessions")
                .token(laptop.field("/accessToken"))
                .send();

        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        List<JsonNode> sessions = new ArrayList<>();
        listed.json().forEach(sessions::add);
        assertThat(sessions).hasSize(3);
        assertThat(sessions.get(0).at("/device").asString()).isEqualTo(LAPTOP);
        assertThat(sessions.get(0).at("/current").asBoolean()).isTrue();
        assertThat(sessions.get(1).at("/device").asString()).isEqualTo(PHONE);
        assertThat(sessions.get(1).at("/current").asBoolean()).isFalse();
        assertThat(sessions).allSatisfy(session -> {
            assertThat(session.at("/ipAddress").asString()).isEqualTo("127.0.0.1");
            assertThat(session.at("/signedInAt").asString()).isNotBlank();
            assertThat(session.at("/lastUsedAt").asString()).isNotBlank();
        });
        assertThat(phone.status()).isEqualTo(200);
    }

    @Test
    void refreshingKeepsOneSignInAndMovesItsLastUse() {
        Account owner = Accounts.register(api());
        Api.Reply phone = signIn(owner, PHONE);
        Api.Reply refreshed = api().post("/api/v1/auth/refresh", Map.of("refreshToken", phone.field("/refreshToken")))
                .header("User-Agent", PHONE + " (updated)")
                .send();
        assertThat(refreshed.status()).isEqualTo(200);

        JsonNode sessions = api().get("/api/v1/users/me/sessions")
                .token(refreshed.field("/accessToken"))
                .send()
                .json();

        assertThat(sessions.size()).as("registration and the phone").isEqualTo(2);
        assertThat(sessions.get(0).at("/device").asString()).isEqualTo(PHONE + " (updated)");
        assertThat(sessions.get(0).at("/current").asBoolean()).isTrue();
    }

    @Test
    void endingOneSignInStopsItsRefreshAndItsAccessTokenButNotTheOthers() {
        Account owner = Accounts.register(api());
        Api.Reply phone = signIn(owner, PHONE);
        String phoneAccess = phone.field("/accessToken");
        String phoneSession = sessionOf(owner.accessToken(), PHONE);
        assertThat(me(phoneAccess)).isEqualTo(200);

        Api.Reply ended = api().delete("/api/v1/users/me/sessions/" + phoneSession)
                .token(owner.accessToken())
                .send();

        assertThat(ended.status()).as(ended.toString()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(me(phoneAccess)).isEqualTo(401));
        assertThat(api().post("/api/v1/auth/refresh", Map.of("refreshToken", phone.field("/refreshToken")))
                        .send()
                        .status())
                .isEqualTo(401);
        assertThat(me(owner.accessToken())).isEqualTo(200);
        assertThat(api().get("/api/v1/users/me/sessions")
                        .token(owner.accessToken())
                        .send()
                        .json()
                        .size())
                .isEqualTo(1);
        assertThat(api().delete("/api/v1/users/me/sessions/" + phoneSession)
                        .token(owner.accessToken())
                        .send()
                        .status())
                .as("already ended")
                .isEqualTo(404);
    }

    @Test
    void anotherUsersSignInsCanBeNeitherSeenNorEnded() {
        Account victim = Accounts.register(api());
        Account attacker = Accounts.register(api());
        Account housemate = Accounts.addUser(api(), victim, "ADMIN");
        String victimsSession = sessionOf(victim.accessToken(), null);

        for (Account other : List.of(attacker, housemate)) {
            Api.Reply listed = api().get("/api/v1/users/me/sessions")
                    .token(other.accessToken())
                    .send();
            assertThat(listed.text()).doesNotContain(victimsSession);
            Api.Reply ended = api().delete("/api/v1/users/me/sessions/" + victimsSession)
                    .token(other.accessToken())
                    .send();
            assertThat(ended.status()).as(ended.toString()).isEqualTo(404);
            assertThat(ended.field("/code")).isEqualTo("not_found");
        }
        assertThat(api().delete("/api/v1/users/me/sessions/" + UUID.randomUUID())
                        .token(victim.accessToken())
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(api().delete("/api/v1/users/me/sessions/not-a-uuid")
                        .token(victim.accessToken())
                        .send()
                        .status())
                .isEqualTo(400);
        assertThat(me(victim.accessToken())).isEqualTo(200);
        assertThat(api().get("/api/v1/users/me/sessions").send().status()).isEqualTo(401);
    }

    private Api.Reply signIn(Account account, String device) {
        Api.Reply login = api().post(
                        "/api/v1/auth/login", Map.of("email", account.email(), "password", Accounts.PASSWORD))
                .header("User-Agent", device)
                .send();
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return login;
    }

    /** The id of the caller's sign-in from {@code device} (or the first listed when null). */
    private String sessionOf(String accessToken, String device) {
        for (JsonNode session :
                api().get("/api/v1/users/me/sessions").token(accessToken).send().json()) {
            if (device == null || device.equals(session.at("/device").asString())) {
                return session.at("/id").asString();
            }
        }
        throw new AssertionError("No sign-in from " + device);
    }

    private int me(String accessToken) {
        return api().get("/api/v1/users/me").token(accessToken).send().status();
    }
}
