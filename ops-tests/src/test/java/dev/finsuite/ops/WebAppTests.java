package dev.finsuite.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The web app's end-to-end tests (web/e2e: Playwright in Debian's Chromium) against this module's running suite,
 * with the app served by the real nginx gateway as docker compose and ./run.sh serve it: a household signs up,
 * records expenses in two currencies, sets a budget, runs a loan what-if, exports a CSV, and a second household sees
 * none of it. Run here rather than in the web module so the build starts the suite once for both.
 *
 * <p>The web module must have been built (web/dist and web/node_modules): the reactor builds it before this module.
 * With {@code -DskipWeb=true} there is no app to test, and this class says so and does not run.
 */
@Order(2)
class WebAppTests {

    private static final Path WEB = ServiceProcess.ROOT.resolve("web");

    @Test
    void aHouseholdManagesItsMoneyInTheBrowserThroughTheGateway() throws IOException, InterruptedException {
        org.junit.jupiter.api.Assumptions.assumeFalse(
                Boolean.getBoolean("finsuite.web.skipped"),
                "the web module was skipped (-DskipWeb=true), so there is no app to test");
        assertThat(WEB.resolve("dist").resolve("index.html"))
                .as("web/dist: build the web module first")
                .exists();
        assertThat(WEB.resolve("node_modules").resolve("playwright-core"))
                .as("web/node_modules: npm ci in web/")
                .exists();

        Suite suite = Suite.get();
        // A gateway of its own: its per-IP sign-in budget is not the one GatewayTests exhausts on purpose. Its
        // finance upstream is the replica that converts through the real market-service: finance-b's SlowMarket
        // converts everything at 1.1, and the e2e checks a conversion at the ECB's rate.
        Map<String, List<String>> upstreams = new HashMap<>(suite.upstreams());
        upstreams.put("finance_service", List.of(suite.financeA.address()));
        try (Gateway gateway = Gateway.start(upstreams)) {
            Map<String, String> urls = new LinkedHashMap<>();
            urls.put("auth-service", suite.auth.url());
            urls.put("finance-service", suite.financeA.url());
            urls.put("emi-service", suite.emi.url());
            urls.put("investment-service", suite.investment.url());
            urls.put("market-service", suite.marketA.url());
            urls.put("export-service", suite.export.url());
            String json = urls.entrySet().stream()
                    .map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
                    .collect(Collectors.joining(",", "{", "}"));

            Path output = Files.createDirectories(Path.of("target", "web-e2e")).resolve("e2e.log");
            ProcessBuilder e2e = new ProcessBuilder("node", "scripts/e2e.mjs")
                    .directory(WEB.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            e2e.environment().put("BASE_URL", gateway.url());
            e2e.environment().put("E2E_SERVICE_URLS", json);
            Process process = e2e.start();
            boolean ended = process.waitFor(15, TimeUnit.MINUTES);
            if (!ended) {
                process.destroyForcibly();
            }
            String log = Files.readString(output);
            assertThat(ended).as("the e2e run ended within 15 minutes:\n" + log).isTrue();
            assertThat(process.exitValue())
                    .as("web e2e (" + output.toAbsolutePath() + "):\n" + tail(log) + "\ngateway:\n"
                            + tail(gateway.log()))
                    .isZero();
            assertThat(log)
                    .as("the e2e tests ran")
                    .containsPattern("# pass [1-9]")
                    .contains("# fail 0");
        }
    }

    private static String tail(String text) {
        return text.length() <= 12_000 ? text : "…" + text.substring(text.length() - 12_000);
    }
}
