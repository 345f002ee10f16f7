package dev.finsuite.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.FakeMarket;
import dev.finsuite.common.testsupport.OwnerSql;
import dev.finsuite.common.testsupport.ServiceTest;
import dev.finsuite.common.testsupport.TestClock;
import dev.finsuite.common.testsupport.TestTokens;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * finance-service whole, over HTTP, against the real PostgreSQL and Redis, with market-service played by a
 * {@link FakeMarket} on a real socket. The scheduled job is left to the tests, which run it for chosen dates.
 */
public abstract class FinanceTest extends ServiceTest {

    public static final String GROCERIES = "00000000-0000-4000-8000-000000000102";
    public static final String FOOD = "00000000-0000-4000-8000-000000000101";
    public static final String RENT = "00000000-0000-4000-8000-000000000105";
    public static final String TRANSPORT = "00000000-0000-4000-8000-000000000107";
    public static final String SALARY = "00000000-0000-4000-8000-000000000201";

    protected static final FakeMarket MARKET = new FakeMarket()
            .rate("USD", "INR", "83.25")
            .rate("EUR", "INR", "90.10")
            .rate("INR", "USD", "0.012");

    /** The application's clock: real time unless a test pins it to the day its answer depends on. */
    @Autowired
    protected TestClock testClock;

    @AfterEach
    void letTheClockRunFree() {
        testClock.reset();
    }

    /**
     * The application's clock reads noon (UTC) of {@code day} and ticks on from there. Tokens are checked by that
     * clock too, so a test that pins it signs its tokens with {@link #memberOnTestClock}.
     */
    protected void pinToday(LocalDate day) {
        testClock.pinAt(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    /** A member's token issued by the application's clock, pinned or not. */
    protected String memberOnTestClock(UUID tenant) {
        return TestTokens.signer(testClock)
                .issueAccess(UUID.randomUUID(), tenant, List.of("MEMBER"), UUID.randomUUID())
                .value();
    }

    @DynamicPropertySource
    static void market(DynamicPropertyRegistry registry) {
        registry.add("finsuite.market-service-url", MARKET::url);
        registry.add("finsuite.market-timeout", () -> "2s");
        registry.add("finsuite.jobs.initial-delay", () -> "1h");
    }

    /** A tenant row with the given base currency; the token for it comes from {@link #member}. */
    protected static UUID newTenant(String baseCurrency) throws SQLException {
        return OwnerSql.newTenant(baseCurrency);
    }

    protected static String member(UUID tenant) {
        return TestTokens.access(tenant, "MEMBER");
    }

    /** Counts rows as the database owner, past row-level security: what is really stored. */
    protected static long count(String sql) throws SQLException {
        return OwnerSql.count(sql);
    }

    protected static void execute(String sql) throws SQLException {
        OwnerSql.execute(sql);
    }

    protected static Map<String, Object> expense(String amount, String currency, String date) {
        Map<String, Object> body = new HashMap<>();
        body.put("amount", amount);
        body.put("currency", currency);
        body.put("date", date);
        body.put("categoryId", GROCERIES);
        body.put("description", "Weekly groceries");
        body.put("payee", "FreshMart");
        body.put("paymentMethod", "UPI");
        return body;
    }

    /** The ids a list answers with, in order; {@code path} carries its query. */
    protected List<String> ids(String token, String path) {
        Api.Reply list = api().get(path).token(token).send();
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        list.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    protected String create(String token, String path, Map<String, Object> body) {
        Api.Reply created = api().post(path, body).token(token).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.field("/id");
    }
}
