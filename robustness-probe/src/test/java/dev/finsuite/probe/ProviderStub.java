package dev.finsuite.probe;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * The market-data providers market-service calls, played by a local socket so the probe never reaches the
 * internet. They answer like healthy providers: the ECB's reference rates for today (so conversions succeed),
 * a Stooq quote of 100.00 and daily closes for any symbol (so quotes and histories succeed), and "no such symbol" from CoinGecko and Alpha
 * Vantage. A healthy provider matters: with none, market-service rightly answers 503 upstream_unavailable, which
 * the probe would have to tell apart from a 5xx caused by bad input.
 */
final class ProviderStub {

    private final HttpServer server;

    private ProviderStub(HttpServer server) {
        this.server = server;
    }

    static ProviderStub start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", ProviderStub::answer);
            server.setExecutor(Executors.newFixedThreadPool(2, runnable -> {
                Thread thread = new Thread(runnable, "provider-stub");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            return new ProviderStub(server);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the provider stub", e);
        }
    }

    /** The variables that point market-service at this stub instead of the real providers. */
    Map<String, String> environment() {
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.ofEntries(
                Map.entry("ECB_DAILY_URL", url + "/ecb/daily.xml"),
                Map.entry("ECB_HISTORY_URL", url + "/ecb/hist-90d.xml"),
                Map.entry("ECB_IMPORT_ON_START", "true"),
                Map.entry("ECB_CRON", "-"),
                Map.entry("OXR_CRON", "-"),
                Map.entry("OXR_URL", url + "/oxr/latest.json"),
                Map.entry("STOOQ_URL", url + "/stooq"),
                Map.entry("STOOQ_API_KEY", "probe-stub-key"),
                Map.entry("COINGECKO_URL", url + "/coingecko"),
                Map.entry("ALPHAVANTAGE_URL", url + "/alphavantage"));
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try (exchange;
                OutputStream out = exchange.getResponseBody()) {
            if (path.startsWith("/ecb/")) {
                send(exchange, out, "text/xml; charset=UTF-8", ecbRates());
            } else if (path.startsWith("/stooq/q/d/l")) {
                send(exchange, out, "text/csv; charset=utf-8", stooqHistory());
            } else if (path.startsWith("/stooq/q/l")) {
                send(
                        exchange,
                        out,
                        "text/csv; charset=utf-8",
                        stooqQuote(exchange.getRequestURI().getRawQuery()));
            } else if (path.startsWith("/alphavantage")) {
                send(exchange, out, "application/json", "{\"Global Quote\": {}}");
            } else if (path.startsWith("/coingecko")) {
                send(exchange, out, "application/json", "{}");
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    private static String ecbRates() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        StringBuilder days = new StringBuilder();
        for (LocalDate day = today.minusDays(10); !day.isAfter(today); day = day.plusDays(1)) {
            days.append("<Cube time='")
                    .append(day)
                    .append("'><Cube currency='USD' rate='1.1000'/>")
                    .append("<Cube currency='INR' rate='95.000'/><Cube currency='GBP' rate='0.85000'/>")
                    .append("<Cube currency='JPY' rate='160.00'/></Cube>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><gesmes:Envelope xmlns:gesmes="
                + "\"http://www.gesmes.org/xml/2002-08-01\" xmlns=\"http://www.ecb.int/vocabulary/2002-08-01/eurofxref\">"
                + "<gesmes:subject>Reference rates</gesmes:subject><Cube>" + days + "</Cube></gesmes:Envelope>";
    }

    /** Stooq's daily closes (of 100) for the last 60 days, whatever the symbol. */
    private static String stooqHistory() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        StringBuilder csv = new StringBuilder("Date,Open,High,Low,Close,Volume\r\n");
        for (LocalDate day = today.minusDays(60); !day.isAfter(today); day = day.plusDays(1)) {
            csv.append(day).append(",99,101,98,100,1000\r\n");
        }
        return csv.toString();
    }

    /** Stooq's CSV for the symbol asked ({@code s=}), whatever it is. */
    private static String stooqQuote(String query) {
        String symbol = "X.US";
        for (String pair : query == null ? new String[0] : query.split("&")) {
            if (pair.startsWith("s=")) {
                try {
                    symbol = java.net.URLDecoder.decode(pair.substring(2), StandardCharsets.UTF_8)
                            .toUpperCase();
                } catch (IllegalArgumentException e) {
                    symbol = pair.substring(2).toUpperCase();
                }
            }
        }
        return "Symbol,Date,Time,Open,High,Low,Close,Volume,Name\n" + symbol.replace(",", "") + ","
                + LocalDate.now(ZoneOffset.UTC) + ",22:00:00,99.00,101.00,98.00,100.00,1000,PROBE\n";
    }

    private static void send(HttpExchange exchange, OutputStream out, String contentType, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(200, bytes.length);
        out.write(bytes);
    }
}
