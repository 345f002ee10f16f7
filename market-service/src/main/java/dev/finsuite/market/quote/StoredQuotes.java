package dev.finsuite.market.quote;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The last good quote per symbol and asset type, global: what is shown (stale) while a provider is down. */
@Repository
class StoredQuotes {

    private final JdbcClient jdbc;

    StoredQuotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void remember(ProviderQuote quote, AssetType type) {
        jdbc.sql("""
                        insert into asset_quotes (symbol, asset_type, price, currency, as_of, source, fetched_at)
                        values (:symbol, :type, :price, :currency, :asOf, :source, now())
                        on conflict (symbol, asset_type) do update set price = excluded.price,
                          currency = excluded.currency, as_of = excluded.as_of, source = excluded.source,
                          fetched_at = excluded.fetched_at""")
                .param("symbol", quote.symbol())
                .param("type", type.name())
                .param("price", quote.price())
                .param("currency", quote.currency())
                .param("asOf", java.sql.Timestamp.from(quote.asOf()))
                .param("source", quote.source())
                .update();
    }

    Optional<ProviderQuote> last(String symbol, AssetType type) {
        return jdbc.sql(
                        "select symbol, price, currency, as_of, source from asset_quotes where symbol = ? and asset_type = ?")
                .param(symbol)
                .param(type.name())
                .query((rs, row) -> new ProviderQuote(
                        rs.getString(1),
                        rs.getBigDecimal(2).stripTrailingZeros(),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5)))
                .optional();
    }
}
