package dev.finsuite.export.report.statement;

import static dev.finsuite.export.read.Column.balance;
import static dev.finsuite.export.read.Column.code;
import static dev.finsuite.export.read.Column.integer;
import static dev.finsuite.export.read.Column.money;
import static dev.finsuite.export.read.Column.text;

import dev.finsuite.export.read.Column;
import dev.finsuite.export.report.statement.IncomeStatement.CategoryLine;
import dev.finsuite.export.report.statement.IncomeStatement.MonthAmount;
import dev.finsuite.export.tabular.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The statements as spreadsheets people read. */
final class StatementTables {

    private StatementTables() {}

    /**
     * One row per category line, a column per month and the total. Expenses are negative, so that every
     * column adds up to the net: the XLSX totals row (which sums every money column) is the net per month.
     */
    static Table incomeStatement(IncomeStatement statement) {
        List<Column> columns = new ArrayList<>(
                List.of(code("section"), code("categoryId"), text("category"), code("parentId"), text("parent")));
        statement.months().forEach(month -> columns.add(money(month, "currency")));
        columns.add(money("total", "currency"));
        columns.add(code("currency"));
        columns.add(integer("pendingConversions"));
        List<Object[]> rows = new ArrayList<>();
        statement.income().categories().forEach(line -> rows.add(row("INCOME", line, false, statement.baseCurrency())));
        statement
                .expenses()
                .categories()
                .forEach(line -> rows.add(row("EXPENSE", line, true, statement.baseCurrency())));
        return new Table("income-statement", columns, rows);
    }

    /**
     * One row per month. The running net is written as a plain decimal, not as money: the XLSX totals row sums
     * every money column, and a sum of running totals would mean nothing.
     */
    static Table cashFlow(CashFlow flow) {
        List<Column> columns = List.of(
                code("month"),
                money("income", "currency"),
                money("expenses", "currency"),
                money("net", "currency"),
                balance("cumulativeNet", "currency"),
                code("currency"),
                integer("pendingConversions"));
        List<Object[]> rows = new ArrayList<>();
        for (CashFlow.Month month : flow.months()) {
            rows.add(new Object[] {
                month.month(),
                month.income(),
                month.expenses(),
                month.net(),
                month.cumulativeNet(),
                flow.baseCurrency(),
                month.pendingConversions()
            });
        }
        return new Table("cash-flow", columns, rows);
    }

    private static Object[] row(String section, CategoryLine line, boolean negate, String currency) {
        List<Object> values = new ArrayList<>(List.of(section, line.categoryId().toString(), line.name()));
        values.add(line.parentId() == null ? null : line.parentId().toString());
        values.add(line.parent());
        for (MonthAmount month : line.months()) {
            values.add(signed(month.amount(), negate));
        }
        values.add(signed(line.total(), negate));
        values.add(currency);
        values.add(line.pendingConversions());
        return values.toArray();
    }

    private static BigDecimal signed(BigDecimal amount, boolean negate) {
        return negate ? amount.negate() : amount;
    }
}
