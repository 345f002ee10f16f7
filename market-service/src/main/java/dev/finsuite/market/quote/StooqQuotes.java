package dev.finsuite.market.quote;

import com.opencsv.CSVReaderHeaderAware;
import dev.finsuite.market.config.MarketProperties;
import dev.finsuite.market.config.ProviderHttp;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Stooq's CSV quotes, no key. Parsed by header name ({@code f=sd2t2ohlcv&h}); an unknown symbol is HTTP 200
 * with {@code N/D} in every field. There is no currency column: it follows from the symbol's suffix
 * ({@code .us} dollars, {@code .uk} pence, none for Warsaw), or for a pair like {@code XAUUSD} its last three
 * letters. Times are Warsaw local time. A symbol no currency follows from (an index, an unknown suffix) is one
 * we cannot price: it is answered as unknown without asking Stooq, because a failure would count against the
 * breaker every tenant's Stooq quotes share, and any user could open it by asking for a few such symbols.
 */
@Component
class StooqQuotes implements QuoteProvider {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final Map<String, String> SUFFIX_CURRENCY =
            Map.of("us", "USD", "uk", "GBX", "jp", "JPY", "de", "EUR", "hk", "HKD", "hu", "HUF", "f", "EUR");

    private final ProviderHttp http;
    private final MarketProperties properties;

    StooqQuotes(ProviderHttp http, MarketProperties properties) {
        this.http = http;
        this.properties = properties;
    }

    @Override
    public String name() {
        return "stooq";
    }

    @Override
    public Optional<ProviderQuote> fetch(String symbol, String apiKey) {
        Optional<String> known = currencyOf(symbol);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        String csv = http.client(properties.quotes().stooqUrl())
                .get()
                .uri(uri -> uri.path("/q/l/")
                        .queryParam("s", symbol.toLowerCase(Locale.ROOT))
                        .queryParam("f", "sd2t2ohlcv")
                        .queryParam("h", "")
                        .queryParam("e", "csv")
                        .build())
                .retrieve()
                .body(String.class);
        Map<String, String> row = firstRow(csv);
        String close = row.get("Close");
        if (close == null) {
            throw new ProviderFailed("Stooq answered without a Close column");
        }
        if ("N/D".equals(close.trim())) {
            return Optional.empty();
        }
        BigDecimal price;
        try {
            price = new BigDecimal(close.trim());
        } catch (NumberFormatException e) {
            throw new ProviderFailed("Stooq price is not a number: " + close);
        }
        if (price.signum() <= 0) {
            throw new ProviderFailed("Stooq gave a price that is not positive: " + price);
        }
        String currency = known.get();
        if ("GBX".equals(currency)) {
            price = Pence.toPounds(price);
            currency = "GBP";
        }
        LocalDate day = LocalDate.parse(row.get("Date").trim());
        LocalTime time = row.get("Time") == null
                ? LocalTime.NOON
                : LocalTime.parse(row.get("Time").trim());
        return Optional.of(new ProviderQuote(
                symbol.toUpperCase(Locale.ROOT),
                price,
                currency,
                day.atTime(time).atZone(WARSAW).toInstant(),
                name()));
    }

    private static final String HISTORY_HEADER = "Date,Open,High,Low,Close,Volume";

    /**
     * The daily CSV ({@code /q/d/l/}), oldest first, CRLF, {@code Date,Open,High,Low,Close,Volume}. Stooq's
     * closes are adjusted for splits and dividends as of the download, so they are already in today's share
     * units. An unknown symbol is the bare text {@code No data}; anything else that is not the CSV (the HTML
     * page Stooq sends without a valid key since 2026, {@code Exceeded the daily hits limit}) is a failure.
     * The key is the operator's ({@code STOOQ_API_KEY}); Stooq has no per-tenant keys here.
     */
    @Override
    public Optional<ProviderHistory> history(String symbol, LocalDate from, LocalDate today, String apiKey) {
        Optional<String> known = currencyOf(symbol);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        String key = properties.quotes().stooqKey();
        if (key == null || key.isBlank()) {
            throw new ProviderFailed("No Stooq key: Stooq's daily history needs STOOQ_API_KEY");
        }
        DateTimeFormatter compact = DateTimeFormatter.BASIC_ISO_DATE;
        String csv = http.client(properties.quotes().stooqUrl())
                .get()
                .uri(uri -> uri.path("/q/d/l/")
                        .queryParam("s", symbol.toLowerCase(Locale.ROOT))
                        .queryParam("i", "d")
                        .queryParam("d1", from.format(compact))
                        .queryParam("d2", today.format(compact))
                        .queryParam("apikey", key)
                        .build())
                .retrieve()
                .body(String.class);
        if (csv == null || csv.isBlank()) {
            throw new ProviderFailed("Stooq answered with nothing");
        }
        if ("No data".equals(csv.strip())) {
            return Optional.empty();
        }
        String[] lines = csv.split("\\r?\\n");
        if (!HISTORY_HEADER.equals(lines[0].strip())) {
            throw new ProviderFailed("Stooq answered something other than its daily CSV (an HTML page means a missing"
                    + " or wrong key; plain text is usually the daily hits limit)");
        }
        String currency = known.get();
        boolean pence = "GBX".equals(currency);
        List<ProviderHistory.DailyClose> closes = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split(",", -1);
            if (fields.length < 5) {
                throw new ProviderFailed("Stooq daily CSV row " + i + " has too few columns");
            }
            LocalDate day;
            BigDecimal close;
            try {
                day = LocalDate.parse(fields[0].strip());
                close = new BigDecimal(fields[4].strip());
            } catch (RuntimeException e) {
                throw new ProviderFailed("Stooq daily CSV row " + i + " is not a date and a price");
            }
            if (close.signum() <= 0 || day.isBefore(from) || day.isAfter(today)) {
                continue;
            }
            closes.add(new ProviderHistory.DailyClose(day, pence ? Pence.toPounds(close) : close));
        }
        closes.sort(java.util.Comparator.comparing(ProviderHistory.DailyClose::date));
        return Optional.of(new ProviderHistory(pence ? "GBP" : currency, closes, from, true));
    }

    private static Map<String, String> firstRow(String csv) {
        if (csv == null || csv.isBlank()) {
            throw new ProviderFailed("Stooq answered with nothing");
        }
        try (CSVReaderHeaderAware reader = new CSVReaderHeaderAware(new StringReader(csv))) {
            Map<String, String> row = reader.readMap();
            if (row == null) {
                throw new ProviderFailed("Stooq answered with a header and no row");
            }
            return row;
        } catch (ProviderFailed e) {
            throw e;
        } catch (Exception e) {
            throw new ProviderFailed("Stooq CSV unreadable: " + e.getMessage());
        }
    }

    /** From the suffix, or a pair's quote currency, or Warsaw's złoty for a bare ticker; indices have none. */
    static Optional<String> currencyOf(String symbol) {
        String lower = symbol.toLowerCase(Locale.ROOT);
        if (lower.startsWith("^")) {
            return Optional.empty();
        }
        int dot = lower.lastIndexOf('.');
        if (dot >= 0) {
            return Optional.ofNullable(SUFFIX_CURRENCY.get(lower.substring(dot + 1)));
        }
        if (lower.matches("[a-z]{6}")) {
            return Optional.of(lower.substring(3).toUpperCase(Locale.ROOT));
        }
        return lower.matches("[a-z0-9]{1,8}") ? Optional.of("PLN") : Optional.empty();
    }
}
