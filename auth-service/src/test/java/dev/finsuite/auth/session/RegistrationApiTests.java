package dev.finsuite.auth.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.finsuite.auth.Accounts;
import dev.finsuite.auth.Accounts.Account;
import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.ServiceTest;
import dev.finsuite.common.testsupport.TestInfrastructure;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RegistrationApiTests extends ServiceTest {

    @Test
    void registeringCreatesATenantItsOwnerAndASignIn() {
        String email = Accounts.uniqueEmail("New.Person");
        Api.Reply reply = api().post(
                        "/api/v1/auth/register",
                        Map.of(
                                "tenantName",
                                "  The Smiths ",
                                "fullName",
                                "Sam Smith",
                                "email",
                                email.toUpperCase(),
                                "password",
                                Accounts.PASSWORD))
                .send();

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.header("Location")).isEqualTo("/api/v1/tenants/current");
        assertThat(reply.field("/tenant/name")).isEqualTo("The Smiths");
        assertThat(reply.field("/tenant/baseCurrency")).isEqualTo("USD");
        assertThat(reply.field("/tenant/timezone")).isEqualTo("UTC");
        assertThat(reply.field("/user/email")).isEqualTo(email.toLowerCase());
        assertThat(reply.field("/user/role")).isEqualTo("OWNER");
        assertThat(reply.json().at("/user/passwordHash").isMissingNode()).isTrue();
        assertThat(reply.text()).doesNotContain(Accounts.PASSWORD).doesNotContain("argon2");
        assertThat(reply.field("/tokenType")).isEqualTo("Bearer");

        Api.Reply me =
                api().get("/api/v1/users/me").token(reply.field("/accessToken")).send();
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.field("/email")).isEqualTo(email.toLowerCase());
    }

    @Test
    void aBaseCurrencyIsReadAsEveryServiceReadsACurrencyCode() {
        Api.Reply reply = api().post(
                        "/api/v1/auth/register",
                        Map.of(
                                "tenantName",
                                "Lower Case Home",
                                "fullName",
                                "L",
                                "email",
                                Accounts.uniqueEmail("lower"),
                                "password",
                                Accounts.PASSWORD,
                                "baseCurrency",
                                "inr"))
                .send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.field("/tenant/baseCurrency")).isEqualTo("INR");
    }

    @Test
    void theDatabaseRefusesABaseCurrencyTheCurrencyTableLacks() throws SQLException {
        try (Connection owner = TestInfrastructure.ownerConnection();
                PreparedStatement insert =
                        owner.prepareStatement("insert into tenants (id, name, base_currency, timezone)"
                                + " values (?, 'Testing Money', 'XTS', 'UTC')")) {
            insert.setObject(1, UUID.randomUUID());
            assertThatThrownBy(insert::executeUpdate).hasMessageContaining("tenants_base_currency_fkey");
        }
    }

    @Test
    void anEmailIsTakenWhateverItsCase() throws SQLException {
        Account existing = Accounts.register(api());
        Api.Reply again = api().post(
                        "/api/v1/auth/register",
                        Map.of(
                                "tenantName",
                                "Copycat",
                                "fullName",
                                "C",
                                "email",
                                existing.email().toUpperCase(),
                                "password",
                                Accounts.PASSWORD))
                .send();

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.field("/code")).isEqualTo("conflict");
        assertThat(tenantsNamed("Copycat")).isZero();
    }

    @Test
    void aSmuggledTenantOrRoleIsIgnored() {
        Account victim = Accounts.register(api());
        String email = Accounts.uniqueEmail("smuggler");
        Map<String, Object> body = new HashMap<>(
                Map.of("tenantName", "Mine", "fullName", "S", "email", email, "password", Accounts.PASSWORD));
        body.put("tenantId", victim.tenantId().toString());
        body.put("role", "VIEWER");
        Api.Reply reply = api().post("/api/v1/auth/register", body).send();

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.field("/tenant/id")).isNotEqualTo(victim.tenantId().toString());
        assertThat(reply.field("/user/role")).isEqualTo("OWNER");
    }

    static Stream<Arguments> badRegistrations() {
        Map<String, Object> valid = Map.of(
                "tenantName",
                "Bad Input Home",
                "fullName",
                "B",
                "email",
                "x@example.com",
                "password",
                Accounts.PASSWORD);
        return Stream.of(
                Arguments.of("malformed JSON", "{\"tenantName\": \"Bad Input Home\",", 400, null),
                Arguments.of("not an object", "[1,2,3]", 400, null),
                Arguments.of("missing email", without(valid, "email"), 400, "email"),
                Arguments.of("missing password", without(valid, "password"), 400, "password"),
                Arguments.of("bad email", with(valid, "email", "not-an-email"), 400, "email"),
                Arguments.of("short password", with(valid, "password", "short"), 400, "password"),
                Arguments.of("password over 128", with(valid, "password", "p".repeat(129)), 400, "password"),
                Arguments.of("blank tenant name", with(valid, "tenantName", "   "), 400, "tenantName"),
                Arguments.of("unknown currency", with(valid, "baseCurrency", "XYZ"), 400, "baseCurrency"),
                Arguments.of("the JDK's testing code", with(valid, "baseCurrency", "XTS"), 400, "baseCurrency"),
                Arguments.of("the JDK's no-currency code", with(valid, "baseCurrency", "XXX"), 400, "baseCurrency"),
                Arguments.of("special drawing rights", with(valid, "baseCurrency", "XDR"), 400, "baseCurrency"),
                Arguments.of("a crypto-asset", with(valid, "baseCurrency", "BTC"), 400, "baseCurrency"),
                Arguments.of("a currency no longer in use", with(valid, "baseCurrency", "BGN"), 400, "baseCurrency"),
                Arguments.of("unknown time zone", with(valid, "timezone", "Mars/Olympus"), 400, "timezone"),
                Arguments.of("name of the wrong type", with(valid, "fullName", Map.of("first", "B")), 400, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRegistrations")
    void badInputIsAProblemAndWritesNothing(String what, Object body, int status, String field) throws SQLException {
        Object request = body instanceof Map<?, ?> map ? uniqueEmailIn(map) : body;
        Api.Reply reply = api().post("/api/v1/auth/register", request).send();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.field("/code")).isEqualTo("validation_failed");
        assertThat(reply.text()).doesNotContain("Exception").doesNotContain("at dev.");
        if (field != null) {
            assertThat(reply.json().at("/errors").findValuesAsString("field")).contains(field);
        }
        assertThat(tenantsNamed("Bad Input Home")).isZero();
    }

    @Test
    void anOversizeBodyIs413AndWritesNothing() throws SQLException {
        Map<String, Object> body = Map.of(
                "tenantName",
                "Bad Input Home",
                "fullName",
                "x".repeat(2_000_000),
                "email",
                Accounts.uniqueEmail("big"),
                "password",
                Accounts.PASSWORD);
        Api.Reply reply = api().post("/api/v1/auth/register", body).send();

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.field("/code")).isEqualTo("payload_too_large");
        assertThat(tenantsNamed("Bad Input Home")).isZero();
    }

    private static Map<String, Object> uniqueEmailIn(Map<?, ?> body) {
        Map<String, Object> copy = new HashMap<>();
        body.forEach((key, value) -> copy.put((String) key, value));
        if ("x@example.com".equals(copy.get("email"))) {
            copy.put("email", Accounts.uniqueEmail("bad"));
        }
        return copy;
    }

    private static Map<String, Object> without(Map<String, Object> body, String key) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.remove(key);
        return copy;
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    /** Counted as the tables' owner, past row-level security: does any tenant by this name exist at all? */
    static int tenantsNamed(String name) throws SQLException {
        try (Connection connection = TestInfrastructure.ownerConnection();
                PreparedStatement statement =
                        connection.prepareStatement("select count(*) from tenants where name = ?")) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
