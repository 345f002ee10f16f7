package dev.finsuite.export.analytics;

import static dev.finsuite.export.ledger.LedgerReads.CONVERTED;

import dev.finsuite.common.money.Currency;
import dev.finsuite.common.money.Money;
import dev.finsuite.export.ledger.BaseCurrency;
import dev.finsuite.export.ledger.Category;
import dev.finsuite.export.ledger.Kind;
import dev.finsuite.export.ledger.Ledger;
import dev.finsuite.export.ledger.LedgerReads;
import dev.finsuite.export.ledger.MonthRange;
import dev.finsuite.export.ledger.MonthlyTotal;
import dev.finsuite.export.tabular.Reported;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The analyses of spending, each with the numbers behind it. Every comparison starts from monthly amounts as
 * shown (half-up to the base currency's minor units), so a user can redo it by hand from the response.
 */
@Service
class Analyses {

    static final int HISTORY_MONTHS = 12;
    private static final BigDecimal SIMILAR_SPREAD = new BigDecimal("1.10");

    private final LedgerReads ledger;

    Analyses(LedgerReads ledger) {
        this.ledger = ledger;
    }

    Reported<SpendingTrends> spendingTrends(UUID tenant, YearMonth month) {
        Spending spending = spending(tenant, month);
        BaseCurrency base = spending.ledger().base();
        List<SpendingTrends.Trend> trends = new ArrayList<>();
        for (UUID categoryId : spending.categories()) {
            Category category = spending.ledger().category(categoryId);
            BigDecimal thisMonth = spending.amount(categoryId, month);
            BigDecimal lastMonth = spending.amount(categoryId, month.minusMonths(1));
            BigDecimal change = thisMonth.subtract(lastMonth);
            BigDecimal average = Statistics.mean(spending.history(categoryId));
            trends.add(new SpendingTrends.Trend(
                    category.id(),
                    category.name(),
                    category.parentId(),
                    category.parentName(),
                    thisMonth,
                    lastMonth,
                    change,
                    Statistics.percent(change, lastMonth),
                    average,
                    thisMonth.subtract(average),
                    spending.pending(categoryId)));
        }
        trends.sort(Comparator.comparing(SpendingTrends.Trend::thisMonth)
                .reversed()
                .thenComparing(SpendingTrends.Trend::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(SpendingTrends.Trend::categoryId));
        MonthRange history = MonthRange.before(month, HISTORY_MONTHS);
        return new Reported<>(
                new SpendingTrends(
                        month.toString(),
                        base.code(),
                        month.minusMonths(1).toString(),
                        history.first().toString(),
                        history.last().toString(),
                        trends,
                        spending.totalPending()),
                base);
    }

    Reported<UnusualMonths> unusualMonths(UUID tenant, YearMonth month) {
        Spending spending = spending(tenant, month);
        BaseCurrency base = spending.ledger().base();
        MonthRange history = MonthRange.before(month, HISTORY_MONTHS);
        List<UnusualMonths.Unusual> unusual = new ArrayList<>();
        for (UUID categoryId : spending.categories()) {
            List<BigDecimal> amounts = spending.history(categoryId);
            BigDecimal mean = Statistics.mean(amounts);
            BigDecimal stddev = Statistics.populationStandardDeviation(amounts);
            BigDecimal threshold = mean.add(stddev.multiply(BigDecimal.valueOf(2)));
            BigDecimal actual = spending.amount(categoryId, month);
            if (actual.compareTo(threshold) > 0) {
                Category category = spending.ledger().category(categoryId);
                List<UnusualMonths.MonthAmount> shown = new ArrayList<>();
                List<YearMonth> months = history.months();
                for (int i = 0; i < months.size(); i++) {
                    shown.add(new UnusualMonths.MonthAmount(months.get(i).toString(), amounts.get(i)));
                }
                unusual.add(new UnusualMonths.Unusual(
                        category.id(),
                        category.name(),
                        category.parentId(),
                        category.parentName(),
                        actual,
                        mean,
                        stddev,
                        threshold,
                        actual.subtract(threshold),
                        shown));
            }
        }
        unusual.sort(Comparator.comparing(UnusualMonths.Unusual::excess)
                .reversed()
                .thenComparing(UnusualMonths.Unusual::categoryId));
        return new Reported<>(
                new UnusualMonths(
                        month.toString(),
                        base.code(),
                        history.first().toString(),
                        history.last().toString(),
                        spending.categories().size(),
                        unusual,
                        spending.totalPending()),
                base);
    }

    Reported<TopPayees> topPayees(UUID tenant, MonthRange range, int limit) {
        Date from = Date.valueOf(range.firstDay());
        Date until = Date.valueOf(range.endExclusive());
        return ledger.read(tenant, (jdbc, base) -> {
            Object[] all = jdbc.queryForObject(
                    """
                    select coalesce(sum(e.base_amount) filter (where %1$s), 0), count(*) filter (where not (%1$s))
                      from finance_entries e
                     where e.tenant_id = ? and e.kind = 'EXPENSE' and e.entry_date >= ? and e.entry_date < ?""".formatted(CONVERTED),
                    (rs, row) -> new Object[] {rs.getBigDecimal(1), rs.getLong(2)},
                    base.code(),
                    base.code(),
                    tenant,
                    from,
                    until);
            BigDecimal expenses = base.shown((BigDecimal) all[0]);
            List<TopPayees.Payee> payees = new ArrayList<>(jdbc.query(
                    """
                    select min(btrim(e.counterparty) collate "C"), count(*) filter (where %1$s),
                           coalesce(sum(e.base_amount) filter (where %1$s), 0), count(*) filter (where not (%1$s))
                      from finance_entries e
                     where e.tenant_id = ? and e.kind = 'EXPENSE' and e.entry_date >= ? and e.entry_date < ?
                       and btrim(e.counterparty) <> ''
                     group by lower(btrim(e.counterparty))""".formatted(CONVERTED),
                    (rs, row) -> {
                        BigDecimal total = base.shown(rs.getBigDecimal(3));
                        return new TopPayees.Payee(
                                rs.getString(1),
                                rs.getLong(2),
                                total,
                                Statistics.percent(total, expenses),
                                rs.getLong(4));
                    },
                    base.code(),
                    base.code(),
                    base.code(),
                    tenant,
                    from,
                    until));
            payees.sort(Comparator.comparing(TopPayees.Payee::total)
                    .reversed()
                    .thenComparing(
                            Comparator.comparingLong(TopPayees.Payee::payments).reversed())
                    .thenComparing(TopPayees.Payee::counterparty));
            return new Reported<>(
                    new TopPayees(
                            range.first().toString(),
                            range.last().toString(),
                            base.code(),
                            expenses,
                            List.copyOf(payees.subList(0, Math.min(limit, payees.size()))),
                            (Long) all[1]),
                    base);
        });
    }

    Reported<RecurringSpend> recurringSpend(UUID tenant, MonthRange range) {
        Date from = Date.valueOf(range.firstDay());
        Date until = Date.valueOf(range.endExclusive());
        BigDecimal months = BigDecimal.valueOf(range.size());
        return ledger.read(tenant, (jdbc, base) -> {
            long[] pending = {0};
            List<RecurringSpend.Rule> rules = jdbc.query(
                    """
                    select r.id, r.description, r.counterparty, r.category_id, c.name, p.name, r.frequency,
                           r.interval_count, r.amount, r.currency, u.minor_units,
                           count(*) filter (where %1$s), coalesce(sum(e.base_amount) filter (where %1$s), 0),
                           count(*) filter (where not (%1$s)), u.active, u.iso
                      from finance_entries e
                      join finance_recurring_rules r on r.tenant_id = e.tenant_id and r.id = e.recurring_rule_id
                      join finance_categories c on c.id = r.category_id
                      left join finance_categories p on p.id = c.parent_id
                      join currencies u on u.code = r.currency
                     where e.tenant_id = ? and e.kind = 'EXPENSE' and e.entry_date >= ? and e.entry_date < ?
                     group by r.id, c.name, p.name, u.minor_units, u.active, u.iso
                     order by 13 desc, r.id""".formatted(CONVERTED),
                    (rs, row) -> {
                        BigDecimal total = base.shown(rs.getBigDecimal(13));
                        pending[0] += rs.getLong(14);
                        String frequency = rs.getString(7);
                        int interval = rs.getInt(8);
                        BigDecimal amount = rs.getBigDecimal(9);
                        int minorUnits = rs.getInt(11);
                        Money ruleAmount = new Money(
                                amount,
                                new Currency(rs.getString(10), minorUnits, rs.getBoolean(15), rs.getBoolean(16)));
                        return new RecurringSpend.Rule(
                                rs.getObject(1, UUID.class),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getObject(4, UUID.class),
                                rs.getString(5),
                                rs.getString(6),
                                frequency,
                                interval,
                                ruleAmount.shownAmount(),
                                rs.getString(10),
                                monthlyEquivalent(amount, frequency, interval, minorUnits),
                                rs.getLong(12),
                                total,
                                total.divide(months, base.minorUnits(), RoundingMode.HALF_UP),
                                rs.getLong(14));
                    },
                    base.code(),
                    base.code(),
                    base.code(),
                    tenant,
                    from,
                    until);
            List<RecurringSpend.Similar> similar = jdbc.query(
                    """
                    select min(btrim(e.counterparty) collate "C"), count(distinct date_trunc('month', e.entry_date)), count(*),
                           sum(e.base_amount), min(e.base_amount), max(e.base_amount)
                      from finance_entries e
                     where e.tenant_id = ? and e.kind = 'EXPENSE' and e.entry_date >= ? and e.entry_date < ?
                       and e.recurring_rule_id is null and btrim(e.counterparty) <> '' and %s
                     group by lower(btrim(e.counterparty))
                    having count(distinct date_trunc('month', e.entry_date)) >= 3 and max(e.base_amount) <= min(e.base_amount) * ?
                     order by sum(e.base_amount) desc, 1""".formatted(CONVERTED),
                    (rs, row) -> {
                        BigDecimal total = rs.getBigDecimal(4);
                        long payments = rs.getLong(3);
                        return new RecurringSpend.Similar(
                                rs.getString(1),
                                rs.getInt(2),
                                payments,
                                base.shown(total),
                                base.shown(rs.getBigDecimal(5)),
                                base.shown(rs.getBigDecimal(6)),
                                total.divide(BigDecimal.valueOf(payments), base.minorUnits(), RoundingMode.HALF_UP));
                    },
                    tenant,
                    from,
                    until,
                    base.code(),
                    SIMILAR_SPREAD);
            Money rulesTotal =
                    rules.stream().map(rule -> base.money(rule.total())).reduce(base.zero(), Money::plus);
            return new Reported<>(
                    new RecurringSpend(
                            range.first().toString(),
                            range.last().toString(),
                            base.code(),
                            range.size(),
                            rules,
                            rulesTotal.shownAmount(),
                            similar,
                            pending[0]),
                    base);
        });
    }

    /** A rule's amount per month by its schedule: a year of 12 months, 52 weeks or 365 days. */
    static BigDecimal monthlyEquivalent(BigDecimal amount, String frequency, int interval, int minorUnits) {
        BigDecimal perYear = switch (frequency) {
            case "DAILY" -> BigDecimal.valueOf(365);
            case "WEEKLY" -> BigDecimal.valueOf(52);
            case "MONTHLY" -> BigDecimal.valueOf(12);
            case "YEARLY" -> BigDecimal.ONE;
            default -> throw new IllegalStateException("Unknown frequency " + frequency);
        };
        return amount.multiply(perYear).divide(BigDecimal.valueOf(12L * interval), minorUnits, RoundingMode.HALF_UP);
    }

    /** Expense amounts per category and month for the month and the 12 before it. */
    private Spending spending(UUID tenant, YearMonth month) {
        Ledger read = ledger.monthly(tenant, new MonthRange(month.minusMonths(HISTORY_MONTHS), month));
        Map<UUID, Map<YearMonth, BigDecimal>> amounts = new HashMap<>();
        Map<UUID, Long> pending = new HashMap<>();
        Set<UUID> categories = new LinkedHashSet<>();
        for (MonthlyTotal total : read.totals()) {
            if (total.kind() != Kind.EXPENSE) {
                continue;
            }
            categories.add(total.categoryId());
            amounts.computeIfAbsent(total.categoryId(), id -> new HashMap<>())
                    .merge(total.month(), total.amount(), BigDecimal::add);
            pending.merge(total.categoryId(), total.pending(), Long::sum);
        }
        return new Spending(read, month, List.copyOf(categories), amounts, pending);
    }

    private record Spending(
            Ledger ledger,
            YearMonth month,
            List<UUID> categories,
            Map<UUID, Map<YearMonth, BigDecimal>> amounts,
            Map<UUID, Long> pending) {

        /** The amount as shown: zero for a month without spending. */
        BigDecimal amount(UUID categoryId, YearMonth when) {
            BigDecimal exact = amounts.getOrDefault(categoryId, Map.of()).getOrDefault(when, BigDecimal.ZERO);
            return ledger.base().shown(exact);
        }

        /** The 12 monthly amounts before the month, oldest first, months without spending as zero. */
        List<BigDecimal> history(UUID categoryId) {
            return MonthRange.before(month, HISTORY_MONTHS).months().stream()
                    .map(m -> amount(categoryId, m))
                    .toList();
        }

        long pending(UUID categoryId) {
            return pending.getOrDefault(categoryId, 0L);
        }

        long totalPending() {
            return pending.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
