package dev.finsuite.market;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The providers, played by a local HTTP server on a real socket serving the real payloads from
 * {@code ../shared/fixtures}. Each path can be switched to misbehave: garbage, an error status, an empty body
 * or an answer slower than the provider timeout. No test reaches the internet.
 */
public final class ProviderFixtures {

    public static final Path FIXTURES =
            Path.of("..", "..", "shared", "fixtures").toAbsolutePath().normalize();
    private static final ProviderFixtures INSTANCE = new ProviderFixtures();

    private final HttpServer server;
    private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();
    private final Map<String, byte[]> bodies = new ConcurrentHashMap<>();
    private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    public enum Behaviour {
        NORMAL,
        GARBAGE,
        SERVER_ERROR,
        EMPTY,
        SLOW
    }

    private ProviderFixtures() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::answer);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    public static ProviderFixtures get() {
        return INSTANCE;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Serves {@code fixture} (a path under shared/fixtures) at {@code path}, behaving normally. */
    public void serve(String path, String fixture) {
        serve(path, fixture, 200);
    }

    /** Serves {@code fixture} with another HTTP status, as providers answer some errors (CoinGecko's 404). */
    public void serve(String path, String fixture, int status) {
        try {
            bodies.put(path, Files.readAllBytes(FIXTURES.resolve(fixture)));
        } catch (IOException e) {
            throw new IllegalStateException("Missing fixture " + fixture + " under " + FIXTURES, e);
        }
        statuses.put(path, status);
        behaviours.put(path, Behaviour.NORMAL);
    }

    public void serveText(String path, String body) {
        bodies.put(path, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        statuses.put(path, 200);
        behaviours.put(path, Behaviour.NORMAL);
    }

    public void behave(String path, Behaviour behaviour) {
        behaviours.put(path, behaviour);
    }

    /** The raw query strings received, newest last (to see which key a keyed provider was called with). */
    public List<String> requests() {
        return requests;
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(path + "?" + exchange.getRequestURI().getRawQuery());
        Behaviour behaviour = behaviours.getOrDefault(path, Behaviour.NORMAL);
        byte[] body = bodies.get(path);
        try (exchange;
                OutputStream out = exchange.getResponseBody()) {
            switch (behaviour) {
                case SLOW -> {
                    sleep(3_500);
                    send(exchange, out, 200, body);
                }
                case GARBAGE -> send(exchange, out, 200, "<<<not what you expect}}} \u0000".getBytes());
                case SERVER_ERROR -> send(exchange, out, 500, "upstream exploded".getBytes());
                case EMPTY -> send(exchange, out, 200, new byte[0]);
                case NORMAL -> {
                    if (body == null) {
                        send(exchange, out, 404, "not found".getBytes());
                    } else {
                        exchange.getResponseHeaders().set("Content-Type", contentType(path, body));
                        send(exchange, out, statuses.getOrDefault(path, 200), body);
                    }
                }
            }
        }
    }

    /** What the real providers declare: XML, JSON or CSV text. */
    private static String contentType(String path, byte[] body) {
        if (path.endsWith(".xml")) {
            return "text/xml; charset=UTF-8";
        }
        return body.length > 0 && (body[0] == '{' || body[0] == '[')
                ? "application/json; charset=utf-8"
                : "text/csv; charset=utf-8";
    }

    private static void send(HttpExchange exchange, OutputStream out, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body == null || body.length == 0 ? -1 : body.length);
        if (body != null && body.length > 0) {
            out.write(body);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
