package dev.finsuite.market.quote;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Providers' daily closes per symbol and asset type, global like {@code asset_quotes}: one per day, from a
 * history download or a quote refresh on that day, and the span of days a download has covered.
 */
@Repository
class StoredCloses {

    /** {@code numeric(28, 10)}: rounded here, so a close served fresh and served stored is the same string. */
    static final int SCALE = 10;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    StoredCloses(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    record Close(LocalDate date, BigDecimal close, String currency, String source, boolean splitAdjusted) {
    }

    record Coverage(LocalDate from, LocalDate to, String currency) {
        boolean covers(LocalDate first, LocalDate last) {
            return !from.isAfter(first) && !to.isBefore(last);
        }
    }

    static BigDecimal scaled(BigDecimal close) {
        return close.setScale(SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /**
     * A refreshed quote as the close of its day (the UTC day of its time), until the day's real close replaces
     * it. A price on its own day is in that day's share units, so it counts as split-adjusted.
     */
    void record(ProviderQuote quote, AssetType type) {
        BigDecimal close = scaled(quote.price());
        if (close.signum() <= 0) {
            return;
        }
        jdbc.sql("""
                        insert into quote_closes (symbol, asset_type, close_date, close, currency, source, split_adjusted)
                        values (:symbol, :type, :day, :close, :currency, :source, true)
                        on conflict (symbol, asset_type, close_date) do update set close = excluded.close,
                          currency = excluded.currency, source = excluded.source,
                          split_adjusted = excluded.split_adjusted, fetched_at = now()""")
                .param("symbol", quote.symbol()).param("type", type.name())
                .param("day", Date.valueOf(LocalDate.ofInstant(quote.asOf(), ZoneOffset.UTC)))
                .param("close", close).param("currency", quote.currency()).param("source", quote.source())
                .update();
    }

    Optional<Coverage> coverage(String symbol, AssetType type) {
        return jdbc.sql("select covered_from, covered_to, currency from quote_history_coverage where symbol = ? and asset_type = ?")
                .param(symbol).param(type.name())
                .query((rs, row) -> new Coverage(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate(), rs.getString(3)))
                .optional();
    }

    /**
     * A download's closes, and its span merged into what was covered before (joined when they touch, else the
     * newer span alone, since the download always reaches today).
     */
    @Transactional
    void store(String symbol, AssetType type, String source, ProviderHistory history, LocalDate today) {
        List<Object[]> rows = new ArrayList<>();
        for (ProviderHistory.DailyClose close : history.closes()) {
            BigDecimal value = scaled(close.close());
            if (value.signum() > 0) {
                rows.add(new Object[] {symbol, type.name(), Date.valueOf(close.date()), value, history.currency(), source,
                        history.splitAdjusted()});
            }
        }
        batch.batchUpdate("""
                insert into quote_closes (symbol, asset_type, close_date, close, currency, source, split_adjusted)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (symbol, asset_type, close_date) do update set close = excluded.close,
                  currency = excluded.currency, source = excluded.source, split_adjusted = excluded.split_adjusted,
                  fetched_at = now()""", rows);
        LocalDate from = history.coveredFrom().isAfter(today) ? today : history.coveredFrom();
        jdbc.sql("""
                        insert into quote_history_coverage (symbol, asset_type, covered_from, covered_to, currency, source)
                        values (:symbol, :type, :from, :to, :currency, :source)
                        on conflict (symbol, asset_type) do update set
                          covered_from = case when quote_history_coverage.covered_to >= excluded.covered_from - 1
                            then least(quote_history_coverage.covered_from, excluded.covered_from)
                            else excluded.covered_from end,
                          covered_to = greatest(quote_history_coverage.covered_to, excluded.covered_to),
                          currency = excluded.currency, source = excluded.source, fetched_at = now()""")
                .param("symbol", symbol).param("type", type.name()).param("from", Date.valueOf(from))
                .param("to", Date.valueOf(today)).param("currency", history.currency()).param("source", source)
                .update();
    }

    /** Ascending by day, both ends included. */
    List<Close> between(String symbol, AssetType type, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select close_date, close, currency, source, split_adjusted from quote_closes
                        where symbol = ? and asset_type = ? and close_date between ? and ? order by close_date""")
                .param(symbol).param(type.name()).param(Date.valueOf(from)).param(Date.valueOf(to))
                .query((rs, row) -> new Close(rs.getDate(1).toLocalDate(), rs.getBigDecimal(2).stripTrailingZeros(),
                        rs.getString(3), rs.getString(4), rs.getBoolean(5)))
                .list();
    }
}
