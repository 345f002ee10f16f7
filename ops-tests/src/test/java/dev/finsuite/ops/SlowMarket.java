package dev.finsuite.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A market-service that converts at 1.1 after a delay: it makes every expense create in a foreign currency a
 * slow write, so a replica being stopped has requests in flight.
 */
final class SlowMarket implements AutoCloseable {

    private final HttpServer server;
    private final Duration delay;

    SlowMarket(Duration delay) {
        this.delay = delay;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/v1/conversions", this::convert);
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "slow-market");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void convert(HttpExchange exchange) throws IOException {
        ServiceProcess.sleep(delay);
        Map<String, String> query = new HashMap<>();
        for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(parts[0], parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        BigDecimal amount = new BigDecimal(query.get("amount"));
        byte[] body = """
                {"from":"%s","to":"%s","amount":"%s","convertedAmount":"%s","rate":"1.1","rateDate":"%s","source":"slow"}""".formatted(
                        query.get("from"),
                        query.get("to"),
                        amount.toPlainString(),
                        amount.multiply(new BigDecimal("1.1"))
                                .setScale(2, RoundingMode.HALF_UP)
                                .toPlainString(),
                        query.get("date"))
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
