package dev.finsuite.finance.summary;

import dev.finsuite.common.conversion.BaseCurrencies;
import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.money.Currency;
import dev.finsuite.common.money.Money;
import dev.finsuite.finance.category.Categories;
import dev.finsuite.finance.category.CategoryView;
import dev.finsuite.finance.support.FinanceCaches;
import dev.finsuite.finance.support.Kind;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Income, expenses and net per month in the base currency, by category. One grouped query over the tenant's
 * date index; cached per tenant until the next write that changes money or categories.
 */
@Service
class Summaries {

    private final NamedParameterJdbcTemplate jdbc;
    private final BaseCurrencies baseCurrencies;
    private final Categories categories;
    private final Currencies currencies;

    Summaries(
            NamedParameterJdbcTemplate jdbc,
            BaseCurrencies baseCurrencies,
            Categories categories,
            Currencies currencies) {
        this.jdbc = jdbc;
        this.baseCurrencies = baseCurrencies;
        this.categories = categories;
        this.currencies = currencies;
    }

    @Cacheable(cacheNames = FinanceCaches.SUMMARIES, key = "'trend:' + #from + ':' + #to")
    @Transactional(readOnly = true)
    public List<MonthSummary> months(UUID tenantId, YearMonth from, YearMonth to) {
        String base = baseCurrencies.of(tenantId);
        // Both kinds named, so PostgreSQL walks the (tenant, kind, date) index once per kind.
        List<Row> rows = jdbc.query(
                """
                select date_trunc('month', entry_date)::date as month, kind, category_id,
                       sum(base_amount) filter (where base_currency = :base) as total, count(*) as entries,
                       count(*) filter (where base_amount is null or base_currency <> :base) as pending
                from finance_entries
                where tenant_id = :tenantId and kind in ('EXPENSE', 'INCOME')
                  and entry_date >= :from and entry_date < :to
                group by 1, 2, 3""",
                new MapSqlParameterSource("tenantId", tenantId)
                        .addValue("base", base)
                        .addValue("from", Date.valueOf(from.atDay(1)))
                        .addValue("to", Date.valueOf(to.plusMonths(1).atDay(1))),
                (rs, i) -> new Row(
                        YearMonth.from(rs.getObject("month", LocalDate.class)),
                        Kind.valueOf(rs.getString("kind")),
                        rs.getObject("category_id", UUID.class),
                        rs.getBigDecimal("total"),
                        rs.getLong("entries"),
                        rs.getLong("pending")));
        Map<UUID, CategoryView> names =
                categories.all(tenantId).stream().collect(Collectors.toMap(CategoryView::id, Function.identity()));
        Map<YearMonth, List<Row>> byMonth = rows.stream().collect(Collectors.groupingBy(Row::month));
        List<MonthSummary> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(summary(month, currencies.requireStored(base), byMonth.getOrDefault(month, List.of()), names));
        }
        return months;
    }

    private MonthSummary summary(YearMonth month, Currency base, List<Row> rows, Map<UUID, CategoryView> names) {
        Money income = Money.zero(base);
        Money expenses = Money.zero(base);
        long pending = 0;
        Map<UUID, MonthSummary.CategoryTotal> totals = new LinkedHashMap<>();
        for (Row row : rows) {
            Money amount = new Money(row.total() == null ? BigDecimal.ZERO : row.total(), base);
            if (row.kind() == Kind.INCOME) {
                income = income.plus(amount);
            } else {
                expenses = expenses.plus(amount);
            }
            pending += row.pending();
            CategoryView category = names.get(row.categoryId());
            totals.put(
                    row.categoryId(),
                    new MonthSummary.CategoryTotal(
                            row.categoryId(),
                            category == null ? null : category.name(),
                            row.kind(),
                            category == null ? null : category.parentId(),
                            amount.shownAmount(),
                            row.entries(),
                            row.pending()));
        }
        List<MonthSummary.CategoryTotal> byCategory = totals.values().stream()
                .sorted(Comparator.comparing(MonthSummary.CategoryTotal::type)
                        .thenComparing(MonthSummary.CategoryTotal::amount, Comparator.reverseOrder())
                        .thenComparing(MonthSummary.CategoryTotal::categoryId))
                .toList();
        return new MonthSummary(
                month.toString(),
                base.code(),
                income.shownAmount(),
                expenses.shownAmount(),
                income.minus(expenses).shownAmount(),
                pending,
                byCategory);
    }

    private record Row(YearMonth month, Kind kind, UUID categoryId, BigDecimal total, long entries, long pending) {}
}
