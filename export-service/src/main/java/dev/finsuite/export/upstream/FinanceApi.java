package dev.finsuite.export.upstream;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * finance-service's budgets and their statuses, as finance-service computes them (periods, rollover, spending
 * in the budget's currency). export-service's own read model of its JSON: only the fields it uses.
 */
@Component
public class FinanceApi {

    private final UpstreamCalls calls;

    FinanceApi(UpstreamCalls calls) {
        this.calls = calls;
    }

    public record Budget(
            UUID id,
            String name,
            UUID categoryId,
            BigDecimal limit,
            String currency,
            String period,
            LocalDate startDate,
            String rollover) {}

    public record BudgetStatus(
            UUID budgetId,
            String name,
            String currency,
            LocalDate periodStart,
            LocalDate periodEnd,
            BigDecimal limit,
            BigDecimal carriedOver,
            BigDecimal spent,
            BigDecimal remaining,
            BigDecimal percentUsed,
            String state,
            long pendingConversions) {

        /** What the period may spend: its limit and what earlier periods carried into it. */
        @JsonProperty("available")
        public BigDecimal available() {
            return limit.add(carriedOver == null ? BigDecimal.ZERO : carriedOver);
        }
    }

    /** Every budget, in finance-service's default order (name, id). */
    public List<Budget> budgets() {
        List<Budget> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            int asked = page;
            Page<Budget> answer = calls.get(
                    Upstream.FINANCE,
                    uri -> uri.path("/api/v1/budgets")
                            .queryParam("page", asked)
                            .queryParam("size", Page.SIZE)
                            .build(),
                    new ParameterizedTypeReference<Page<Budget>>() {},
                    null);
            all.addAll(answer.items());
            if (page + 1 >= answer.totalPages()) {
                return all;
            }
        }
    }

    /** Every budget's status in its period containing {@code date} (budgets starting later are left out). */
    public List<BudgetStatus> statuses(LocalDate date) {
        return calls.get(
                Upstream.FINANCE,
                uri -> uri.path("/api/v1/budgets/status")
                        .queryParam("date", date)
                        .build(),
                new ParameterizedTypeReference<List<BudgetStatus>>() {},
                null);
    }

    /** One budget's status in its period containing {@code date}, which is on or after the budget's start. */
    public BudgetStatus status(UUID budgetId, LocalDate date) {
        return calls.get(
                Upstream.FINANCE,
                uri -> uri.path("/api/v1/budgets/{id}/status")
                        .queryParam("date", date)
                        .build(budgetId),
                new ParameterizedTypeReference<BudgetStatus>() {},
                "budget");
    }
}
