package dev.finsuite.finance;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.finsuite.common.security.InvalidSecretKey;
import dev.finsuite.common.testsupport.TestInfrastructure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** A service with a forgeable signing key must not come up at all. */
class SecretKeyRefusalTests {

    @ParameterizedTest
    @ValueSource(strings = {"", "too-short-key", "change-me-to-a-random-string-of-at-least-32-bytes"})
    void aMissingShortOrPlaceholderKeyStopsTheService(String secretKey) {
        var database = TestInfrastructure.database();
        // Command-line arguments, not builder defaults: they must outrank the DATABASE_URL mapping, so the
        // attempt uses the tests' database and no other.
        assertThatThrownBy(() -> new SpringApplicationBuilder(FinanceApplication.class)
                        .run(
                                "--server.port=0",
                                "--finsuite.security.secret-key=" + secretKey,
                                "--spring.datasource.url=" + database.jdbcUrl(),
                                "--spring.flyway.url=" + database.jdbcUrl(),
                                "--spring.datasource.username=" + database.username(),
                                "--spring.flyway.user=" + database.username()))
                .hasRootCauseInstanceOf(InvalidSecretKey.class);
    }
}
