package dev.finsuite.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.ServiceJars;
import dev.finsuite.export.ExportTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * finance-service answering 500 and emi- and investment-service not listening: every report and computed export
 * that needs one of them is a 503 upstream_unavailable problem, never a 500 and never a partial figure.
 */
class UpstreamDownTests extends ExportTest {

    private static final HttpServer FAILING = failing();

    @DynamicPropertySource
    static void downUpstreams(DynamicPropertyRegistry registry) {
        registry.add(
                "finsuite.finance-service-url",
                () -> "http://127.0.0.1:" + FAILING.getAddress().getPort());
        registry.add("finsuite.emi-service-url", () -> "http://127.0.0.1:" + ServiceJars.freePort());
        registry.add("finsuite.investment-service-url", () -> "http://127.0.0.1:" + ServiceJars.freePort());
        registry.add("finsuite.upstream-timeout", () -> "2s");
    }

    private static HttpServer failing() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                byte[] body = "{\"code\":\"internal_error\"}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(500, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aReportOrExportWhoseServiceIsDownOrFailingIsA503Problem() throws Exception {
        String token = viewer(newTenant());
        for (String path : new String[] {
            "/api/v1/reports/budget-vs-actual?from=2026-01-01&to=2026-03-31",
            "/api/v1/reports/net-worth",
            "/api/v1/reports/loans/" + UUID.randomUUID(),
            "/api/v1/reports/investments?format=csv",
            "/api/v1/exports/budget-statuses",
            "/api/v1/exports/loan-schedules?format=xlsx",
            "/api/v1/exports/investment-holdings"
        }) {
            Api.Reply reply = api().get(path).token(token).send();
            assertThat(reply.status()).as(reply.toString()).isEqualTo(503);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.field("/code")).isEqualTo("upstream_unavailable");
        }
    }
}
