package dev.finsuite.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * The market providers, played by a local server with the real ECB payloads from {@code ../shared/fixtures}:
 * {@code /<replica>/ecb/daily.xml} and {@code /<replica>/ecb/hist-90d.xml}. Every request is recorded with its
 * time, so a test sees which replica imported when. Anything else is a 404; no test reaches the internet.
 */
final class ProviderFixtures {

    static final Path FIXTURES =
            Path.of("..", "..", "shared", "fixtures").toAbsolutePath().normalize();

    record Fetch(String path, Instant at) {
        String replica() {
            return path.split("/")[1];
        }
    }

    private final HttpServer server;
    private final List<Fetch> fetches = new CopyOnWriteArrayList<>();

    ProviderFixtures() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::answer);
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "provider-fixtures");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    List<Fetch> fetches() {
        return List.copyOf(fetches);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        fetches.add(new Fetch(path, Instant.now()));
        Path fixture = path.endsWith("/ecb/daily.xml")
                ? FIXTURES.resolve("fx/ecb-eurofxref-daily.sample.xml")
                : path.endsWith("/ecb/hist-90d.xml") ? FIXTURES.resolve("fx/ecb-eurofxref-hist-90d.sample.xml") : null;
        byte[] body = fixture == null ? "not found".getBytes() : Files.readAllBytes(fixture);
        exchange.getResponseHeaders().add("Content-Type", fixture == null ? "text/plain" : "application/xml");
        exchange.sendResponseHeaders(fixture == null ? 404 : 200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
