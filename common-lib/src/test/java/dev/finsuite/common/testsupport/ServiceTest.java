package dev.finsuite.common.testsupport;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A service started whole on a random port against the real PostgreSQL and Redis of {@link TestInfrastructure}.
 * Subclasses call it over HTTP through {@link #api()}. Its clock is a {@link TestClock}, which a test that
 * depends on the date pins.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.Installed.class)
public abstract class ServiceTest {

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, 15);
    }

    protected Api api() {
        return new Api(port);
    }
}
