package dev.finsuite.auth.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.auth.Accounts;
import dev.finsuite.auth.Accounts.Account;
import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.ServiceTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tenant B's owner, holding a perfectly valid token, attacks tenant A's users. */
class TenantIsolationApiTests extends ServiceTest {

    @Test
    void anotherTenantsUsersAreNotFound() {
        Account victim = Accounts.register(api());
        Account victimMember = Accounts.addUser(api(), victim, "MEMBER");
        Account attacker = Accounts.register(api());
        String path = "/api/v1/users/" + victimMember.userId();

        Api.Reply read = api().get(path).token(attacker.accessToken()).send();
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.field("/code")).isEqualTo("not_found");
        assertThat(api().patch(path, Map.of("role", "VIEWER"))
                        .token(attacker.accessToken())
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(api().patch(path, Map.of("active", false))
                        .token(attacker.accessToken())
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(api().delete(path).token(attacker.accessToken()).send().status())
                .isEqualTo(404);

        Api.Reply list = api().get("/api/v1/users?size=200")
                .token(attacker.accessToken())
                .send();
        assertThat(list.json().at("/items").findValuesAsString("id"))
                .containsExactly(attacker.userId().toString());

        Api.Reply untouched = api().get(path).token(victim.accessToken()).send();
        assertThat(untouched.field("/role")).isEqualTo("MEMBER");
        assertThat(untouched.json().at("/active").asBoolean()).isTrue();
    }

    @Test
    void aTenantIdInABodyNeverRedirectsAWrite() {
        Account victim = Accounts.register(api());
        Account attacker = Accounts.register(api());

        Api.Reply renamed = api().patch(
                        "/api/v1/tenants/current",
                        Map.of(
                                "name",
                                "Pwned",
                                "tenantId",
                                victim.tenantId().toString(),
                                "id",
                                victim.tenantId().toString()))
                .token(attacker.accessToken())
                .send();

        assertThat(renamed.field("/id")).isEqualTo(attacker.tenantId().toString());
        assertThat(api().get("/api/v1/tenants/current")
                        .token(victim.accessToken())
                        .send()
                        .field("/name"))
                .isNotEqualTo("Pwned");
    }
}
