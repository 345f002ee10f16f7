package dev.finsuite.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import java.util.Map;
import java.util.UUID;

/** Test data: tenants registered through the real API, and users added to them. */
public final class Accounts {

    public static final String PASSWORD = "correct horse battery";

    private Accounts() {}

    public static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    public static Account register(Api api) {
        String email = uniqueEmail("owner");
        Api.Reply reply = api.post(
                        "/api/v1/auth/register",
                        Map.of(
                                "tenantName",
                                "Household " + email,
                                "fullName",
                                "Olivia Owner",
                                "email",
                                email,
                                "password",
                                PASSWORD,
                                "baseCurrency",
                                "INR",
                                "timezone",
                                "Asia/Kolkata"))
                .send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return new Account(
                UUID.fromString(reply.field("/tenant/id")),
                UUID.fromString(reply.field("/user/id")),
                email,
                reply.field("/accessToken"),
                reply.field("/refreshToken"));
    }

    /** Adds a user with {@code role} to the admin's tenant and signs them in. */
    public static Account addUser(Api api, Account admin, String role) {
        String email = uniqueEmail(role.toLowerCase());
        Api.Reply added = api.post(
                        "/api/v1/users",
                        Map.of("email", email, "fullName", "A " + role, "role", role, "password", PASSWORD))
                .token(admin.accessToken())
                .send();
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        Api.Reply login = api.post("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD))
                .send();
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return new Account(
                admin.tenantId(),
                UUID.fromString(added.field("/id")),
                email,
                login.field("/accessToken"),
                login.field("/refreshToken"));
    }

    public record Account(UUID tenantId, UUID userId, String email, String accessToken, String refreshToken) {}
}
