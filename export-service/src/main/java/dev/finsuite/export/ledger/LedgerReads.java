package dev.finsuite.export.ledger;

import dev.finsuite.common.money.Currency;
import dev.finsuite.export.read.TenantReads;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Component;

/**
 * finance_entries read for reports and analytics, through export-service's read path (the SELECT-only role,
 * row-level security, the tenant named in every query). An amount counts once it is converted to the
 * tenant's base currency as it is now; an entry without a base amount, or converted to another currency
 * before the tenant changed its base, is pending, counted and left out of every sum (as finance-service's
 * summaries do), never taken at a rate of 1.
 */
@Component
public class LedgerReads {

    /** Whether an entry {@code e} counts in the base currency {@code ?}. */
    public static final String CONVERTED = "e.base_amount is not null and e.base_currency = ?";

    private final TenantReads reads;

    public LedgerReads(TenantReads reads) {
        this.reads = reads;
    }

    /** Runs {@code work} in one read-only transaction for the tenant, with its base currency. */
    public <T> T read(UUID tenant, BiFunction<JdbcOperations, BaseCurrency, T> work) {
        return reads.withinTenant(tenant, jdbc -> work.apply(jdbc, baseCurrency(jdbc, tenant)));
    }

    /** Income and expenses per month and category over {@code range}, with every category's name. */
    public Ledger monthly(UUID tenant, MonthRange range) {
        return read(
                tenant,
                (jdbc, base) -> new Ledger(base, range, totals(jdbc, tenant, base, range), categories(jdbc, tenant)));
    }

    private static BaseCurrency baseCurrency(JdbcOperations jdbc, UUID tenant) {
        List<BaseCurrency> found = jdbc.query(
                """
                select btrim(t.base_currency), c.minor_units, c.active, c.iso
                  from tenants t join currencies c on c.code = btrim(t.base_currency)
                 where t.id = ?""",
                (rs, row) -> new BaseCurrency(
                        new Currency(rs.getString(1), rs.getInt(2), rs.getBoolean(3), rs.getBoolean(4))),
                tenant);
        if (found.isEmpty()) {
            throw new LedgerFailures.TenantNotFound();
        }
        return found.get(0);
    }

    private static List<MonthlyTotal> totals(JdbcOperations jdbc, UUID tenant, BaseCurrency base, MonthRange range) {
        // Both kinds named, so PostgreSQL walks the (tenant, kind, date) index, whose INCLUDE columns answer the rest.
        return jdbc.query(
                """
                select date_trunc('month', e.entry_date)::date, e.kind, e.category_id,
                       coalesce(sum(e.base_amount) filter (where %1$s), 0),
                       count(*) filter (where %1$s),
                       count(*) filter (where not (%1$s))
                  from finance_entries e
                 where e.tenant_id = ? and e.kind in ('EXPENSE', 'INCOME')
                   and e.entry_date >= ? and e.entry_date < ?
                 group by 1, 2, 3
                 order by 1, 2, 3""".formatted(CONVERTED),
                (rs, row) -> new MonthlyTotal(
                        YearMonth.from(rs.getObject(1, LocalDate.class)),
                        Kind.valueOf(rs.getString(2)),
                        rs.getObject(3, UUID.class),
                        rs.getBigDecimal(4),
                        rs.getLong(5),
                        rs.getLong(6)),
                base.code(),
                base.code(),
                base.code(),
                tenant,
                Date.valueOf(range.firstDay()),
                Date.valueOf(range.endExclusive()));
    }

    private static Map<UUID, Category> categories(JdbcOperations jdbc, UUID tenant) {
        Map<UUID, Category> categories = new LinkedHashMap<>();
        jdbc.query(
                """
                select c.id, c.name, c.type, c.parent_id, p.name
                  from finance_categories c left join finance_categories p on p.id = c.parent_id
                 where (c.tenant_id is null or c.tenant_id = ?)""",
                rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    categories.put(
                            id,
                            new Category(
                                    id,
                                    rs.getString(2),
                                    Kind.valueOf(rs.getString(3)),
                                    rs.getObject(4, UUID.class),
                                    rs.getString(5)));
                },
                tenant);
        return categories;
    }
}
