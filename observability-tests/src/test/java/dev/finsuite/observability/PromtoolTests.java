package dev.finsuite.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Prometheus' and Alertmanager's own checkers on the shipped configuration: the config and every rule file parse,
 * and every alert fires (or stays quiet) as its unit tests in prometheus/tests/ say.
 */
class PromtoolTests {

    private static final Path PROMETHEUS = Tools.OBSERVABILITY.resolve("prometheus");

    @Test
    void thePrometheusConfigurationIsValidWithItsRules() {
        Tools.Result result = Tools.run(PROMETHEUS, "promtool", "check", "config", "prometheus.yml");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS: 2 rule files found");
    }

    @Test
    void everyRuleFileIsValid() throws IOException {
        List<String> files = ruleFiles();
        List<String> arguments = new java.util.ArrayList<>(List.of("check", "rules"));
        arguments.addAll(files);

        Tools.Result result = Tools.run(PROMETHEUS, "promtool", arguments.toArray(String[]::new));

        assertThat(files).contains("rules/alerts.yml", "rules/recording.yml");
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @Test
    void everyAlertBehavesAsItsUnitTestsSay() throws IOException {
        List<String> tests;
        try (Stream<Path> found = Files.list(PROMETHEUS.resolve("tests"))) {
            tests = found.filter(path -> path.toString().endsWith(".yml"))
                    .map(path -> "tests/" + path.getFileName())
                    .sorted()
                    .toList();
        }
        List<String> arguments = new java.util.ArrayList<>(List.of("test", "rules"));
        arguments.addAll(tests);

        Tools.Result result = Tools.run(PROMETHEUS, "promtool", arguments.toArray(String[]::new));

        assertThat(tests).isNotEmpty();
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS").doesNotContain("FAILED");
    }

    /** An alert without a unit test could be wrong unnoticed: each alert's name appears in a test's alertname. */
    @Test
    void everyAlertHasAUnitTest() throws IOException {
        String tests = Files.readString(PROMETHEUS.resolve("tests").resolve("alerts_test.yml"));
        List<String> alerts = Rules.alertNames();

        assertThat(alerts).hasSizeGreaterThanOrEqualTo(12);
        for (String alert : alerts) {
            assertThat(tests).as("a promtool unit test of " + alert).contains("alertname: " + alert + "\n");
        }
    }

    @Test
    void theAlertmanagerConfigurationIsValid() {
        Tools.Result result =
                Tools.run(Tools.OBSERVABILITY.resolve("alertmanager"), "amtool", "check-config", "alertmanager.yml");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS");
    }

    private static List<String> ruleFiles() throws IOException {
        try (Stream<Path> found = Files.list(PROMETHEUS.resolve("rules"))) {
            return found.filter(path -> path.toString().endsWith(".yml"))
                    .map(path -> "rules/" + path.getFileName())
                    .sorted()
                    .toList();
        }
    }
}
