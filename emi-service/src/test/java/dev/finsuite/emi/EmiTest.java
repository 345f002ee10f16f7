package dev.finsuite.emi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.OwnerSql;
import dev.finsuite.common.testsupport.ServiceTest;
import dev.finsuite.common.testsupport.TestClock;
import dev.finsuite.common.testsupport.TestTokens;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

/** emi-service whole, over HTTP, against the real PostgreSQL; each test makes its own tenants. */
public abstract class EmiTest extends ServiceTest {

    /** A day after every instalment the fixture loans have due in 2025, so their statuses are known. */
    protected static final Instant KNOWN_DAY = Instant.parse("2026-06-15T09:00:00Z");

    @Autowired
    protected TestClock clock;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    /** Pins the service's clock to {@link #KNOWN_DAY}, for answers that depend on the date (OVERDUE, due). */
    protected void onKnownDay() {
        clock.pinAt(KNOWN_DAY);
    }

    /** A token signed on the service's clock, accepted while the clock is pinned far from now. */
    protected String tokenOnClock(UUID tenantId, String... roles) {
        return TestTokens.signer(clock)
                .issueAccess(UUID.randomUUID(), tenantId, List.of(roles), UUID.randomUUID())
                .value();
    }

    /** A tenant row, which tenant-owned rows reference; the token for it comes from TestTokens. */
    protected static UUID newTenant() throws SQLException {
        return OwnerSql.newTenant("INR");
    }

    /** Counts rows as the database owner, past row-level security: what is really stored. */
    protected static long count(String sql) throws SQLException {
        return OwnerSql.count(sql);
    }

    /** A ₹10 lakh home loan at 8.5% over 20 years, EMI 8678.23, first due 2025-02-05. */
    protected static Map<String, Object> homeLoan() {
        Map<String, Object> loan = new HashMap<>();
        loan.put("name", "Flat in Pune");
        loan.put("lender", "State Bank");
        loan.put("loanType", "HOME");
        loan.put("principal", "1000000");
        loan.put("currency", "INR");
        loan.put("annualRate", "8.5");
        loan.put("tenureMonths", 240);
        loan.put("disbursalDate", "2025-01-10");
        loan.put("firstEmiDate", "2025-02-05");
        return loan;
    }

    /** ₹1 lakh at 10% over a year: EMI 8791.59, first due 2025-01-05. */
    protected static Map<String, Object> shortLoan() {
        Map<String, Object> loan = homeLoan();
        loan.put("name", "Scooter");
        loan.put("loanType", "PERSONAL");
        loan.put("principal", "100000");
        loan.put("annualRate", "10");
        loan.put("tenureMonths", 12);
        loan.put("disbursalDate", "2024-12-01");
        loan.put("firstEmiDate", "2025-01-05");
        return loan;
    }

    protected String createLoan(String token, Map<String, Object> loan) {
        Api.Reply created = api().post("/api/v1/emis", loan).token(token).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.field("/id");
    }

    protected static long rows(String table, String loanId) throws SQLException {
        return count("select count(*) from " + table + " where loan_id = '" + loanId + "'");
    }
}
