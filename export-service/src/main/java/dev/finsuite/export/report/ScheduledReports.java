package dev.finsuite.export.report;

import dev.finsuite.export.ledger.MonthRange;
import dev.finsuite.export.report.statement.StatementFiles;
import dev.finsuite.export.tabular.Table;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The reports a tenant may have produced every week or month, each made by the same code its endpoint runs (not
 * an HTTP call to ourselves), as the one table its file holds. Each covers a period (the week or month just
 * ended): the statements and net worth cover the period's months, budget versus actual its dates, and the
 * investment report is the holdings as of the run.
 */
@Component
public class ScheduledReports {

    /** What {@code report} of a schedule may name, in the order the API lists them. */
    public static final List<String> NAMES =
            List.of("income-statement", "cash-flow", "budget-vs-actual", "net-worth", "investments");

    private final StatementFiles statements;
    private final BudgetVsActual budgetVsActual;
    private final NetWorth netWorth;
    private final InvestmentReport investments;

    ScheduledReports(
            StatementFiles statements, BudgetVsActual budgetVsActual, NetWorth netWorth, InvestmentReport investments) {
        this.statements = statements;
        this.budgetVsActual = budgetVsActual;
        this.netWorth = netWorth;
        this.investments = investments;
    }

    /** The table of {@code report} for the period {@code from}..{@code to} (both included), for the current tenant. */
    public Table table(UUID tenant, String report, LocalDate from, LocalDate to) {
        MonthRange months = new MonthRange(YearMonth.from(from), YearMonth.from(to));
        return switch (report) {
            case "income-statement" -> statements.incomeStatement(tenant, months);
            case "cash-flow" -> statements.cashFlow(tenant, months);
            case "budget-vs-actual" -> budgetVsActual.of(from, to).table();
            case "net-worth" ->
                netWorth.of(tenant, months.first(), months.last()).table();
            case "investments" -> investments.of(tenant).table("holdings");
            default -> throw new IllegalArgumentException("Not a schedulable report: " + report);
        };
    }
}
