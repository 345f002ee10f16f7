package dev.finsuite.export.report;

import dev.finsuite.export.tabular.Table;
import dev.finsuite.export.upstream.FinanceApi;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Budget versus actual: each budget's status in every one of its periods that overlaps a date range, each
 * asked of finance-service (its periods, its rollover, its spending in the budget's currency), so the figures
 * are exactly those finance-service shows for that period.
 */
@Component
public class BudgetVsActual {

    /** At most this many periods per budget (a weekly budget over two years has 105). */
    static final int MAX_PERIODS = 120;

    private final FinanceApi finance;

    BudgetVsActual(FinanceApi finance) {
        this.finance = finance;
    }

    public record Report(LocalDate from, LocalDate to, List<FinanceApi.BudgetStatus> periods, String method) {

        public Table table() {
            return new Table(
                    "budget-vs-actual",
                    Tables.BUDGET_STATUS,
                    periods.stream().map(Tables::budgetStatus).toList());
        }
    }

    /** Budgets starting after {@code to} have no period in the range and are left out. */
    public Report of(LocalDate from, LocalDate to) {
        List<FinanceApi.BudgetStatus> periods = new ArrayList<>();
        for (FinanceApi.Budget budget : finance.budgets()) {
            LocalDate date = budget.startDate().isAfter(from) ? budget.startDate() : from;
            for (int n = 0; !date.isAfter(to) && n < MAX_PERIODS; n++) {
                FinanceApi.BudgetStatus status = finance.status(budget.id(), date);
                periods.add(status);
                date = status.periodEnd().plusDays(1);
            }
        }
        return new Report(
                from,
                to,
                periods,
                "each period's status as finance-service computes it for that period: "
                        + "available = limit + carriedOver (rollover), remaining = available - spent");
    }
}
