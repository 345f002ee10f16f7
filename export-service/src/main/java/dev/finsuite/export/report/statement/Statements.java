package dev.finsuite.export.report.statement;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import dev.finsuite.export.ledger.BaseCurrency;
import dev.finsuite.export.ledger.Category;
import dev.finsuite.export.ledger.Kind;
import dev.finsuite.export.ledger.Ledger;
import dev.finsuite.export.ledger.LedgerReads;
import dev.finsuite.export.ledger.MonthRange;
import dev.finsuite.export.ledger.MonthlyTotal;
import dev.finsuite.export.tabular.Reported;
import dev.finsuite.export.report.statement.IncomeStatement.CategoryLine;
import dev.finsuite.export.report.statement.IncomeStatement.MonthAmount;
import dev.finsuite.export.report.statement.IncomeStatement.Section;

/**
 * The income statement and the cash flow, both from one grouped read of the tenant's entries. Sums are exact
 * (BigDecimal over NUMERIC); each figure is rounded only when shown, so a total is the rounded exact total,
 * not the sum of rounded parts.
 */
@Service
class Statements {

    /** Lines grouped under their top-level category (parent first, then its sub-categories), by name. */
    private static final Comparator<CategoryLine> READING_ORDER = Comparator
            .comparing((CategoryLine line) -> line.parent() != null ? line.parent() : line.name(),
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
        Map<YearMonth, BigDecimal> incomeByMonth = byMonth(read, Kind.INCOME);
        Map<YearMonth, BigDecimal> expensesByMonth = byMonth(read, Kind.EXPENSE);
        List<MonthAmount> net = new ArrayList<>();
        BigDecimal netTotal = BigDecimal.ZERO;
        for (YearMonth month : months) {
            BigDecimal value = incomeByMonth.getOrDefault(month, BigDecimal.ZERO)
                    .subtract(expensesByMonth.getOrDefault(month, BigDecimal.ZERO));
            net.add(new MonthAmount(month.toString(), base.shown(value)));
            netTotal = netTotal.add(value);
        }
        return new Reported<>(new IncomeStatement(range.first().toString(), range.last().toString(), base.code(),
                months.stream().map(YearMonth::toString).toList(), income, expenses, net, base.shown(netTotal),
                income.pendingConversions() + expenses.pendingConversions()), base);
    }

    Reported<CashFlow> cashFlow(UUID tenant, MonthRange range) {
        Ledger read = ledger.monthly(tenant, range);
        BaseCurrency base = read.base();
        Map<YearMonth, BigDecimal> income = byMonth(read, Kind.INCOME);
        Map<YearMonth, BigDecimal> expenses = byMonth(read, Kind.EXPENSE);
        Map<YearMonth, Long> pending = new LinkedHashMap<>();
        read.totals().forEach(total -> pending.merge(total.month(), total.pending(), Long::sum));
        List<CashFlow.Month> months = new ArrayList<>();
        BigDecimal totalIncome = BigDecimal.ZERO;
        BigDecimal totalExpenses = BigDecimal.ZERO;
        long totalPending = 0;
        for (YearMonth month : range.months()) {
            BigDecimal in = income.getOrDefault(month, BigDecimal.ZERO);
            BigDecimal out = expenses.getOrDefault(month, BigDecimal.ZERO);
            totalIncome = totalIncome.add(in);
            totalExpenses = totalExpenses.add(out);
            long waiting = pending.getOrDefault(month, 0L);
            totalPending += waiting;
            months.add(new CashFlow.Month(month.toString(), base.shown(in), base.shown(out), base.shown(in.subtract(out)),
                    base.shown(totalIncome.subtract(totalExpenses)), waiting));
        }
        return new Reported<>(new CashFlow(range.first().toString(), range.last().toString(), base.code(), months,
                base.shown(totalIncome), base.shown(totalExpenses), base.shown(totalIncome.subtract(totalExpenses)),
                totalPending), base);
    }

    private static Section section(Ledger read, Kind kind, List<YearMonth> months) {
        BaseCurrency base = read.base();
        Map<UUID, Map<YearMonth, BigDecimal>> amounts = new LinkedHashMap<>();
        Map<UUID, long[]> counts = new LinkedHashMap<>();
        for (MonthlyTotal total : read.totals()) {
            if (total.kind() != kind) {
                continue;
            }
            amounts.computeIfAbsent(total.categoryId(), id -> new LinkedHashMap<>()).merge(total.month(), total.amount(),
                    BigDecimal::add);
            long[] count = counts.computeIfAbsent(total.categoryId(), id -> new long[2]);
            count[0] += total.entries();
            count[1] += total.pending();
        }
        List<CategoryLine> lines = new ArrayList<>();
        BigDecimal[] subtotals = new BigDecimal[months.size()];
        Arrays.fill(subtotals, BigDecimal.ZERO);
        BigDecimal sectionTotal = BigDecimal.ZERO;
        long sectionPending = 0;
        for (Map.Entry<UUID, Map<YearMonth, BigDecimal>> entry : amounts.entrySet()) {
            Category category = read.category(entry.getKey());
            List<MonthAmount> perMonth = new ArrayList<>();
            BigDecimal lineTotal = BigDecimal.ZERO;
            for (int i = 0; i < months.size(); i++) {
                BigDecimal value = entry.getValue().getOrDefault(months.get(i), BigDecimal.ZERO);
                perMonth.add(new MonthAmount(months.get(i).toString(), base.shown(value)));
                subtotals[i] = subtotals[i].add(value);
                lineTotal = lineTotal.add(value);
            }
            long[] count = counts.get(entry.getKey());
            lines.add(new CategoryLine(category.id(), category.name(), category.parentId(), category.parentName(),
                    perMonth, base.shown(lineTotal), count[0], count[1]));
            sectionTotal = sectionTotal.add(lineTotal);
            sectionPending += count[1];
        }
        lines.sort(READING_ORDER);
        List<MonthAmount> shownSubtotals = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            shownSubtotals.add(new MonthAmount(months.get(i).toString(), base.shown(subtotals[i])));
        }
        return new Section(List.copyOf(lines), shownSubtotals, base.shown(sectionTotal), sectionPending);
    }

    private static Map<YearMonth, BigDecimal> byMonth(Ledger read, Kind kind) {
        Map<YearMonth, BigDecimal> sums = new LinkedHashMap<>();
        read.totals().stream().filter(total -> total.kind() == kind)
                .forEach(total -> sums.merge(total.month(), total.amount(), BigDecimal::add));
        return sums;
    }
}
