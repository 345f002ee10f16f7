package dev.finsuite.finance.budget;

import dev.finsuite.common.conversion.Converter;
import dev.finsuite.common.money.Currency;
import dev.finsuite.common.money.Money;
import dev.finsuite.finance.category.Categories;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes a budget's status: the spending of every period from the first one that can still carry anything
 * (the start, with rollover; the current period, without) up to the one containing the date.
 */
@Component
class BudgetStatuses {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal WARNING_PERCENT = BigDecimal.valueOf(80);

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate reads;
    private final Converter converter;
    private final Categories categories;

    BudgetStatuses(
            NamedParameterJdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            Converter converter,
            Categories categories) {
        this.jdbc = jdbc;
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
        this.converter = converter;
        this.categories = categories;
    }

    BudgetStatusView status(UUID tenantId, UUID budgetId, Budget.Terms terms, LocalDate date) {
        if (date.isBefore(terms.startDate())) {
            throw new BudgetFailures.BeforeBudgetStarts(terms.startDate());
        }
        BudgetPeriod period = terms.period();
        long current = period.indexOf(terms.startDate(), date);
        long first = terms.rollover() == Rollover.NONE ? current : 0;
        LocalDate periodStart = period.startOf(terms.startDate(), current);
        LocalDate periodEnd = period.startOf(terms.startDate(), current + 1).minusDays(1);
        List<DaySpending> days = reads.execute(status -> spending(
                tenantId,
                terms.categoryId() == null ? null : categories.withChildren(tenantId, terms.categoryId()),
                period.startOf(terms.startDate(), first),
                periodEnd));
        Currency currency = terms.limit().currency();
        InBudgetCurrency inCurrency = new InBudgetCurrency(tenantId, currency, date, periodStart);

        Money carried = Money.zero(currency);
        Money spent = Money.zero(currency);
        int next = 0;
        for (long n = first; n <= current; n++) {
            LocalDate end = period.startOf(terms.startDate(), n + 1);
            spent = Money.zero(currency);
            while (next < days.size() && days.get(next).day().isBefore(end)) {
                spent = spent.plus(inCurrency.of(days.get(next++)));
            }
            if (n < current) {
                carried = terms.rollover().carried(terms.limit().plus(carried), spent);
            }
        }
        return view(budgetId, terms, periodStart, periodEnd, carried, spent, inCurrency.pending);
    }

    private BudgetStatusView view(
            UUID budgetId,
            Budget.Terms terms,
            LocalDate periodStart,
            LocalDate periodEnd,
            Money carried,
            Money spent,
            long pending) {
        Money available = terms.limit().plus(carried);
        Money remaining = available.minus(spent);
        // A share, not money: two decimals of a percent.
        BigDecimal percent = available.isPositive()
                ? spent.amount().multiply(HUNDRED).divide(available.amount(), 2, RoundingMode.HALF_UP)
                : null;
        BudgetState state = percent == null || remaining.isNegative()
                ? BudgetState.EXCEEDED
                : percent.compareTo(WARNING_PERCENT) >= 0 ? BudgetState.WARNING : BudgetState.OK;
        return new BudgetStatusView(
                budgetId,
                terms.name(),
                available.currencyCode(),
                periodStart,
                periodEnd,
                terms.limit().shownAmount(),
                carried.shownAmount(),
                spent.shownAmount(),
                remaining.shownAmount(),
                percent,
                state,
                pending);
    }

    /** {@code categoryIds} null: all spending. */
    private List<DaySpending> spending(UUID tenantId, List<UUID> categoryIds, LocalDate from, LocalDate to) {
        MapSqlParameterSource params = new MapSqlParameterSource("tenantId", tenantId)
                .addValue("from", from)
                .addValue("to", to)
                .addValue("categoryIds", categoryIds);
        String category = categoryIds == null ? "" : " and category_id in (:categoryIds)";
        return new ArrayList<>(jdbc.query(
                """
                select entry_date, currency, base_currency, sum(amount) as amount, sum(base_amount) as base_amount,
                       count(*) as rows, count(*) filter (where base_amount is null) as pending
                from finance_entries
                where tenant_id = :tenantId and kind = 'EXPENSE' and entry_date between :from and :to
                """ + category + " group by entry_date, currency, base_currency order by entry_date",
                params,
                (rs, row) -> new DaySpending(
                        rs.getObject("entry_date", LocalDate.class),
                        rs.getString("currency"),
                        rs.getString("base_currency"),
                        rs.getBigDecimal("amount"),
                        rs.getBigDecimal("base_amount"),
                        rs.getLong("rows"),
                        rs.getLong("pending"))));
    }

    /**
     * Spending in the budget's currency: as recorded when it is the same currency, else at each expense's
     * stored rate (its base amount), and, when the base currency is not the budget's either, through one
     * base-to-budget rate for the status date. What cannot be converted is counted, not guessed.
     */
    private final class InBudgetCurrency {

        private final UUID tenantId;
        private final Currency currency;
        private final LocalDate date;
        private final LocalDate periodStart;
        private final java.util.Map<String, Optional<BigDecimal>> baseRates = new java.util.HashMap<>();
        private long pending;

        InBudgetCurrency(UUID tenantId, Currency currency, LocalDate date, LocalDate periodStart) {
            this.tenantId = tenantId;
            this.currency = currency;
            this.date = date;
            this.periodStart = periodStart;
        }

        /** Only the period shown reports what it is missing; earlier periods only feed what is carried over. */
        private void missing(DaySpending day, long rows) {
            if (!day.day().isBefore(periodStart)) {
                pending += rows;
            }
        }

        Money of(DaySpending day) {
            if (day.currency().equals(currency.code())) {
                return new Money(day.amount(), currency);
            }
            missing(day, day.pending());
            if (day.baseAmount() == null) {
                return Money.zero(currency);
            }
            Optional<BigDecimal> rate = baseRates.computeIfAbsent(
                    day.baseCurrency(), base -> converter.rate(tenantId, base, currency.code(), date));
            if (rate.isEmpty()) {
                missing(day, day.rows() - day.pending());
                return Money.zero(currency);
            }
            // The base amount at the rate from the base currency: money in the budget's currency.
            return new Money(day.baseAmount().multiply(rate.get()), currency);
        }
    }
}
