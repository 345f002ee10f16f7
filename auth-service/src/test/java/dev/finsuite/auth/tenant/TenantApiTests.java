package dev.finsuite.auth.tenant;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.finsuite.auth.Accounts;
import dev.finsuite.auth.Accounts.Account;
import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.ServiceTest;

import static org.assertj.core.api.Assertions.assertThat;

class TenantApiTests extends ServiceTest {

    @Test
    void anAdminChangesTheTenantAMemberCannot() {
        Account owner = Accounts.register(api());
        Account admin = Accounts.addUser(api(), owner, "ADMIN");
        Account member = Accounts.addUser(api(), owner, "MEMBER");

        Api.Reply current = api().get("/api/v1/tenants/current").token(member.accessToken()).send();
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.field("/baseCurrency")).isEqualTo("INR");

        Api.Reply byMember = api().patch("/api/v1/tenants/current", Map.of("name", "Mine now"))
                .token(member.accessToken()).send();
        assertThat(byMember.status()).isEqualTo(403);

        Api.Reply byAdmin = api().patch("/api/v1/tenants/current",
                Map.of("name", "Renamed", "baseCurrency", "EUR", "timezone", "Europe/Paris"))
                .header("If-Match", current.header("ETag")).token(admin.accessToken()).send();
        assertThat(byAdmin.status()).isEqualTo(200);
        assertThat(byAdmin.field("/name")).isEqualTo("Renamed");
        assertThat(byAdmin.field("/baseCurrency")).isEqualTo("EUR");
        assertThat(byAdmin.field("/timezone")).isEqualTo("Europe/Paris");

        Api.Reply stale = api().patch("/api/v1/tenants/current", Map.of("name", "Again"))
                .header("If-Match", current.header("ETag")).token(admin.accessToken()).send();
        assertThat(stale.status()).isEqualTo(412);
    }

    @Test
    void badTenantValuesAreProblemsAndChangeNothing() {
        Account owner = Accounts.register(api());
        Api.Reply badCurrency = api().patch("/api/v1/tenants/current", Map.of("name", "Changed", "baseCurrency", "EURO"))
                .token(owner.accessToken()).send();
        assertThat(badCurrency.status()).isEqualTo(400);
        assertThat(badCurrency.json().at("/errors").findValuesAsString("field")).contains("baseCurrency");
        Api.Reply current = api().get("/api/v1/tenants/current").token(owner.accessToken()).send();
        assertThat(current.field("/name")).isNotEqualTo("Changed");
        assertThat(current.field("/baseCurrency")).isEqualTo("INR");
    }
}
