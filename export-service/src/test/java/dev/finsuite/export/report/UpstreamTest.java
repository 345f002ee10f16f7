package dev.finsuite.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.RequestBodies;
import dev.finsuite.common.testsupport.TestTokens;
import dev.finsuite.export.ExportTest;
import dev.finsuite.export.Household;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * export-service against the real finance-, emi- and investment-service ({@link UpstreamServices}); data is
 * seeded through their own APIs where practical, and report figures are checked against what those APIs answer.
 */
@ExtendWith(UpstreamTest.LogsOnFailure.class)
public abstract class UpstreamTest extends ExportTest {

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        Map<String, String> urls = UpstreamServices.urls();
        registry.add("finsuite.finance-service-url", () -> urls.get("finance-service"));
        registry.add("finsuite.emi-service-url", () -> urls.get("emi-service"));
        registry.add("finsuite.investment-service-url", () -> urls.get("investment-service"));
    }

    protected static Api finance() {
        return new Api(UpstreamServices.urls().get("finance-service"));
    }

    protected static Api emi() {
        return new Api(UpstreamServices.urls().get("emi-service"));
    }

    protected static Api investments() {
        return new Api(UpstreamServices.urls().get("investment-service"));
    }

    protected static String member(UUID tenant) {
        return TestTokens.access(tenant, "MEMBER");
    }

    /** POSTs {@code body} and returns the created resource's id. */
    protected static String created(Api api, String path, String token, Map<String, Object> body) {
        Api.Reply reply = api.post(path, body).token(token).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.field("/id");
    }

    protected static Map<String, Object> map(Object... keysAndValues) {
        return RequestBodies.of(keysAndValues);
    }

    /** A monthly food budget of 1000 INR from {@code start} that carries its surplus over. */
    protected static Map<String, Object> foodBudget(String start) {
        Map<String, Object> budget = RequestBodies.monthlyBudget(Household.FOOD.toString(), "1000", "INR", start);
        budget.put("name", "Food");
        budget.put("rollover", "CARRY_SURPLUS");
        return budget;
    }

    protected static Map<String, Object> withFee(Map<String, Object> activity, String fee) {
        activity.put("fee", fee);
        return activity;
    }

    /** A failed test shows what the services it depends on logged. */
    static final class LogsOnFailure implements TestWatcher {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            System.err.println("Upstream services' logs after " + context.getDisplayName() + " failed:"
                    + UpstreamServices.logTails());
        }
    }
}
