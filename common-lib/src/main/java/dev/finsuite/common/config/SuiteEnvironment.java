package dev.finsuite.common.config;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Turns the environment of the system we replace ({@code DATABASE_URL}, {@code REDIS_URL}, {@code LOG_FORMAT})
 * into Spring properties, and adds the settings every service shares ({@code finsuite-defaults.yml}).
 *
 * <p>Two database logins: Flyway migrates as {@code DATABASE_URL}'s user, who owns the tables; the pool logs in as
 * the service's own role ({@code finsuite.database.role} in its application.yml, migration V17), with
 * {@code DATABASE_RUNTIME_PASSWORD} as its password when the server asks for one. Logging in as that role, rather
 * than switching to it with SET ROLE, is what makes RESET ROLE or SET ROLE of another role gain nothing.
 *
 * <p>Both go last, so a service's own {@code application.yml}, an explicit {@code SPRING_…} variable or a
 * test's dynamic property still wins.
 */
public class SuiteEnvironment implements EnvironmentPostProcessor {

    /** Every variable the services read, besides those named in their application.yml files. */
    public static final List<String> VARIABLES = List.of(
            "DATABASE_URL",
            "DATABASE_RUNTIME_PASSWORD",
            "REDIS_URL",
            "SECRET_KEY",
            "JWT_ALGORITHM",
            "JWT_EXPIRATION_MINUTES",
            "LOG_FORMAT",
            "OTEL_EXPORTER_OTLP_ENDPOINT");

    static final String DEFAULT_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/finsuite";
    static final String DEFAULT_REDIS_URL = "redis://127.0.0.1:6379";
    /** The database role a service's queries run as; each service names its own in its application.yml. */
    public static final String ROLE_PROPERTY = "finsuite.database.role";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("finsuite-environment", derived(environment)));
        environment.getPropertySources().addLast(defaults());
    }

    static Map<String, Object> derived(ConfigurableEnvironment environment) {
        Map<String, Object> properties = new HashMap<>();
        DatabaseUrl database = DatabaseUrl.parse(environment.getProperty("DATABASE_URL", DEFAULT_DATABASE_URL));
        properties.put("spring.datasource.url", database.jdbcUrl());
        properties.put("spring.flyway.url", database.jdbcUrl());
        if (database.username() != null) {
            properties.put("spring.flyway.user", database.username());
        }
        if (database.password() != null) {
            properties.put("spring.flyway.password", database.password());
        }
        properties.put("spring.datasource.username", serviceRole(environment));
        String runtimePassword = environment.getProperty("DATABASE_RUNTIME_PASSWORD", "");
        if (!runtimePassword.isEmpty()) {
            properties.put("spring.datasource.password", runtimePassword);
        }

        int redisDatabase = environment.getProperty("finsuite.redis.database", Integer.class, 0);
        RedisUrl redis = RedisUrl.parse(environment.getProperty("REDIS_URL", DEFAULT_REDIS_URL), redisDatabase);
        properties.put("spring.data.redis.host", redis.host());
        properties.put("spring.data.redis.port", redis.port());
        properties.put("spring.data.redis.database", redis.database());
        properties.put("spring.data.redis.ssl.enabled", redis.ssl());
        if (redis.username() != null) {
            properties.put("spring.data.redis.username", redis.username());
        }
        if (redis.password() != null) {
            properties.put("spring.data.redis.password", redis.password());
        }

        boolean json = "json".equalsIgnoreCase(environment.getProperty("LOG_FORMAT", ""));
        if (json) {
            properties.put("logging.structured.format.console", "ecs");
        }
        properties.put("logging.config", "classpath:finsuite-logback-" + (json ? "json" : "plain") + ".xml");

        // OpenTelemetry's own variable names the collector; Boot wants the traces URL. Unset: spans are not exported
        // (trace ids are still made, logged and propagated).
        String otlp = environment.getProperty("OTEL_EXPORTER_OTLP_ENDPOINT", "").strip();
        properties.put("management.tracing.export.otlp.enabled", !otlp.isEmpty());
        if (!otlp.isEmpty()) {
            String base = otlp.endsWith("/") ? otlp.substring(0, otlp.length() - 1) : otlp;
            properties.put(
                    "management.opentelemetry.tracing.export.otlp.endpoint",
                    base.endsWith("/v1/traces") ? base : base + "/v1/traces");
        }
        return properties;
    }

    private static String serviceRole(ConfigurableEnvironment environment) {
        String role = environment.getProperty(ROLE_PROPERTY, "");
        if (role.isBlank()) {
            throw new IllegalStateException(ROLE_PROPERTY + " is not set: a service names the database role it logs in"
                    + " as in its application.yml (see migration V17)");
        }
        return role;
    }

    private static PropertySource<?> defaults() {
        try {
            List<PropertySource<?>> loaded = new YamlPropertySourceLoader()
                    .load("finsuite-defaults", new ClassPathResource("finsuite-defaults.yml"));
            return loaded.get(0);
        } catch (IOException e) {
            throw new IllegalStateException("finsuite-defaults.yml is missing from common-lib", e);
        }
    }
}
