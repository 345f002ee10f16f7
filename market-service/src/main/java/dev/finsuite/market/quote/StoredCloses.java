package dev.finsuite.market.quote;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Providers' daily closes per symbol and asset type, global like {@code asset_quotes}: one per day, from a
 * history download, else from a quote refresh on that day, and the span of days a download has covered.
 */
@Repository
class StoredCloses {

    /** {@code numeric(28, 10)}: rounded here, so a close served fresh and served stored is the same string. */
    static final int SCALE = 10;

    /** A downloaded close differing from the stored one by more than this share means a new adjustment basis. */
    static final BigDecimal BASIS_TOLERANCE = new BigDecimal("0.005");

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    StoredCloses(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    record Close(LocalDate date, BigDecimal close, String currency, String source, boolean splitAdjusted) {}

    record Coverage(LocalDate from, LocalDate to, String currency) {
        boolean covers(LocalDate first, LocalDate last) {
            return !from.isAfter(first) && !to.isBefore(last);
        }
    }

    static BigDecimal scaled(BigDecimal close) {
        return close.setScale(SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /**
     * A refreshed quote as the close of its day (the UTC day of its time), only while that day has no downloaded
     * close: it fills the day until a download brings the day's official close, and never overwrites one (a later
     * refresh the same day replaces an earlier refresh). A price on its own day is per unit of that day, not of
     * today, so it is stored as not split-adjusted: a split after it must still scale it.
     */
    void record(ProviderQuote quote, AssetType type) {
        BigDecimal close = scaled(quote.price());
        if (close.signum() <= 0) {
            return;
        }
        jdbc.sql("""
                        insert into quote_closes (symbol, asset_type, close_date, close, currency, source, split_adjusted,
                          origin)
                        values (:symbol, :type, :day, :close, :currency, :source, false, 'refresh')
                        on conflict (symbol, asset_type, close_date) do update set close = excluded.close,
                          currency = excluded.currency, source = excluded.source,
                          split_adjusted = excluded.split_adjusted, fetched_at = now()
                        where quote_closes.origin = 'refresh'""")
                .param("symbol", quote.symbol())
                .param("type", type.name())
                .param("day", Date.valueOf(LocalDate.ofInstant(quote.asOf(), ZoneOffset.UTC)))
                .param("close", close)
                .param("currency", quote.currency())
                .param("source", quote.source())
                .update();
    }

    Optional<Coverage> coverage(String symbol, AssetType type) {
        return jdbc.sql(
                        "select covered_from, covered_to, currency from quote_history_coverage where symbol = ? and asset_type = ?")
                .param(symbol)
                .param(type.name())
                .query((rs, row) ->
                        new Coverage(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate(), rs.getString(3)))
                .optional();
    }

    /**
     * A download's closes, and its span merged into what was covered before (joined when they touch, else the
     * newer span alone, since the download always reaches today). Adjusted closes are adjusted as of their
     * download, so a split (or, for Stooq, a dividend) after it changes every earlier close: when a returned close
     * differs by more than {@link #BASIS_TOLERANCE} from the downloaded close stored for the same finished day,
     * the stored series is on an old basis and is replaced, all of it, by this download (coverage starts again
     * from this download's span). All in one transaction, one download of the symbol at a time.
     *
     * @return whether the stored downloaded closes were replaced (the caller may then fetch older days again)
     */
    @Transactional
    boolean store(String symbol, AssetType type, String source, ProviderHistory history, LocalDate today) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))")
                .param("quote_closes:" + type.name() + ":" + symbol)
                .query()
                .listOfRows();
        TreeMap<LocalDate, BigDecimal> fresh = new TreeMap<>();
        for (ProviderHistory.DailyClose close : history.closes()) {
            BigDecimal value = scaled(close.close());
            if (value.signum() > 0) {
                fresh.put(close.date(), value);
            }
        }
        boolean replace = !fresh.isEmpty() && basisChanged(symbol, type, history.currency(), fresh);
        if (replace) {
            jdbc.sql("delete from quote_closes where symbol = ? and asset_type = ? and origin = 'download'")
                    .param(symbol)
                    .param(type.name())
                    .update();
            jdbc.sql("delete from quote_history_coverage where symbol = ? and asset_type = ?")
                    .param(symbol)
                    .param(type.name())
                    .update();
        }
        List<Object[]> rows = new ArrayList<>();
        fresh.forEach((day, value) -> rows.add(new Object[] {
            symbol, type.name(), Date.valueOf(day), value, history.currency(), source, history.splitAdjusted()
        }));
        batch.batchUpdate("""
                insert into quote_closes (symbol, asset_type, close_date, close, currency, source, split_adjusted, origin)
                values (?, ?, ?, ?, ?, ?, ?, 'download')
                on conflict (symbol, asset_type, close_date) do update set close = excluded.close,
                  currency = excluded.currency, source = excluded.source, split_adjusted = excluded.split_adjusted,
                  origin = excluded.origin, fetched_at = now()""", rows);
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
                .param("symbol", symbol)
                .param("type", type.name())
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(today))
                .param("currency", history.currency())
                .param("source", source)
                .update();
        return replace;
    }

    /**
     * Whether a stored downloaded close of a day the download returns too differs by more than rounding. Only days
     * already over when they were downloaded count (a close downloaded on its own day may be an intraday price,
     * CoinGecko's "now" point say); refresh closes never count.
     */
    private boolean basisChanged(String symbol, AssetType type, String currency, TreeMap<LocalDate, BigDecimal> fresh) {
        List<Map.Entry<LocalDate, BigDecimal>> stored = jdbc.sql("""
                        select close_date, close from quote_closes
                        where symbol = ? and asset_type = ? and origin = 'download' and currency = ?
                          and close_date between ? and ? and close_date < (fetched_at at time zone 'UTC')::date""")
                .param(symbol)
                .param(type.name())
                .param(currency)
                .param(Date.valueOf(fresh.firstKey()))
                .param(Date.valueOf(fresh.lastKey()))
                .query((rs, row) -> Map.entry(rs.getDate(1).toLocalDate(), rs.getBigDecimal(2)))
                .list();
        for (Map.Entry<LocalDate, BigDecimal> old : stored) {
            BigDecimal now = fresh.get(old.getKey());
            if (now != null
                    && now.subtract(old.getValue())
                                    .abs()
                                    .compareTo(old.getValue().multiply(BASIS_TOLERANCE))
                            > 0) {
                return true;
            }
        }
        return false;
    }

    /** Ascending by day, both ends included. */
    List<Close> between(String symbol, AssetType type, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select close_date, close, currency, source, split_adjusted from quote_closes
                        where symbol = ? and asset_type = ? and close_date between ? and ? order by close_date""")
                .param(symbol)
                .param(type.name())
                .param(Date.valueOf(from))
                .param(Date.valueOf(to))
                .query((rs, row) -> new Close(
                        rs.getDate(1).toLocalDate(),
                        rs.getBigDecimal(2).stripTrailingZeros(),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBoolean(5)))
                .list();
    }
}
