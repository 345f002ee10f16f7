package dev.finsuite.auth.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.auth.Accounts;
import dev.finsuite.auth.Accounts.Account;
import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.ServiceTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserManagementApiTests extends ServiceTest {

    @Test
    void anAdminAddsAndListsUsers() {
        Account owner = Accounts.register(api());
        Account admin = Accounts.addUser(api(), owner, "ADMIN");
        Account member = Accounts.addUser(api(), admin, "MEMBER");

        Api.Reply list = api().get("/api/v1/users?size=10&sort=email,asc")
                .token(admin.accessToken())
                .send();
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().at("/totalItems").asInt()).isEqualTo(3);
        assertThat(list.json().at("/items").findValuesAsString("email"))
                .containsExactlyInAnyOrder(owner.email(), admin.email(), member.email())
                .isSorted();
        assertThat(list.json().at("/page").asInt()).isZero();
        assertThat(list.json().at("/totalPages").asInt()).isEqualTo(1);
    }

    @Test
    void listsRefuseOversizePagesAndUnknownSorts() {
        Account owner = Accounts.register(api());
        assertThat(api().get("/api/v1/users?size=201")
                        .token(owner.accessToken())
                        .send()
                        .status())
                .isEqualTo(400);
        Api.Reply badSort = api().get("/api/v1/users?sort=passwordHash,asc")
                .token(owner.accessToken())
                .send();
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.json().at("/errors").findValuesAsString("field")).containsExactly("sort");
    }

    @Test
    void membersAndViewersCannotManageUsers() {
        Account owner = Accounts.register(api());
        Account member = Accounts.addUser(api(), owner, "MEMBER");
        Account viewer = Accounts.addUser(api(), owner, "VIEWER");

        Api.Reply list = api().get("/api/v1/users").token(member.accessToken()).send();
        assertThat(list.status()).isEqualTo(403);
        assertThat(list.field("/code")).isEqualTo("forbidden");
        Api.Reply add = api().post(
                        "/api/v1/users",
                        Map.of(
                                "email",
                                Accounts.uniqueEmail("x"),
                                "fullName",
                                "X",
                                "role",
                                "ADMIN",
                                "password",
                                Accounts.PASSWORD))
                .token(viewer.accessToken())
                .send();
        assertThat(add.status()).isEqualTo(403);
    }

    @Test
    void onlyAnOwnerMakesOwners() {
        Account owner = Accounts.register(api());
        Account admin = Accounts.addUser(api(), owner, "ADMIN");
        Api.Reply add = api().post(
                        "/api/v1/users",
                        Map.of(
                                "email",
                                Accounts.uniqueEmail("x"),
                                "fullName",
                                "X",
                                "role",
                                "OWNER",
                                "password",
                                Accounts.PASSWORD))
                .token(admin.accessToken())
                .send();
        assertThat(add.status()).isEqualTo(403);
        Api.Reply demoteOwner = api().patch("/api/v1/users/" + owner.userId(), Map.of("role", "MEMBER"))
                .token(admin.accessToken())
                .send();
        assertThat(demoteOwner.status()).isEqualTo(403);
    }

    @Test
    void theLastActiveOwnerStays() {
        Account owner = Accounts.register(api());
        String path = "/api/v1/users/" + owner.userId();

        Api.Reply demote = api().patch(path, Map.of("role", "ADMIN"))
                .token(owner.accessToken())
                .send();
        assertThat(demote.status()).isEqualTo(409);
        assertThat(demote.field("/code")).isEqualTo("conflict");
        assertThat(api().delete(path).token(owner.accessToken()).send().status())
                .isEqualTo(409);
        assertThat(api().patch(path, Map.of("active", false))
                        .token(owner.accessToken())
                        .send()
                        .status())
                .isEqualTo(409);

        Account second = Accounts.addUser(api(), owner, "OWNER");
        assertThat(api().patch(path, Map.of("role", "ADMIN"))
                        .token(second.accessToken())
                        .send()
                        .status())
                .isEqualTo(200);
        Api.Reply lastNow = api().patch("/api/v1/users/" + second.userId(), Map.of("role", "MEMBER"))
                .token(second.accessToken())
                .send();
        assertThat(lastNow.status()).isEqualTo(409);
    }

    @Test
    void aDeactivatedUserCanNeitherSignInNorRefresh() {
        Account owner = Accounts.register(api());
        Account member = Accounts.addUser(api(), owner, "MEMBER");

        assertThat(api().delete("/api/v1/users/" + member.userId())
                        .token(owner.accessToken())
                        .send()
                        .status())
                .isEqualTo(204);
        assertThat(api().post("/api/v1/auth/login", Map.of("email", member.email(), "password", Accounts.PASSWORD))
                        .send()
                        .status())
                .isEqualTo(401);
        assertThat(api().post("/api/v1/auth/refresh", Map.of("refreshToken", member.refreshToken()))
                        .send()
                        .status())
                .isEqualTo(401);
        Api.Reply shown = api().get("/api/v1/users/" + member.userId())
                .token(owner.accessToken())
                .send();
        assertThat(shown.json().at("/active").asBoolean()).isFalse();
    }

    @Test
    void aDemotedAdminsTokenIsRefusedAndTheRefreshedOneNoLongerAdministers() {
        Account owner = Accounts.register(api());
        Account admin = Accounts.addUser(api(), owner, "ADMIN");
        assertThat(api().patch("/api/v1/users/" + admin.userId(), Map.of("role", "VIEWER"))
                        .token(owner.accessToken())
                        .send()
                        .status())
                .isEqualTo(200);

        Api.Reply stillTrying = api().post(
                        "/api/v1/users",
                        Map.of(
                                "email",
                                Accounts.uniqueEmail("x"),
                                "fullName",
                                "X",
                                "role",
                                "ADMIN",
                                "password",
                                Accounts.PASSWORD))
                .token(admin.accessToken())
                .send();
        assertThat(stillTrying.status())
                .as("the token stating ADMIN is revoked")
                .isEqualTo(401);

        Api.Reply refreshed = api().post("/api/v1/auth/refresh", Map.of("refreshToken", admin.refreshToken()))
                .send();
        assertThat(refreshed.status()).as("the sign-in goes on").isEqualTo(200);
        String viewer = refreshed.field("/accessToken");
        Api.Reply renaming = api().patch("/api/v1/tenants/current", Map.of("name", "Mine"))
                .token(viewer)
                .send();
        assertThat(renaming.status()).isEqualTo(403);
        Api.Reply adding = api().post(
                        "/api/v1/users",
                        Map.of(
                                "email",
                                Accounts.uniqueEmail("y"),
                                "fullName",
                                "Y",
                                "role",
                                "ADMIN",
                                "password",
                                Accounts.PASSWORD))
                .token(viewer)
                .send();
        assertThat(adding.status()).isEqualTo(403);
    }

    @Test
    void aStaleIfMatchIsRefused() {
        Account owner = Accounts.register(api());
        Account member = Accounts.addUser(api(), owner, "MEMBER");
        String path = "/api/v1/users/" + member.userId();
        String etag = api().get(path).token(owner.accessToken()).send().header("ETag");

        Api.Reply first = api().patch(path, Map.of("role", "VIEWER"))
                .header("If-Match", etag)
                .token(owner.accessToken())
                .send();
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).isNotEqualTo(etag);
        Api.Reply stale = api().patch(path, Map.of("role", "ADMIN"))
                .header("If-Match", etag)
                .token(owner.accessToken())
                .send();
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.field("/code")).isEqualTo("precondition_failed");
        assertThat(api().get(path).token(owner.accessToken()).send().field("/role"))
                .isEqualTo("VIEWER");
    }

    @Test
    void badUserInputIsAProblem() {
        Account owner = Accounts.register(api());
        Api.Reply badRole = api().post(
                        "/api/v1/users",
                        Map.of(
                                "email",
                                Accounts.uniqueEmail("x"),
                                "fullName",
                                "X",
                                "role",
                                "EMPEROR",
                                "password",
                                Accounts.PASSWORD))
                .token(owner.accessToken())
                .send();
        assertThat(badRole.status()).isEqualTo(400);
        Api.Reply duplicate = api().post(
                        "/api/v1/users",
                        Map.of(
                                "email",
                                owner.email(),
                                "fullName",
                                "X",
                                "role",
                                "MEMBER",
                                "password",
                                Accounts.PASSWORD))
                .token(owner.accessToken())
                .send();
        assertThat(duplicate.status()).isEqualTo(409);
        Api.Reply notAnId =
                api().get("/api/v1/users/not-a-uuid").token(owner.accessToken()).send();
        assertThat(notAnId.status()).isEqualTo(400);
        Api.Reply list = api().get("/api/v1/users").token(owner.accessToken()).send();
        assertThat(list.json().at("/totalItems").asInt()).isEqualTo(1);
    }
}
