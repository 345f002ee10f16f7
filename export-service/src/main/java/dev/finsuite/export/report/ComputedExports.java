package dev.finsuite.export.report;

import dev.finsuite.export.read.ComputedEntity;
import dev.finsuite.export.upstream.EmiApi;
import dev.finsuite.export.upstream.FinanceApi;
import dev.finsuite.export.upstream.InvestmentApi;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The exports whose figures finance-, emi- and investment-service compute: budgets with their current status,
 * every instalment of every loan, and the holdings. Asked of those services as the caller, never re-computed.
 */
@Component
public class ComputedExports {

    private final Map<String, ComputedEntity> byName = new LinkedHashMap<>();

    ComputedExports(FinanceApi finance, EmiApi emi, InvestmentApi investments, Clock clock) {
        add(new ComputedEntity(
                "budget-statuses",
                Tables.BUDGET_STATUS,
                () -> finance.statuses(LocalDate.now(clock)).stream()
                        .map(Tables::budgetStatus)
                        .toList()));
        add(new ComputedEntity("loan-schedules", Tables.INSTALMENT, () -> {
            List<Object[]> rows = new ArrayList<>();
            for (EmiApi.Loan loan : emi.loans()) {
                emi.schedule(loan.id()).instalments().forEach(i -> rows.add(Tables.instalment(loan, i)));
            }
            return rows;
        }));
        add(new ComputedEntity("investment-holdings", Tables.HOLDING, () -> {
            InvestmentApi.Holdings holdings = investments.holdings();
            return holdings.holdings().stream()
                    .map(h -> Tables.holding(holdings.baseCurrency(), h))
                    .toList();
        }));
    }

    private void add(ComputedEntity entity) {
        byName.put(entity.name(), entity);
    }

    public Optional<ComputedEntity> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<String> names() {
        return List.copyOf(byName.keySet());
    }
}
