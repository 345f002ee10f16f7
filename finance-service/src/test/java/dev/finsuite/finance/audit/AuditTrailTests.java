package dev.finsuite.finance.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.finsuite.common.conversion.Conversion;
import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.tenant.TenantContext;
import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.AuditRows;
import dev.finsuite.common.testsupport.AuditRows.Row;
import dev.finsuite.common.testsupport.AuditedLifecycle;
import dev.finsuite.common.testsupport.Caller;
import dev.finsuite.finance.FinanceTest;
import dev.finsuite.finance.entry.EntryDetails;
import dev.finsuite.finance.entry.OccurrenceWriter;
import dev.finsuite.finance.jobs.FinanceJobs;
import dev.finsuite.finance.support.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Every change to a household's money leaves one audit row, with the change, in the same transaction. */
class AuditTrailTests extends FinanceTest {

    @Autowired
    Currencies currencies;

    @Autowired
    FinanceJobs jobs;

    @Autowired
    OccurrenceWriter occurrences;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DataSource dataSource;

    Caller caller;

    @BeforeEach
    void newHousehold() throws Exception {
        caller = Caller.member(newTenant("INR"));
        MARKET.up();
    }

    @Test
    void anExpenseCreatedChangedAndDeletedLeavesWhoWhatBeforeAfterAndTheRequestId() throws Exception {
        var lifecycle = new AuditedLifecycle(api(), caller.token(), "/api/v1/expenses", "expense");
        UUID id = lifecycle.createChangeDelete(expense("1250.5", "INR", "2026-11-20"), Map.of("amount", "990.25"));

        List<Row> rows = lifecycle.trail("expense", id, caller.tenant(), caller.user(), "finance-service");
        Row create = rows.get(0);
        Row update = rows.get(1);
        Row delete = rows.get(2);
        assertThat(create.before()).isNull();
        assertThat(amount(create.after(), "/amount")).isEqualByComparingTo("1250.50");
        assertThat(create.after().at("/amount").isString())
                .as("an amount is a decimal string")
                .isTrue();
        assertThat(create.after().at("/currency").asString()).isEqualTo("INR");
        assertThat(amount(create.after(), "/conversion/baseAmount")).isEqualByComparingTo("1250.50");
        assertThat(amount(update.before(), "/amount")).isEqualByComparingTo("1250.50");
        assertThat(amount(update.after(), "/amount")).isEqualByComparingTo("990.25");
        assertThat(update.after().at("/version").asLong()).isEqualTo(1);
        assertThat(amount(delete.before(), "/amount")).isEqualByComparingTo("990.25");
        assertThat(delete.after()).isNull();
    }

    @Test
    void aRepaymentIsRecordedAndTakenBackWithTheBorrowingItChanged() throws Exception {
        UUID borrowing = UUID.fromString(create(
                caller.token(),
                "/api/v1/borrowings",
                Map.of("counterpartyName", "Ravi", "principal", "20000", "currency", "INR", "date", "2026-10-01")));
        UUID repayment = new AuditedLifecycle(
                        api(), caller.token(), "/api/v1/borrowings/" + borrowing + "/repayments", "repay")
                .createThenDelete(Map.of("amount", "7500.50", "date", "2026-10-15"), "/payment/id");

        assertThat(AuditRows.of("borrowing_repayment", repayment))
                .extracting(Row::action)
                .containsExactly("CREATE", "DELETE");
        Row recorded = AuditRows.of("borrowing_repayment", repayment).get(0);
        assertThat(amount(recorded.after(), "/amount")).isEqualByComparingTo("7500.50");
        assertThat(recorded.requestId()).isEqualTo("repay-create");
        List<Row> debt = AuditRows.of("borrowing", borrowing);
        assertThat(debt).extracting(Row::action).containsExactly("CREATE", "UPDATE", "UPDATE");
        assertThat(amount(debt.get(1).before(), "/outstanding")).isEqualByComparingTo("20000");
        assertThat(amount(debt.get(1).after(), "/outstanding")).isEqualByComparingTo("12499.50");
        assertThat(amount(debt.get(2).after(), "/outstanding")).isEqualByComparingTo("20000");

        UUID lending = UUID.fromString(create(
                caller.token(),
                "/api/v1/lendings",
                Map.of("counterpartyName", "Meera", "principal", "500", "currency", "INR", "date", "2026-10-01")));
        assertThat(api().post(
                                "/api/v1/lendings/" + lending + "/collections",
                                Map.of("amount", "100", "date", "2026-10-02"))
                        .token(caller.token())
                        .send()
                        .status())
                .isEqualTo(201);
        assertThat(AuditRows.of("lending", lending)).extracting(Row::action).containsExactly("CREATE", "UPDATE");
    }

