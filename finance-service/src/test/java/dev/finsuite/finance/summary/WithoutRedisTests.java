package dev.finsuite.finance.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.finance.FinanceTest;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Redis is a shortcut only: with it gone, summaries and categories give the same answers. */
class WithoutRedisTests extends FinanceTest {

    @DynamicPropertySource
    static void noRedis(DynamicPropertyRegistry registry) throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        int port = closedPort;
        registry.add("spring.data.redis.port", () -> port);
    }

    @Test
    void summariesAndCategoriesAnswerTheSame() throws Exception {
        String token = member(newTenant("INR"));
        create(token, "/api/v1/expenses", expense("100", "INR", "2026-11-03"));
        Api.Reply first = api().get("/api/v1/summaries/monthly?year=2026&month=11")
                .token(token)
                .send();
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.field("/expenses")).isEqualTo("100.00");
        create(token, "/api/v1/categories", Map.of("name", "Pets", "type", "EXPENSE"));
        create(token, "/api/v1/expenses", expense("50", "INR", "2026-11-04"));
        assertThat(api().get("/api/v1/summaries/monthly?year=2026&month=11")
                        .token(token)
                        .send()
                        .field("/expenses"))
                .isEqualTo("150.00");
        assertThat(api().get("/api/v1/categories?size=200").token(token).send().text())
                .contains("Pets");
    }
}
