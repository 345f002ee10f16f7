package dev.finsuite.probe;

import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A household registered through auth-service's API, as a user would: its OWNER's token, and a VIEWER's for
 * the tenant the probe attacks. Every name it is given carries {@link #marker}, so a response that leaks this
 * tenant's data to another is recognised by its text.
 */
record Tenant(String id, String ownerId, String ownerToken, String viewerToken, String marker) {

    static Tenant register(String authUrl, String label) {
        String marker = "probe" + label + UUID.randomUUID().toString().substring(0, 8);
        String email = marker + "@example.com";
        String password = "correct-horse-" + marker;
        RawHttp.Response registered = RawHttp.send(RawHttp.Request.of("POST", authUrl, "/api/v1/auth/register")
                .json(RawHttp.body(Map.of(
                        "tenantName",
                        marker + " household",
                        "fullName",
                        marker + " owner",
                        "email",
                        email,
                        "password",
                        password,
                        "baseCurrency",
                        "EUR"))));
        if (registered.status() != 201) {
            throw new IllegalStateException(
                    "Could not register tenant " + label + ": " + registered.status() + " " + registered.excerpt());
        }
        JsonNode body = registered.json();
        String token = body.path("accessToken").asString();
        String viewerEmail = marker + ".viewer@example.com";
        RawHttp.Response viewer = RawHttp.send(RawHttp.Request.of("POST", authUrl, "/api/v1/users")
                .token(token)
                .json(RawHttp.body(Map.of(
                        "email",
                        viewerEmail,
                        "fullName",
                        marker + " viewer",
                        "role",
                        "VIEWER",
                        "password",
                        password))));
        RawHttp.Response login = RawHttp.send(RawHttp.Request.of("POST", authUrl, "/api/v1/auth/login")
                .json(RawHttp.body(Map.of("email", viewerEmail, "password", password))));
        if (viewer.status() != 201 || login.status() != 200) {
            throw new IllegalStateException(
                    "Could not add a viewer to tenant " + label + ": " + viewer.excerpt() + " / " + login.excerpt());
        }
        return new Tenant(
                body.path("tenant").path("id").asString(),
                body.path("user").path("id").asString(),
                token,
                login.json().path("accessToken").asString(),
                marker);
    }
}
