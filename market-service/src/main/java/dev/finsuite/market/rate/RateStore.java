package dev.finsuite.market.rate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Provider rates in PostgreSQL: global reference data (no tenant), history kept forever. */
@Repository
class RateStore {

    private final JdbcClient jdbc;

    RateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds what is new; a rate already stored for its source, pair and date is left as it is. */
    @Transactional
    int addAll(List<PublishedRate> rates) {
        int added = 0;
        for (PublishedRate rate : rates) {
            added += jdbc.sql("""
                            insert into exchange_rates (base, quote, rate, rate_date, source)
                            values (:base, :quote, :rate, :date, :source)
                            on conflict (source, base, quote, rate_date) do nothing""")
                    .param("base", rate.base())
                    .param("quote", rate.quote())
                    .param("rate", rate.rate())
                    .param("date", rate.date())
                    .param("source", rate.source())
                    .update();
        }
        return added;
    }

    Optional<LocalDate> latestDate(String source) {
        return jdbc
                .sql("select max(rate_date) from exchange_rates where source = ?")
                .param(source)
                .query(LocalDate.class)
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    /**
     * The latest day on or before {@code date} (and not before {@code earliest}) on which {@code source}
     * quoted every one of {@code codes} against {@code base}, with those rates.
     */
    Optional<RateDay> latestDayQuotingAll(
            String source, String base, Collection<String> codes, LocalDate date, LocalDate earliest) {
        if (codes.isEmpty()) {
            return Optional.empty();
        }
        String[] quotes = codes.toArray(String[]::new);
        Optional<LocalDate> day = jdbc.sql("""
                        select rate_date from exchange_rates
                        where source = :source and base = :base and quote = any(:quotes)
                          and rate_date between :earliest and :date
                        group by rate_date having count(*) = :count
                        order by rate_date desc limit 1""")
                .param("source", source)
                .param("base", base)
                .param("quotes", quotes)
                .param("earliest", earliest)
                .param("date", date)
                .param("count", quotes.length)
                .query(LocalDate.class)
                .optional();
        return day.map(found -> new RateDay(found, source, ratesOn(source, base, quotes, found)));
    }

    private Map<String, BigDecimal> ratesOn(String source, String base, String[] quotes, LocalDate day) {
        return jdbc
                .sql("""
                        select quote, rate from exchange_rates
                        where source = :source and base = :base and quote = any(:quotes) and rate_date = :day""")
                .param("source", source)
                .param("base", base)
                .param("quotes", quotes)
                .param("day", day)
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getBigDecimal(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Every day in the range on which the source quoted all the codes, newest first, paged. */
    List<RateDay> daysQuotingAll(
            String source, String base, Collection<String> codes, LocalDate from, LocalDate to, int offset, int limit) {
        String[] quotes = codes.toArray(String[]::new);
        List<LocalDate> days = jdbc.sql("""
                        select rate_date from exchange_rates
                        where source = :source and base = :base and quote = any(:quotes)
                          and rate_date between :from and :to
                        group by rate_date having count(*) = :count
                        order by rate_date desc offset :offset limit :limit""")
                .param("source", source)
                .param("base", base)
                .param("quotes", quotes)
                .param("from", from)
                .param("to", to)
                .param("count", quotes.length)
                .param("offset", offset)
                .param("limit", limit)
                .query(LocalDate.class)
                .list();
        return days.stream()
                .map(day -> new RateDay(day, source, ratesOn(source, base, quotes, day)))
                .toList();
    }

    long countDaysQuotingAll(String source, String base, Collection<String> codes, LocalDate from, LocalDate to) {
        String[] quotes = codes.toArray(String[]::new);
        return jdbc.sql("""
                        select count(*) from (select rate_date from exchange_rates
                        where source = :source and base = :base and quote = any(:quotes)
                          and rate_date between :from and :to
                        group by rate_date having count(*) = :count) days""")
                .param("source", source)
                .param("base", base)
                .param("quotes", quotes)
                .param("from", from)
                .param("to", to)
                .param("count", quotes.length)
                .query(Long.class)
                .single();
    }

    /** One source's rates against one base on one day. */
    record RateDay(LocalDate date, String source, Map<String, BigDecimal> rates) {}
}
