package dev.finsuite.auth.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.finsuite.auth.Accounts;
import dev.finsuite.auth.Accounts.Account;
import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.ServiceTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MyAccountApiTests extends ServiceTest {

    @Test
    void aViewerEditsTheirOwnProfileButNotTheirRole() {
        Account owner = Accounts.register(api());
        Account viewer = Accounts.addUser(api(), owner, "VIEWER");

        Api.Reply changed = api().patch(
                        "/api/v1/users/me",
                        Map.of(
                                "fullName",
                                "Vera Viewer",
                                "locale",
                                "en-IN",
                                "timezone",
                                "Europe/Berlin",
                                "role",
                                "OWNER",
                                "email",
                                "takeover@example.com",
                                "tenantId",
                                owner.tenantId().toString()))
                .token(viewer.accessToken())
                .send();

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.field("/fullName")).isEqualTo("Vera Viewer");
        assertThat(changed.field("/locale")).isEqualTo("en-IN");
        assertThat(changed.field("/timezone")).isEqualTo("Europe/Berlin");
        assertThat(changed.field("/role")).isEqualTo("VIEWER");
        assertThat(changed.field("/email")).isEqualTo(viewer.email());
    }

    @Test
    void badProfileValuesAreProblems() {
        Account owner = Accounts.register(api());
        Api.Reply badZone = api().patch("/api/v1/users/me", Map.of("timezone", "Nowhere/Land"))
                .token(owner.accessToken())
                .send();
        Api.Reply blankName = api().patch("/api/v1/users/me", Map.of("fullName", "  "))
                .token(owner.accessToken())
                .send();

        assertThat(badZone.status()).isEqualTo(400);
        assertThat(blankName.status()).isEqualTo(400);
        assertThat(api().get("/api/v1/users/me")
                        .token(owner.accessToken())
                        .send()
                        .field("/fullName"))
                .isEqualTo("Olivia Owner");
    }

    @Test
    void changingThePasswordSignsOutOtherSessionsOnly() {
        Account owner = Accounts.register(api());
        Api.Reply otherDevice = api().post(
                        "/api/v1/auth/login", Map.of("email", owner.email(), "password", Accounts.PASSWORD))
                .send();
        String otherDevicesAccess = otherDevice.field("/accessToken");
        assertThat(me(otherDevicesAccess)).isEqualTo(200);

        Api.Reply wrongCurrent = api().post(
                        "/api/v1/users/me/password",
                        Map.of("currentPassword", "nope nope", "newPassword", "a brand new secret"))
                .token(owner.accessToken())
                .send();
        assertThat(wrongCurrent.status()).isEqualTo(400);

        Api.Reply changed = api().post(
                        "/api/v1/users/me/password",
                        Map.of("currentPassword", Accounts.PASSWORD, "newPassword", "a brand new secret"))
                .token(owner.accessToken())
                .send();
        assertThat(changed.status()).isEqualTo(204);

        assertThat(refresh(otherDevice.field("/refreshToken"))).isEqualTo(401);
        // The other sign-in's access token ends too (everywhere, through access_revocations); this one goes on.
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(me(otherDevicesAccess)).isEqualTo(401));
        assertThat(me(owner.accessToken())).isEqualTo(200);
        assertThat(refresh(owner.refreshToken())).isEqualTo(200);
        assertThat(login(owner.email(), Accounts.PASSWORD)).isEqualTo(401);
        assertThat(login(owner.email(), "a brand new secret")).isEqualTo(200);
    }

    @Test
    void signingOutEverywhereEndsEverySignInAndItsAccessTokens() {
        Account owner = Accounts.register(api());
        Api.Reply otherDevice = api().post(
                        "/api/v1/auth/login", Map.of("email", owner.email(), "password", Accounts.PASSWORD))
                .send();

        Api.Reply everywhere = api().delete("/api/v1/users/me/sessions")
                .token(owner.accessToken())
                .send();
        assertThat(everywhere.status()).as(everywhere.toString()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(me(owner.accessToken())).isEqualTo(401);
            assertThat(me(otherDevice.field("/accessToken"))).isEqualTo(401);
        });
        assertThat(refresh(owner.refreshToken())).isEqualTo(401);
        assertThat(refresh(otherDevice.field("/refreshToken"))).isEqualTo(401);
        Api.Reply again = api().post(
                        "/api/v1/auth/login", Map.of("email", owner.email(), "password", Accounts.PASSWORD))
                .send();
        assertThat(me(again.field("/accessToken")))
                .as("a new sign-in after it works")
                .isEqualTo(200);
    }

    private int me(String accessToken) {
        return api().get("/api/v1/users/me").token(accessToken).send().status();
    }

    private int refresh(String token) {
        return api().post("/api/v1/auth/refresh", Map.of("refreshToken", token))
                .send()
                .status();
    }

    private int login(String email, String password) {
        return api().post("/api/v1/auth/login", Map.of("email", email, "password", password))
                .send()
                .status();
    }
}
