package dev.finsuite.ops;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** Plain HTTP calls as a client makes them, and a household registered to make them with. */
final class Http {

    static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private Http() {}

    static HttpResponse<String> get(String url, String token, String... headers) {
        return send(request(url, token, headers).GET());
    }

    static HttpResponse<String> post(String url, String token, String json, String... headers) {
        return send(request(url, token, headers)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static HttpRequest.Builder request(String url, String token, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder;
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static <T> T json(HttpResponse<String> response, String path) {
        return JsonPath.read(response.body(), path);
    }

    /** A new household (tenant, base currency USD) registered at auth-service; its owner's access token. */
    static String register(String authUrl) {
        String email = "owner-" + UUID.randomUUID() + "@example.com";
        HttpResponse<String> registered = post(authUrl + "/api/v1/auth/register", null, """
                {"tenantName":"Ops household","fullName":"Owner","email":"%s","password":"a long passphrase",
                 "baseCurrency":"USD"}""".formatted(email));
        if (registered.statusCode() != 201) {
            throw new IllegalStateException("register: " + registered.statusCode() + " " + registered.body());
        }
        return json(registered, "$.accessToken");
    }
}
