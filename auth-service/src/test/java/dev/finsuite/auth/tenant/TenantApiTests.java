package dev.finsuite.auth.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.auth.Accounts;
import dev.finsuite.auth.Accounts.Account;
import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.ServiceTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TenantApiTests extends ServiceTest {

    @Test
    void onlyAnOwnerChangesTheTenantSettings() {
        Account owner = Accounts.register(api());
        Account admin = Accounts.addUser(api(), owner, "ADMIN");
        Account member = Accounts.addUser(api(), owner, "MEMBER");

        Api.Reply current =
                api().get("/api/v1/tenants/current").token(member.accessToken()).send();
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.field("/baseCurrency")).isEqualTo("INR");

        Api.Reply byMember = api().patch("/api/v1/tenants/current", Map.of("name", "Mine now"))
                .token(member.accessToken())
                .send();
        assertThat(byMember.status()).isEqualTo(403);

        // The conventions reserve tenant settings for OWNER: an admin manages users, not the household's currency.
        Api.Reply byAdmin = api().patch(
                        "/api/v1/tenants/current",
                        Map.of("name", "Admin's", "baseCurrency", "USD", "timezone", "America/New_York"))
                .header("If-Match", current.header("ETag"))
                .token(admin.accessToken())
                .send();
        assertThat(byAdmin.status()).as(byAdmin.toString()).isEqualTo(403);
        assertThat(byAdmin.field("/code")).isEqualTo("forbidden");
        Api.Reply unchanged =
                api().get("/api/v1/tenants/current").token(owner.accessToken()).send();
        assertThat(unchanged.field("/name")).isEqualTo(current.field("/name"));
        assertThat(unchanged.field("/baseCurrency")).isEqualTo("INR");
        assertThat(unchanged.field("/timezone")).isEqualTo(current.field("/timezone"));
        assertThat(unchanged.header("ETag")).isEqualTo(current.header("ETag"));

        // A code the JDK knows but no rate import does (XTS is for testing) would break every summary: refused whole.
        Api.Reply testingMoney = api().patch(
                        "/api/v1/tenants/current", Map.of("name", "Renamed", "baseCurrency", "XTS"))
                .header("If-Match", current.header("ETag"))
                .token(owner.accessToken())
                .send();
        assertThat(testingMoney.status()).as(testingMoney.toString()).isEqualTo(400);
        assertThat(testingMoney.json().at("/errors").findValuesAsString("field"))
                .contains("baseCurrency");
        assertThat(api().get("/api/v1/tenants/current")
                        .token(owner.accessToken())
                        .send()
                        .field("/name"))
                .isEqualTo(current.field("/name"));

        Api.Reply byOwner = api().patch(
                        "/api/v1/tenants/current",
                        Map.of("name", "Renamed", "baseCurrency", "EUR", "timezone", "Europe/Paris"))
                .header("If-Match", current.header("ETag"))
                .token(owner.accessToken())
                .send();
        assertThat(byOwner.status()).as(byOwner.toString()).isEqualTo(200);
        assertThat(byOwner.field("/name")).isEqualTo("Renamed");
        assertThat(byOwner.field("/baseCurrency")).isEqualTo("EUR");
        assertThat(byOwner.field("/timezone")).isEqualTo("Europe/Paris");

        Api.Reply stale = api().patch("/api/v1/tenants/current", Map.of("name", "Again"))
                .header("If-Match", current.header("ETag"))
                .token(owner.accessToken())
                .send();
        assertThat(stale.status()).isEqualTo(412);
    }

    @Test
    void aDemotedOwnersTokenNoLongerChangesTheTenant() {
        Account owner = Accounts.register(api());
        Account second = Accounts.addUser(api(), owner, "OWNER");
        assertThat(api().patch("/api/v1/users/" + second.userId(), Map.of("role", "ADMIN"))
                        .token(owner.accessToken())
                        .send()
                        .status())
                .isEqualTo(200);

        Api.Reply renaming = api().patch("/api/v1/tenants/current", Map.of("name", "Mine"))
                .token(second.accessToken())
                .send();
        assertThat(renaming.status()).as("the token stating OWNER is revoked").isEqualTo(401);
        Api.Reply refreshed = api().post("/api/v1/auth/refresh", Map.of("refreshToken", second.refreshToken()))
                .send();
        assertThat(refreshed.status()).isEqualTo(200);
        Api.Reply asAdmin = api().patch("/api/v1/tenants/current", Map.of("name", "Mine"))
                .token(refreshed.field("/accessToken"))
                .send();
        assertThat(asAdmin.status()).as("an admin may not change the tenant").isEqualTo(403);
        assertThat(api().get("/api/v1/tenants/current")
                        .token(owner.accessToken())
                        .send()
                        .field("/name"))
                .isNotEqualTo("Mine");
    }

    @Test
    void badTenantValuesAreProblemsAndChangeNothing() {
        Account owner = Accounts.register(api());
        Api.Reply badCurrency = api().patch(
                        "/api/v1/tenants/current", Map.of("name", "Changed", "baseCurrency", "EURO"))
                .token(owner.accessToken())
                .send();
        assertThat(badCurrency.status()).isEqualTo(400);
        assertThat(badCurrency.json().at("/errors").findValuesAsString("field")).contains("baseCurrency");
        Api.Reply current =
                api().get("/api/v1/tenants/current").token(owner.accessToken()).send();
        assertThat(current.field("/name")).isNotEqualTo("Changed");
        assertThat(current.field("/baseCurrency")).isEqualTo("INR");
    }
}
