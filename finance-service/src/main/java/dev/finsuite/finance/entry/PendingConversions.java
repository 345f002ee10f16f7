package dev.finsuite.finance.entry;

import dev.finsuite.common.conversion.Conversion;
import dev.finsuite.common.conversion.Converter;
import dev.finsuite.finance.support.FinanceCaches;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Completes the base-currency amounts that could not be had when their rows were written. Rates are asked for
 * outside any transaction; each row is then updated only if its amount, currency and date are still the ones
 * converted, so an edit made meanwhile is never overwritten.
 */
@Component
public class PendingConversions {

    private static final Logger log = LoggerFactory.getLogger(PendingConversions.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Converter converter;
    private final FinanceCaches caches;
    private final Clock clock;

    PendingConversions(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            Converter converter,
            FinanceCaches caches,
            Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.converter = converter;
        this.caches = caches;
    }

    /**
     * Up to {@code limit} of the tenant's pending rows after {@code after} (null: from the oldest), by date then
     * id, so a run that comes back for more does not ask again for rows that still have no rate. Must run with
     * the tenant's context set. Stops at {@code deadline}, so one slow market-service cannot keep the job past its
     * lock.
     */
    public Batch complete(UUID tenantId, int limit, Position after, Instant deadline) {
        List<Pending> pending = transactions.execute(status -> after == null
                ? jdbc.query("""
                        select id, amount, currency, entry_date, base_currency from finance_entries
                        where tenant_id = ? and base_amount is null order by entry_date, id limit ?""", PendingConversions::pending, tenantId, limit)
                : jdbc.query("""
                        select id, amount, currency, entry_date, base_currency from finance_entries
                        where tenant_id = ? and base_amount is null and (entry_date, id) > (?, ?)
                        order by entry_date, id limit ?""", PendingConversions::pending, tenantId, after.date(), after.id(), limit));
        int completed = 0;
        int tried = 0;
        Position last = after;
        for (Pending row : pending) {
            if (clock.instant().isAfter(deadline)) {
                break;
            }
            Conversion conversion =
                    converter.toBase(tenantId, row.baseCurrency(), row.currency(), row.amount(), row.date());
            if (!conversion.isPending()) {
                completed += store(tenantId, row, conversion);
            }
            tried++;
            last = new Position(row.date(), row.id());
        }
        if (completed > 0) {
            caches.moneyChanged();
        }
        return new Batch(completed, tried, last, tried == pending.size() && pending.size() < limit);
    }

    private static Pending pending(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Pending(
                rs.getObject("id", UUID.class),
                rs.getBigDecimal("amount"),
                rs.getString("currency"),
                rs.getObject("entry_date", LocalDate.class),
                rs.getString("base_currency"));
    }

    /** Where a tenant's pending rows were left off: the last one tried. */
    public record Position(LocalDate date, UUID id) {}

    /**
     * One turn's outcome: rows completed, rows tried (with or without a rate), where it stopped, and whether the
     * tenant has no pending rows after it.
     */
    public record Batch(int completed, int tried, Position last, boolean exhausted) {}

    /** One row, in its own transaction: a row that cannot be stored is logged and never stops the others. */
    private int store(UUID tenantId, Pending row, Conversion conversion) {
        try {
            Integer updated = transactions.execute(status -> jdbc.update(
                    """
                    update finance_entries set base_amount = ?, fx_rate = ?, fx_rate_date = ?, fx_source = ?,
                        version = version + 1, updated_at = now()
                    where tenant_id = ? and id = ? and base_amount is null and amount = ? and currency = ?
                      and entry_date = ? and base_currency = ?""",
                    conversion.baseAmount(),
                    conversion.rate(),
                    conversion.rateDate(),
                    conversion.source(),
                    tenantId,
                    row.id(),
                    row.amount(),
                    row.currency(),
                    row.date(),
                    row.baseCurrency()));
            return updated == null ? 0 : updated;
        } catch (DataAccessException unstorable) {
            log.warn("Could not store the conversion of entry {}: {}", row.id(), unstorable.toString());
            return 0;
        }
    }

    private record Pending(UUID id, BigDecimal amount, String currency, LocalDate date, String baseCurrency) {}
}
