package dev.finsuite.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class SuiteEnvironmentTests {

    @Test
    void theReplacedSystemsVariablesBecomeSpringSettings() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("DATABASE_URL", "postgresql+asyncpg://fin:pw@db:5432/fin")
                .withProperty("DATABASE_RUNTIME_PASSWORD", "runtime-pw")
                .withProperty("finsuite.database.role", "finsuite_finance")
                .withProperty("REDIS_URL", "redis://:rpw@cache:6379")
                .withProperty("finsuite.redis.database", "3")
                .withProperty("LOG_FORMAT", "json");

        Map<String, Object> derived = SuiteEnvironment.derived(environment);

        assertThat(derived)
                .containsEntry("spring.datasource.url", "jdbc:postgresql://db:5432/fin")
                .containsEntry("spring.flyway.url", "jdbc:postgresql://db:5432/fin")
                .containsEntry("spring.flyway.user", "fin")
                .containsEntry("spring.flyway.password", "pw")
                // queries log in as the service's own role, never as the owner that migrates
                .containsEntry("spring.datasource.username", "finsuite_finance")
                .containsEntry("spring.datasource.password", "runtime-pw")
                .doesNotContainKey("spring.datasource.hikari.connection-init-sql")
                .containsEntry("spring.data.redis.host", "cache")
                .containsEntry("spring.data.redis.password", "rpw")
                .containsEntry("spring.data.redis.database", 3)
                .containsEntry("logging.structured.format.console", "ecs")
                .containsEntry("logging.config", "classpath:finsuite-logback-json.xml");
    }

    @Test
    void withoutVariablesTheLocalServicesAreUsed() {
        Map<String, Object> derived =
                SuiteEnvironment.derived(new MockEnvironment().withProperty("finsuite.database.role", "finsuite_emi"));

        assertThat(derived)
                .containsEntry("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/finsuite")
                .containsEntry("spring.flyway.user", "postgres")
                .containsEntry("spring.datasource.username", "finsuite_emi")
                .doesNotContainKey("spring.datasource.password")
                .containsEntry("spring.data.redis.host", "127.0.0.1")
                .containsEntry("spring.data.redis.database", 0)
                .doesNotContainKey("logging.structured.format.console")
                .containsEntry("logging.config", "classpath:finsuite-logback-plain.xml")
                .doesNotContainKey("management.opentelemetry.tracing.export.otlp.endpoint")
                .containsEntry("management.tracing.export.otlp.enabled", false);
    }

    @Test
    void theOpenTelemetryCollectorVariableTurnsSpanExportOn() {
        Map<String, Object> base = SuiteEnvironment.derived(new MockEnvironment()
                .withProperty("finsuite.database.role", "finsuite_finance")
                .withProperty("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318/"));
        Map<String, Object> full = SuiteEnvironment.derived(new MockEnvironment()
                .withProperty("finsuite.database.role", "finsuite_finance")
                .withProperty("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318/v1/traces"));

        assertThat(base)
                .containsEntry(
                        "management.opentelemetry.tracing.export.otlp.endpoint", "http://collector:4318/v1/traces")
                .containsEntry("management.tracing.export.otlp.enabled", true);
        assertThat(full)
                .containsEntry(
                        "management.opentelemetry.tracing.export.otlp.endpoint", "http://collector:4318/v1/traces");
    }

    @Test
    void aServiceThatNamesNoDatabaseRoleDoesNotStart() {
        assertThatThrownBy(() -> SuiteEnvironment.derived(new MockEnvironment()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("finsuite.database.role");
    }
}
