package dev.finsuite.finance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * market-service's conversion endpoint, served on a real local socket. Rates are set per pair; a pair without
 * one answers 404 like market-service does. {@link #down()} closes the socket (connection refused), {@link #up()}
 * opens it again on the same port.
 */
public final class FakeMarket {

    private final Map<String, BigDecimal> rates = new ConcurrentHashMap<>();
    private final int port;
    private HttpServer server;

    public FakeMarket() {
        this.port = start(0);
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** 1 {@code from} is worth {@code rate} {@code to}. */
    public FakeMarket rate(String from, String to, String rate) {
        rates.put(from + to, new BigDecimal(rate));
        return this;
    }

    public synchronized void down() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    public synchronized void up() {
        if (server == null) {
            start(port);
        }
    }

    private synchronized int start(int onPort) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", onPort), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/v1/conversions", this::convert);
        server.start();
        return server.getAddress().getPort();
    }

    private void convert(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI());
        BigDecimal rate = rates.get(query.get("from") + query.get("to"));
        if (exchange.getRequestHeaders().getFirst("Authorization") == null) {
            respond(exchange, 401, "{\"code\":\"unauthorized\"}");
        } else if (rate == null) {
            respond(exchange, 404, "{\"code\":\"rate_not_found\"}");
        } else {
            BigDecimal amount = new BigDecimal(query.get("amount"));
            respond(exchange, 200, """
                    {"from":"%s","to":"%s","amount":"%s","convertedAmount":"%s","rate":"%s","rateDate":"%s","source":"fake-ecb"}"""
                    .formatted(query.get("from"), query.get("to"), amount.toPlainString(),
                            amount.multiply(rate).setScale(2, RoundingMode.HALF_UP).toPlainString(), rate.toPlainString(),
                            query.get("date")));
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new ConcurrentHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(parts[0], java.net.URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return values;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
