package dev.finsuite.common.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * market-service on a real local socket: conversions (as finance-service's fake), latest quotes and daily
 * history per symbol. Every endpoint answers 401 without an Authorization header.
 * <ul>
 * <li>{@link #rate}: a conversion rate per pair; a pair without one is 404 {@code rate_not_found}.</li>
 * <li>{@link #quote}: a symbol's price and currency; an unknown symbol is 404; {@link #failing} makes it 503,
 * {@link #slow} delays its answers.</li>
 * <li>{@link #history}: a symbol's daily closes; a symbol without any is 404; {@link #flaggedHistory} says per
 * close whether it is split-adjusted; more than 25 years asked is 400, as market-service answers.</li>
 * <li>{@link #down()} closes the socket (connection refused); {@link #up()} opens it again on the same port.</li>
 * <li>{@link #requests(String)} counts the requests per path; {@link #lastHeaders} keeps the last request's
 * Authorization and X-Request-Id per path.</li>
 * </ul>
 * Symbols are matched upper case, whatever the asset type asked.
 */
public final class FakeMarket {

    private final Map<String, BigDecimal> rates = new ConcurrentHashMap<>();
    private final Map<String, Priced> quotes = new ConcurrentHashMap<>();
    private final Map<String, List<String[]>> histories = new ConcurrentHashMap<>();
    private final Map<String, List<String[]>> rateHistories = new ConcurrentHashMap<>();
    private final Map<String, Boolean> failing = new ConcurrentHashMap<>();
    private final Map<String, Boolean> stale = new ConcurrentHashMap<>();
    private final Map<String, Duration> slow = new ConcurrentHashMap<>();
    private volatile Duration slowConversions = Duration.ZERO;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> lastHeaders = new ConcurrentHashMap<>();
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

    /** The symbol's latest price; it also stops failing. */
    public FakeMarket quote(String symbol, String price, String currency) {
        quotes.put(key(symbol), new Priced(new BigDecimal(price), currency));
        failing.remove(key(symbol));
        stale.remove(key(symbol));
        return this;
    }

    /** The symbol's last stored price, served marked stale, as market-service does while the provider fails. */
    public FakeMarket staleQuote(String symbol, String price, String currency) {
        quote(symbol, price, currency);
        stale.put(key(symbol), true);
        return this;
    }

    /** Forgets the symbol's price: 404 from now on. */
    public FakeMarket unknown(String symbol) {
        quotes.remove(key(symbol));
        histories.remove(key(symbol));
        return this;
    }

    /** The symbol's provider fails: its quote and history answer 503 {@code upstream_unavailable}. */
    public FakeMarket failing(String symbol) {
        failing.put(key(symbol), true);
        return this;
    }

    /** Every answer about the symbol waits this long first. */
    public FakeMarket slow(String symbol, Duration delay) {
        slow.put(key(symbol), delay);
        return this;
    }

    /**
     * The symbol's closes, alternating date and close: {@code history("AAPL", "2024-01-02", "185.64", …)}.
     * Returned ascending, whatever range is asked.
     */
    public FakeMarket history(String symbol, String... dateAndClose) {
        List<String[]> closes = new ArrayList<>();
        for (int i = 0; i + 1 < dateAndClose.length; i += 2) {
            closes.add(new String[] {dateAndClose[i], dateAndClose[i + 1]});
        }
        closes.sort((a, b) -> a[0].compareTo(b[0]));
        histories.put(key(symbol), closes);
        return this;
    }

    /**
     * The symbol's closes with market-service's per-close flag, in threes of date, close and {@code true} (per
     * today's share unit) or {@code false} (per unit of its own day): {@code flaggedHistory("X", "2020-08-28",
     * "500", "false", …)}. The answer's {@code adjustedForSplits} is true only when every close is adjusted.
     */
    public FakeMarket flaggedHistory(String symbol, String... dateCloseAndAdjusted) {
        List<String[]> closes = new ArrayList<>();
        for (int i = 0; i + 2 < dateCloseAndAdjusted.length; i += 3) {
            closes.add(
                    new String[] {dateCloseAndAdjusted[i], dateCloseAndAdjusted[i + 1], dateCloseAndAdjusted[i + 2]});
        }
        closes.sort((a, b) -> a[0].compareTo(b[0]));
        histories.put(key(symbol), closes);
        return this;
    }

    /**
     * Daily rates of a pair, alternating date and rate, served by {@code /api/v1/exchange-rates} as market-service
     * pages them (filtered to from..to, ascending).
     */
    public FakeMarket rateHistory(String from, String to, String... dateAndRate) {
        List<String[]> days = new ArrayList<>();
        for (int i = 0; i + 1 < dateAndRate.length; i += 2) {
            days.add(new String[] {dateAndRate[i], dateAndRate[i + 1]});
        }
        days.sort((a, b) -> a[0].compareTo(b[0]));
        rateHistories.put(from + to, days);
        return this;
    }

    /** A close for yesterday (UTC), so today's change is measured against {@code close}. */
    public FakeMarket previousClose(String symbol, String close) {
        return history(
                symbol, LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString(), close);
    }

    /** Delays every conversion's answer (a slow market-service), until {@link #reset()}. */
    public FakeMarket slowConversions(Duration delay) {
        slowConversions = delay;
        return this;
    }

    /** Forgets every symbol's price, history, failure and delay, and the counters; rates stay. */
    public void reset() {
        quotes.clear();
        histories.clear();
        rateHistories.clear();
        failing.clear();
        stale.clear();
        slow.clear();
        slowConversions = Duration.ZERO;
        requests.clear();
        lastHeaders.clear();
    }

    /** Requests received for exactly this path (e.g. {@code /api/v1/quotes/AAPL}). */
    public int requests(String path) {
        AtomicInteger count = requests.get(path);
        return count == null ? 0 : count.get();
    }

    /** The last request's header on this path, or null. */
    public String lastHeader(String path, String header) {
        Map<String, String> headers = lastHeaders.get(path);
        return headers == null ? null : headers.get(header.toLowerCase(java.util.Locale.ROOT));
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
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fake-market");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/api/v1/conversions", this::convert);
        server.createContext("/api/v1/quotes/", this::quotes);
        server.createContext("/api/v1/exchange-rates", this::rateHistory);
        server.start();
        return server.getAddress().getPort();
    }

    private void record(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        Map<String, String> headers = new ConcurrentHashMap<>();
        for (String name : List.of("Authorization", "X-Request-Id")) {
            String value = exchange.getRequestHeaders().getFirst(name);
            if (value != null) {
                headers.put(name.toLowerCase(java.util.Locale.ROOT), value);
            }
        }
        lastHeaders.put(path, headers);
    }

    private void convert(HttpExchange exchange) throws IOException {
        record(exchange);
        if (!slowConversions.isZero()) {
            try {
                Thread.sleep(slowConversions.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        Map<String, String> query = query(exchange.getRequestURI());
        BigDecimal rate = rates.get(query.get("from") + query.get("to"));
        if (exchange.getRequestHeaders().getFirst("Authorization") == null) {
            respond(exchange, 401, "{\"code\":\"unauthorized\"}");
        } else if (rate == null) {
            respond(exchange, 404, "{\"code\":\"rate_not_found\"}");
        } else {
            BigDecimal amount = new BigDecimal(query.get("amount"));
            respond(exchange, 200, """
                    {"from":"%s","to":"%s","amount":"%s","convertedAmount":"%s","rate":"%s","rateDate":"%s","source":"fake-ecb"}""".formatted(
                    query.get("from"),
                    query.get("to"),
                    amount.toPlainString(),
                    amount.multiply(rate).setScale(2, RoundingMode.HALF_UP).toPlainString(),
                    rate.toPlainString(),
                    query.get("date")));
        }
    }

    private void rateHistory(HttpExchange exchange) throws IOException {
        record(exchange);
        Map<String, String> query = query(exchange.getRequestURI());
        if (exchange.getRequestHeaders().getFirst("Authorization") == null) {
            respond(exchange, 401, "{\"code\":\"unauthorized\"}");
            return;
        }
        List<String[]> days = rateHistories.getOrDefault(query.get("base") + query.get("quote"), List.of()).stream()
                .filter(day -> day[0].compareTo(query.get("from")) >= 0 && day[0].compareTo(query.get("to")) <= 0)
                .toList();
        int page = Integer.parseInt(query.getOrDefault("page", "0"));
        int size = Integer.parseInt(query.getOrDefault("size", "50"));
        StringBuilder items = new StringBuilder();
        for (String[] day :
                days.subList(Math.min(days.size(), page * size), Math.min(days.size(), (page + 1) * size))) {
            if (!items.isEmpty()) {
                items.append(',');
            }
            items.append("{\"base\":\"%s\",\"quote\":\"%s\",\"rate\":\"%s\",\"rateDate\":\"%s\",\"source\":\"ECB\"}"
                    .formatted(query.get("base"), query.get("quote"), day[1], day[0]));
        }
        respond(
                exchange,
                200,
                "{\"items\":[%s],\"page\":%d,\"size\":%d,\"totalItems\":%d,\"totalPages\":%d}"
                        .formatted(items, page, size, days.size(), (days.size() + size - 1) / size));
    }

    /** {@code /api/v1/quotes/{symbol}} and {@code /api/v1/quotes/{symbol}/history}. */
    private void quotes(HttpExchange exchange) throws IOException {
        record(exchange);
        String rest = exchange.getRequestURI().getPath().substring("/api/v1/quotes/".length());
        boolean isHistory = rest.endsWith("/history");
        String symbol = key(isHistory ? rest.substring(0, rest.length() - "/history".length()) : rest);
        Map<String, String> query = query(exchange.getRequestURI());
        Duration delay = slow.get(symbol);
        if (delay != null) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (exchange.getRequestHeaders().getFirst("Authorization") == null) {
            respond(exchange, 401, "{\"code\":\"unauthorized\"}");
        } else if (symbol.isEmpty() || symbol.contains("/")) {
            respond(exchange, 404, "{\"code\":\"not_found\"}");
        } else if (failing.containsKey(symbol)) {
            respond(exchange, 503, "{\"code\":\"upstream_unavailable\"}");
        } else if (isHistory) {
            history(exchange, symbol, query);
        } else {
            Priced priced = quotes.get(symbol);
            if (priced == null) {
                respond(exchange, 404, "{\"code\":\"not_found\"}");
            } else {
                respond(exchange, 200, """
                        {"symbol":"%s","price":"%s","currency":"%s","asOf":"%s","source":"fake","stale":%s}""".formatted(
                                symbol,
                                priced.price().toPlainString(),
                                priced.currency(),
                                Instant.now(),
                                stale.containsKey(symbol)));
            }
        }
    }

    private void history(HttpExchange exchange, String symbol, Map<String, String> query) throws IOException {
        List<String[]> closes = histories.get(symbol);
        if (closes == null) {
            respond(exchange, 404, "{\"code\":\"not_found\"}");
            return;
        }
        if (query.containsKey("from")
                && query.containsKey("to")
                && LocalDate.parse(query.get("from")).plusYears(25).isBefore(LocalDate.parse(query.get("to")))) {
            respond(
                    exchange,
                    400,
                    "{\"code\":\"validation_failed\",\"errors\":[{\"field\":\"to\","
                            + "\"message\":\"must be at most 25 years after from\"}]}");
            return;
        }
        Priced priced = quotes.get(symbol);
        StringBuilder items = new StringBuilder();
        boolean allAdjusted = true;
        for (String[] close : closes) {
            if (!items.isEmpty()) {
                items.append(',');
            }
            items.append("{\"date\":\"%s\",\"close\":\"%s\",\"source\":\"fake\"".formatted(close[0], close[1]));
            if (close.length > 2) {
                items.append(",\"splitAdjusted\":").append(Boolean.parseBoolean(close[2]));
                allAdjusted &= Boolean.parseBoolean(close[2]);
            }
            items.append('}');
        }
        respond(exchange, 200, """
                {"symbol":"%s","assetType":"%s","currency":"%s","adjustedForSplits":%s,"closes":[%s]}""".formatted(
                        symbol,
                        query.getOrDefault("assetType", "STOCK"),
                        priced == null ? "USD" : priced.currency(),
                        allAdjusted,
                        items));
    }

    private static String key(String symbol) {
        return URLDecoder.decode(symbol, StandardCharsets.UTF_8).toUpperCase(java.util.Locale.ROOT);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new ConcurrentHashMap<>();
        if (uri.getRawQuery() == null) {
            return values;
        }
        for (String pair : uri.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts.length == 2) {
                values.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders()
                .set("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private record Priced(BigDecimal price, String currency) {}
}
