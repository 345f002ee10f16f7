package dev.finsuite.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** A call from one service to another, over a real socket, carries the request id and the caller's token. */
class CallerForwardingTests {

    private HttpServer downstream;
    private final Map<String, String> received = new ConcurrentHashMap<>();

    @BeforeEach
    void startDownstream() throws Exception {
        downstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        downstream.createContext("/", exchange -> {
            exchange.getRequestHeaders().forEach((name, values) -> received.put(name.toLowerCase(), values.get(0)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        downstream.start();
    }

    @AfterEach
    void stop() {
        downstream.stop(0);
        MDC.clear();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void forwardsTheRequestIdAndTheCallersBearerToken() {
        MockHttpServletRequest incoming = new MockHttpServletRequest();
        incoming.addHeader("Authorization", "Bearer the-callers-token");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(incoming));
        MDC.put(RequestIdFilter.LOG_KEY, "req-42");

        client().get().uri("/api/v1/conversions").retrieve().toBodilessEntity();

        assertThat(received)
                .containsEntry("x-request-id", "req-42")
                .containsEntry("authorization", "Bearer the-callers-token");
    }

    @Test
    void neverSendsTheTokenToAHostOutsideTheSuite() {
        MockHttpServletRequest incoming = new MockHttpServletRequest();
        incoming.addHeader("Authorization", "Bearer the-callers-token");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(incoming));
        MDC.put(RequestIdFilter.LOG_KEY, "req-43");
        RestClient.Builder builder = RestClient.builder()
                .baseUrl("http://127.0.0.1:" + downstream.getAddress().getPort());
        new CallerForwarding(Set.of("market-service")).customize(builder);

        builder.build().get().uri("/external").retrieve().toBodilessEntity();

        assertThat(received).doesNotContainKey("authorization").doesNotContainKey("x-request-id");
    }

    @Test
    void theSuiteHostsComeFromConfiguredServiceUrlsEvenWithNoVariableSet() {
        // Under ./run.sh no *_SERVICE_URL variable is set: the services' own defaults name the suite's hosts.
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "application",
                        Map.of(
                                "finsuite.market-service-url", "http://localhost:8005",
                                "finsuite.emi-service-url", "http://emi.internal:8003",
                                "finsuite.other-setting", "http://elsewhere.example")));

        assertThat(CallerForwarding.suiteHosts(environment))
                .contains("localhost", "emi.internal")
                .doesNotContain("elsewhere.example");
    }

    @Test
    void outsideARequestNothingIsInvented() {
        client().get().uri("/anything").retrieve().toBodilessEntity();

        assertThat(received).doesNotContainKey("authorization").doesNotContainKey("x-request-id");
    }

    private RestClient client() {
        RestClient.Builder builder = RestClient.builder()
                .baseUrl("http://127.0.0.1:" + downstream.getAddress().getPort());
        new CallerForwarding(Set.of("127.0.0.1")).customize(builder);
        return builder.build();
    }
}
