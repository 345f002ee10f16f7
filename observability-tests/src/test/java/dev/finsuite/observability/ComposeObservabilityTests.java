package dev.finsuite.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * There is no Docker engine here to run Grafana, Loki and Alloy, so their compose wiring is checked as data: each
 * runs, mounts files that exist, and the operator UIs are published on localhost only.
 */
class ComposeObservabilityTests {

    private static final List<String> SERVICES = List.of(
            "prometheus",
            "alertmanager",
            "grafana",
            "loki",
            "alloy",
            "postgres-exporter",
            "redis-exporter",
            "nginx-exporter",
            "node-exporter");

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Tools.ROOT.resolve("docker-compose.yml")));
        return (Map<String, Map<String, Object>>) compose.get("services");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyObservabilityServiceRunsAndMountsFilesThatExist() throws IOException {
        Map<String, Map<String, Object>> services = services();
        for (String name : SERVICES) {
            Map<String, Object> service = services.get(name);
            assertThat(service).as(name).isNotNull().containsKey("image");
            for (String volume : (List<String>) service.getOrDefault("volumes", List.of())) {
                String source = volume.split(":")[0];
                if (source.startsWith("./")) {
                    assertThat(Tools.ROOT.resolve(source.substring(2)))
                            .as(name + " mounts " + source)
                            .exists();
                }
            }
        }
        assertThat(Tools.OBSERVABILITY.resolve("grafana/provisioning/datasources/datasources.yml"))
                .exists();
        assertThat(PromQl.dashboardFiles())
                .extracting(path -> path.getFileName().toString())
                .contains("suite-overview.json", "service-red.json", "jvm-and-pool.json", "business.json", "logs.json");
    }

    @Test
    @SuppressWarnings("unchecked")
    void operatorInterfacesListenOnLocalhostOnly() throws IOException {
        Map<String, Map<String, Object>> services = services();
        for (String name : SERVICES) {
            for (String port : (List<String>) services.get(name).getOrDefault("ports", List.of())) {
                assertThat(port).as(name).startsWith("127.0.0.1:");
            }
        }
        assertThat((List<String>) services.get("grafana").get("ports")).containsExactly("127.0.0.1:3000:3000");
    }

    /** Labels make streams: only service and level may reach Loki, never a tenant, user or request id. */
    @Test
    void alloyLabelsLogStreamsByServiceAndLevelOnly() throws IOException {
        String alloy = Files.readString(Tools.OBSERVABILITY.resolve("alloy/config.alloy"));

        assertThat(alloy)
                .contains("values = [\"service\", \"level\"]")
                .contains("loki.source.docker")
                .contains("http://loki:3100/loki/api/v1/push");
        assertThat(alloy.replaceAll("//.*", ""))
                .doesNotContainIgnoringCase("tenant")
                .doesNotContain("requestId");
    }

    @Test
    void theServicesExportTracesOnlyWhereACollectorIsNamed() throws IOException {
        String compose = Files.readString(Tools.ROOT.resolve("docker-compose.yml"));

        assertThat(compose).contains("OTEL_EXPORTER_OTLP_ENDPOINT: ${OTEL_EXPORTER_OTLP_ENDPOINT:-}");
    }
}
