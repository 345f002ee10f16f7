package dev.finsuite.common.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.config.SuiteEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * There is no Docker engine to run {@code docker compose up} here, so the compose file is checked as data:
 * every service, its port (the gateway's the one published), a readiness health check, healthy dependencies, and every environment variable
 * the code reads.
 */
class ComposeFileTests {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Map<String, Integer> PORTS = Map.of(
            "auth-service",
            8001,
            "finance-service",
            8002,
            "emi-service",
            8003,
            "investment-service",
            8004,
            "market-service",
            8005,
            "export-service",
            8006);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> services() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        return (Map<String, Object>) compose.get("services");
    }

    @Test
    void runsTheDatabaseTheCacheAndAllSixServices() throws IOException {
        assertThat(services().keySet()).containsAll(PORTS.keySet()).contains("postgres", "redis");
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachServiceIsBuiltPublishedAndHealthChecked() throws IOException {
        for (Map.Entry<String, Integer> expected : PORTS.entrySet()) {
            Map<String, Object> service = (Map<String, Object>) services().get(expected.getKey());
            String name = expected.getKey();
            int port = expected.getValue();

            Map<String, Object> build = (Map<String, Object>) service.get("build");
            assertThat(((Map<String, Object>) build.get("args")).get("SERVICE"))
                    .as(name)
                    .isEqualTo(name);
            // Reached through the gateway only (ops-tests run the compose file through docker-compose itself).
            assertThat(service).as(name).doesNotContainKey("ports");

            Map<String, Object> health = (Map<String, Object>) service.get("healthcheck");
            String test = String.join(" ", (List<String>) health.get("test"));
            assertThat(test).as(name).contains("/actuator/health/readiness").contains("/" + port + " ");

            Map<String, Map<String, String>> dependsOn = (Map<String, Map<String, String>>) service.get("depends_on");
            assertThat(dependsOn.get("postgres").get("condition")).as(name).isEqualTo("service_healthy");
            assertThat(dependsOn.get("redis").get("condition")).as(name).isEqualTo("service_healthy");
        }
        Map<String, Object> gateway = (Map<String, Object>) services().get("gateway");
        assertThat((List<String>) gateway.get("ports")).containsExactly("${GATEWAY_PORT:-8080}:8080");
        Map<String, Object> postgres = (Map<String, Object>) services().get("postgres");
        Map<String, Object> redis = (Map<String, Object>) services().get("redis");
        assertThat(postgres).containsKey("healthcheck");
        assertThat(redis).containsKey("healthcheck");
        assertThat(String.join(" ", (List<String>) redis.get("command"))).contains("--requirepass");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyVariableTheServicesReadIsSet() throws IOException {
        Set<String> read = variablesReadByTheCode();
        assertThat(read).contains("DATABASE_URL", "REDIS_URL", "SECRET_KEY", "JWT_EXPIRATION_MINUTES");
        for (String name : PORTS.keySet()) {
            Map<String, Object> service = (Map<String, Object>) services().get(name);
            Map<String, Object> environment = (Map<String, Object>) service.get("environment");
            assertThat(environment.keySet()).as(name).containsAll(read);
            for (String other : PORTS.keySet()) {
                String variable = other.replace("-service", "").toUpperCase() + "_SERVICE_URL";
                assertThat(String.valueOf(environment.get(variable)))
                        .as(name + " " + variable)
                        .isEqualTo("http://" + other + ":" + PORTS.get(other));
            }
        }
    }

    @Test
    void theImageRunsAsANonRootUserFromLayers() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        assertThat(dockerfile).contains("extract --layers").containsPattern("(?m)^USER 10001");
        assertThat(dockerfile).contains("COPY --from=build /layers/application/");
    }

    /** SuiteEnvironment's list plus every ${VARIABLE} placeholder in the services' and common-lib's YAML. */
    private static Set<String> variablesReadByTheCode() throws IOException {
        Set<String> names = new TreeSet<>(SuiteEnvironment.VARIABLES);
        List<Path> yamlFiles;
        try (Stream<Path> files = Files.walk(ROOT, 6)) {
            yamlFiles = files.filter(path -> path.toString().contains("src/main/resources"))
                    .filter(path -> path.getFileName().toString().matches("(application|finsuite-defaults).*\\.ya?ml"))
                    .toList();
        }
        assertThat(yamlFiles).hasSizeGreaterThanOrEqualTo(7);
        for (Path file : yamlFiles) {
            Matcher matcher = PLACEHOLDER.matcher(Files.readString(file));
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }
}
