package dev.finsuite.export.report.statement;

import dev.finsuite.common.money.Money;
import dev.finsuite.export.ledger.BaseCurrency;
import dev.finsuite.export.ledger.Category;
import dev.finsuite.export.ledger.Kind;
import dev.finsuite.export.ledger.Ledger;
import dev.finsuite.export.ledger.LedgerReads;
import dev.finsuite.export.ledger.MonthRange;
import dev.finsuite.export.ledger.MonthlyTotal;
import dev.finsuite.export.report.statement.IncomeStatement.CategoryLine;
import dev.finsuite.export.report.statement.IncomeStatement.MonthAmount;
import dev.finsuite.export.report.statement.IncomeStatement.Section;
import dev.finsuite.export.tabular.Reported;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The income statement and the cash flow, both from one grouped read of the tenant's entries. Sums are exact
 * (BigDecimal over NUMERIC); each figure is rounded only when shown, so a total is the rounded exact total,
 * not the sum of rounded parts.
 */
@Service
class Statements {

    /** Lines grouped under their top-level category (parent first, then its sub-categories), by name. */
    private static final Comparator<CategoryLine> READING_ORDER = Comparator.comparing(
                    (CategoryLine line) -> line.parent() != null ? line.parent() : line.name(),
                    String.CASE_INSENSITIVE_ORDER)
            .thenComparing(line -> line.parentId() != null)
            .thenComparing(CategoryLine::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(CategoryLine::categoryId);

    private final LedgerReads ledger;

    Statements(LedgerReads ledger) {
        this.ledger = ledger;
    }

    Reported<IncomeStatement> incomeStatement(UUID tenant, MonthRange range) {
        Ledger read = ledger.monthly(tenant, range);
        BaseCurrency base = read.base();
        List<YearMonth> months = range.months();
        Section income = section(read, Kind.INCOME, months);
        Section expenses = section(read, Kind.EXPENSE, months);
        Map<YearMonth, Money> incomeByMonth = byMonth(read, Kind.INCOME);
        Map<YearMonth, Money> expensesByMonth = byMonth(read, Kind.EXPENSE);
        List<MonthAmount> net = new ArrayList<>();
        Money netTotal = base.zero();
        for (YearMonth month : months) {
            Money value = incomeByMonth
                    .getOrDefault(month, base.zero())
                    .minus(expensesByMonth.getOrDefault(month, base.zero()));
            net.add(new MonthAmount(month.toString(), value.shownAmount()));
            netTotal = netTotal.plus(value);
        }
        return new Reported<>(
                new IncomeStatement(
                        range.first().toString(),
                        range.last().toString(),
                        base.code(),
                        months.stream().map(YearMonth::toString).toList(),
                        income,
                        expenses,
                        net,
                        netTotal.shownAmount(),
                        income.pendingConversions() + expenses.pendingConversions()),
                base);
    }

    Reported<CashFlow> cashFlow(UUID tenant, MonthRange range) {
        Ledger read = ledger.monthly(tenant, range);
        BaseCurrency base = read.base();
        Map<YearMonth, Money> income = byMonth(read, Kind.INCOME);
        Map<YearMonth, Money> expenses = byMonth(read, Kind.EXPENSE);
        Map<YearMonth, Long> pending = new LinkedHashMap<>();
        read.totals().forEach(total -> pending.merge(total.month(), total.pending(), Long::sum));
        List<CashFlow.Month> months = new ArrayList<>();
        Money totalIncome = base.zero();
        Money totalExpenses = base.zero();
        long totalPending = 0;
        for (YearMonth month : range.months()) {
            Money in = income.getOrDefault(month, base.zero());
            Money out = expenses.getOrDefault(month, base.zero());
            totalIncome = totalIncome.plus(in);
            totalExpenses = totalExpenses.plus(out);
            long waiting = pending.getOrDefault(month, 0L);
            totalPending += waiting;
            months.add(new CashFlow.Month(
                    month.toString(),
                    in.shownAmount(),
                    out.shownAmount(),
                    in.minus(out).shownAmount(),
                    totalIncome.minus(totalExpenses).shownAmount(),
                    waiting));
        }
        return new Reported<>(
                new CashFlow(
                        range.first().toString(),
                        range.last().toString(),
                        base.code(),
                        months,
                        totalIncome.shownAmount(),
                        totalExpenses.shownAmount(),
                        totalIncome.minus(totalExpenses).shownAmount(),
                        totalPending),
                base);
    }

    private static Section section(Ledger read, Kind kind, List<YearMonth> months) {
        BaseCurrency base = read.base();
        Map<UUID, Map<YearMonth, Money>> amounts = new LinkedHashMap<>();
        Map<UUID, long[]> counts = new LinkedHashMap<>();
        for (MonthlyTotal total : read.totals()) {
            if (total.kind() != kind) {
                continue;
            }
            amounts.computeIfAbsent(total.categoryId(), id -> new LinkedHashMap<>())
                    .merge(total.month(), base.money(total.amount()), Money::plus);
            long[] count = counts.computeIfAbsent(total.categoryId(), id -> new long[2]);
            count[0] += total.entries();
            count[1] += total.pending();
        }
        List<CategoryLine> lines = new ArrayList<>();
        Money[] subtotals = new Money[months.size()];
        Arrays.fill(subtotals, base.zero());
        Money sectionTotal = base.zero();
        long sectionPending = 0;
        for (Map.Entry<UUID, Map<YearMonth, Money>> entry : amounts.entrySet()) {
            Category category = read.category(entry.getKey());
            List<MonthAmount> perMonth = new ArrayList<>();
            Money lineTotal = base.zero();
            for (int i = 0; i < months.size(); i++) {
                Money value = entry.getValue().getOrDefault(months.get(i), base.zero());
                perMonth.add(new MonthAmount(months.get(i).toString(), value.shownAmount()));
                subtotals[i] = subtotals[i].plus(value);
                lineTotal = lineTotal.plus(value);
            }
            long[] count = counts.get(entry.getKey());
            lines.add(new CategoryLine(
                    category.id(),
                    category.name(),
                    category.parentId(),
                    category.parentName(),
                    perMonth,
                    lineTotal.shownAmount(),
                    count[0],
                    count[1]));
            sectionTotal = sectionTotal.plus(lineTotal);
            sectionPending += count[1];
        }
        lines.sort(READING_ORDER);
        List<MonthAmount> shownSubtotals = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            shownSubtotals.add(new MonthAmount(months.get(i).toString(), subtotals[i].shownAmount()));
        }
        return new Section(List.copyOf(lines), shownSubtotals, sectionTotal.shownAmount(), sectionPending);
    }

    /** The ledger's monthly totals are in the base currency already (converted when recorded). */
    private static Map<YearMonth, Money> byMonth(Ledger read, Kind kind) {
        Map<YearMonth, Money> sums = new LinkedHashMap<>();
        read.totals().stream()
                .filter(total -> total.kind() == kind)
                .forEach(total -> sums.merge(total.month(), read.base().money(total.amount()), Money::plus));
        return sums;
    }
}