    @Test
    void aBudgetsChangesAreAudited() throws Exception {
        UUID budget = UUID.fromString(create(
                caller.token(),
                "/api/v1/budgets",
                Map.of(
                        "categoryId",
                        GROCERIES,
                        "limit",
                        "8000",
                        "currency",
                        "INR",
                        "period",
                        "MONTHLY",
                        "startDate",
                        "2026-01-01")));
        assertThat(api().patch("/api/v1/budgets/" + budget, Map.of("limit", "9000.50"))
                        .token(caller.token())
                        .send()
                        .status())
                .isEqualTo(200);
        assertThat(api().delete("/api/v1/budgets/" + budget)
                        .token(caller.token())
                        .send()
                        .status())
                .isEqualTo(204);

        List<Row> rows = AuditRows.of("budget", budget);
        assertThat(rows).extracting(Row::action).containsExactly("CREATE", "UPDATE", "DELETE");
        assertThat(amount(rows.get(1).before(), "/terms/limit")).isEqualByComparingTo("8000");
        assertThat(amount(rows.get(1).after(), "/terms/limit")).isEqualByComparingTo("9000.50");
    }

    @Test
    void occurrencesTheJobMaterialisesAreTheJobsDoing() throws Exception {
        create(
                caller.token(),
                "/api/v1/recurring-rules",
                Map.of(
                        "type",
                        "EXPENSE",
                        "amount",
                        "25000",
                        "currency",
                        "INR",
                        "categoryId",
                        RENT,
                        "frequency",
                        "MONTHLY",
                        "startDate",
                        "2026-01-31"));
        jobs.runFor(LocalDate.of(2026, 3, 15));

        List<Row> rows = AuditRows.ofTenant(caller.tenant()).stream()
                .filter(row -> row.entityType().equals("expense"))
                .toList();
        assertThat(rows).hasSize(2).allSatisfy(row -> {
            assertThat(row.action()).isEqualTo("CREATE");
            assertThat(row.actorKind()).isEqualTo("JOB");
            assertThat(row.actorId()).isNull();
            assertThat(amount(row.after(), "/amount")).isEqualByComparingTo("25000");
        });
        assertThat(rows)
                .extracting(row -> row.after().at("/date").asString())
                .containsExactlyInAnyOrder("2026-01-31", "2026-02-28");
    }

    @Test
    void aFailedRequestLeavesNoAuditRow() throws Exception {
        Map<String, Object> unknownCategory = expense("10", "INR", "2026-11-20");
        unknownCategory.put("categoryId", UUID.randomUUID().toString());
        assertThat(api().post("/api/v1/expenses", unknownCategory)
                        .token(caller.token())
                        .send()
                        .status())
                .isEqualTo(400);
        String id = create(caller.token(), "/api/v1/expenses", expense("10", "INR", "2026-11-20"));
        Api.Reply stale = api().patch("/api/v1/expenses/" + id, Map.of("amount", "11"))
                .token(caller.token())
                .header("If-Match", "\"7\"")
                .send();
        assertThat(stale.status()).isEqualTo(412);
        UUID borrowing = UUID.fromString(create(
                caller.token(),
                "/api/v1/borrowings",
                Map.of("counterpartyName", "Ravi", "principal", "100", "currency", "INR", "date", "2026-10-01")));
        assertThat(api().post(
                                "/api/v1/borrowings/" + borrowing + "/repayments",
                                Map.of("amount", "100.01", "date", "2026-10-15"))
                        .token(caller.token())
                        .send()
                        .status())
                .isEqualTo(422);

        assertThat(AuditRows.ofTenant(caller.tenant()))
                .extracting(Row::action, Row::entityType)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CREATE", "expense"),
                        org.assertj.core.groups.Tuple.tuple("CREATE", "borrowing"));
    }

    @Test
    void aChangeRolledBackAfterItsAuditRowTakesTheRowWithIt() throws Exception {
        UUID rule = UUID.fromString(create(
                caller.token(),
                "/api/v1/recurring-rules",
                Map.of(
                        "type",
                        "EXPENSE",
                        "amount",
                        "42",
                        "currency",
                        "INR",
                        "categoryId",
                        GROCERIES,
                        "frequency",
                        "MONTHLY",
                        "startDate",
                        "2026-05-01")));
        EntryDetails details = new EntryDetails(
                currencies.stored(new BigDecimal("42"), "INR"),
                LocalDate.of(2026, 5, 1),
                UUID.fromString(GROCERIES),
                null,
                null,
                null,
                List.of(),
                "{}",
                rule);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        try (TenantContext.Scope ignored = TenantContext.enter(caller.tenant())) {
            assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                        occurrences.write(
                                caller.tenant(),
                                Kind.EXPENSE,
                                details,
                                rule,
                                LocalDate.of(2026, 5, 1),
                                Conversion.pending("INR"));
                        throw new IllegalStateException("the change fails after its audit row was written");
                    }))
                    .isInstanceOf(IllegalStateException.class);
        }
        assertThat(count("select count(*) from finance_entries where tenant_id = '" + caller.tenant() + "'"))
                .isZero();
        assertThat(AuditRows.ofTenant(caller.tenant())).isEmpty();
    }

    @Test
    void theServicesRoleCanNeitherChangeNorRemoveAnAuditRow() throws Exception {
        create(caller.token(), "/api/v1/expenses", expense("10", "INR", "2026-11-20"));
        AuditRows.assertUnchangeableThrough(dataSource);
        assertThat(AuditRows.ofTenant(caller.tenant())).hasSize(1);
    }

    private static BigDecimal amount(tools.jackson.databind.JsonNode snapshot, String pointer) {
        return new BigDecimal(snapshot.at(pointer).asString());
    }
}
