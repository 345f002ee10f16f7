package dev.finsuite.market.quote;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant's manual prices as daily closes: one per day it set a price ({@code manual_closes}), and its current
 * manual price on its own day (which also covers prices set before closes were kept). Row-level security keeps
 * every read and write inside the calling tenant; the tenant id is still named in each query.
 */
@Repository
class ManualCloses {

    private final JdbcClient jdbc;

    ManualCloses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void record(UUID tenantId, String symbol, AssetType type, BigDecimal price, String currency, LocalDate day) {
        jdbc.sql("""
                        insert into manual_closes (id, tenant_id, symbol, asset_type, close_date, close, currency)
                        values (:id, :tenant, :symbol, :type, :day, :close, :currency)
                        on conflict (tenant_id, symbol, asset_type, close_date) do update set close = excluded.close,
                          currency = excluded.currency, updated_at = now(), version = manual_closes.version + 1""")
                .param("id", UUID.randomUUID())
                .param("tenant", tenantId)
                .param("symbol", symbol)
                .param("type", type.name())
                .param("day", Date.valueOf(day))
                .param("close", StoredCloses.scaled(price))
                .param("currency", currency)
                .update();
    }

    /** Removing a manual price hands the symbol back to the providers, for its past days too. */
    @Transactional
    void forget(UUID tenantId, String symbol, AssetType type) {
        jdbc.sql("delete from manual_closes where tenant_id = ? and symbol = ? and asset_type = ?")
                .param(tenantId)
                .param(symbol)
                .param(type.name())
                .update();
    }

    /**
     * Ascending by day; on a day with both, the current manual price comes last (it wins). A manual price is per
     * unit as held on its day, so these closes are not split-adjusted.
     */
    @Transactional(readOnly = true)
    List<StoredCloses.Close> between(UUID tenantId, String symbol, AssetType type, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select day, close, currency from (
                          select close_date as day, close, currency, 0 as rank from manual_closes
                          where tenant_id = :tenant and symbol = :symbol and asset_type = :type
                            and close_date between :from and :to
                          union all
                          select (as_of at time zone 'UTC')::date, price, currency, 1 from manual_prices
                          where tenant_id = :tenant and symbol = :symbol and asset_type = :type
                            and (as_of at time zone 'UTC')::date between :from and :to) closes
                        order by day, rank""")
                .param("tenant", tenantId)
                .param("symbol", symbol)
                .param("type", type.name())
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query((rs, row) -> new StoredCloses.Close(
                        rs.getDate(1).toLocalDate(),
                        StoredCloses.scaled(rs.getBigDecimal(2)),
                        rs.getString(3),
                        "manual",
                        false))
                .list();
    }

    /** The currency of the tenant's current manual price for the symbol, if it has one. */
    @Transactional(readOnly = true)
    Optional<String> currency(UUID tenantId, String symbol, AssetType type) {
        return jdbc.sql("select currency from manual_prices where tenant_id = ? and symbol = ? and asset_type = ?")
                .param(tenantId)
                .param(symbol)
                .param(type.name())
                .query(String.class)
                .optional();
    }
}
