package dev.finsuite.probe;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP/1.1 over a socket with the path and query sent exactly as written: {@code %FF} or {@code %00} reaches the
 * server undecoded, as an attacker's client would send it. The timeout is far above the probe's bound so that a
 * slow answer is measured and reported, not cut short.
 */
final class RawHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private RawHttp() {}

    /** A request as sent: the raw target (path and query, already percent-encoded or deliberately not). */
    record Request(String method, String baseUrl, String target, Map<String, String> headers, byte[] body) {

        Request {
            headers = Map.copyOf(headers);
        }

        static Request of(String method, String baseUrl, String target) {
            return new Request(method, baseUrl, target, Map.of(), null);
        }

        Request header(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            if (value == null) {
                more.remove(name);
            } else {
                more.put(name, value);
            }
            return new Request(method, baseUrl, target, more, body);
        }

        Request json(String text) {
            return withBody("application/json", text.getBytes(StandardCharsets.UTF_8));
        }

        Request withBody(String contentType, byte[] bytes) {
            return new Request(method, baseUrl, target, headers, bytes).header("Content-Type", contentType);
        }

        Request token(String accessToken) {
            return header("Authorization", accessToken == null ? null : "Bearer " + accessToken);
        }
    }

    /** What came back, or the I/O failure instead, and how long it took. */
    record Response(int status, String contentType, String body, Duration elapsed, String failure) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            return JSON.readTree(body);
        }

        String excerpt() {
            String text = failure != null ? failure : body == null ? "" : body.replaceAll("\\s+", " ");
            return text.length() > 300 ? text.substring(0, 300) + "…" : text;
        }
    }

    static Response send(Request request) {
        long start = System.nanoTime();
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(request.baseUrl() + request.target()))
                    .timeout(Duration.ofSeconds(60))
                    .method(
                            request.method(),
                            request.body() == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(request.body()));
            request.headers().forEach(builder::header);
            HttpResponse<byte[]> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            return new Response(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    new String(response.body(), StandardCharsets.UTF_8),
                    elapsed,
                    null);
        } catch (IOException | IllegalArgumentException e) {
            return new Response(-1, "", "", Duration.ofNanos(System.nanoTime() - start), "no HTTP answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String body(Object value) {
        return JSON.writeValueAsString(value);
    }
}
