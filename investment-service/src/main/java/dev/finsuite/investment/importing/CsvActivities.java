package dev.finsuite.investment.importing;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import dev.finsuite.investment.engine.ActivityType;
import dev.finsuite.investment.market.DataSource;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads activities from CSV: Ghostfolio's export columns and the aliases other tools use, in any order and case.
 * Each data row becomes a {@link Row} or a {@link Rejected} with its line and reason; nothing here touches the
 * database.
 */
final class CsvActivities {

    static final int MAX_ROWS = 20_000;
    private static final String SYMBOL = "[A-Za-z0-9._^=-]{1,32}";

    /** Column → the headers that mean it (Ghostfolio's own names first). */
    private static final Map<String, List<String>> ALIASES = Map.of(
            "date", List.of("date", "tradedate"),
            "symbol", List.of("symbol", "code", "ticker"),
            "type", List.of("type", "action", "buy/sell"),
            "quantity", List.of("quantity", "qty", "shares", "units"),
            "unitPrice", List.of("unitprice", "price", "tradeprice"),
            "fee", List.of("fee", "commission", "fees"),
            "currency", List.of("currency", "ccy"),
            "account", List.of("account", "accountid"),
            "dataSource", List.of("datasource"),
            "note", List.of("note", "comment"));

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("dd-MM-yyyy"),
            DateTimeFormatter.ofPattern("dd/MM/yyyy"),
            DateTimeFormatter.ofPattern("yyyyMMdd"));

    private CsvActivities() {}

    record Row(
            int line,
            LocalDate date,
            String symbol,
            ActivityType type,
            BigDecimal quantity,
            BigDecimal unitPrice,
            BigDecimal fee,
            String currency,
            String account,
            DataSource dataSource,
            String note) {}

    record Rejected(int line, String reason) {}

    record Parsed(List<Row> rows, List<Rejected> rejected) {}

    static Parsed parse(String csv) {
        List<String[]> lines;
        try (CSVReader reader = new CSVReader(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv))) {
            lines = reader.readAll();
        } catch (IOException | CsvException | RuntimeException unreadable) {
            throw new ImportFailures.UnreadableFile("is not readable CSV: " + unreadable.getMessage());
        }
        if (lines.isEmpty()) {
            throw new ImportFailures.UnreadableFile("is empty; the first line must name the columns");
        }
        if (lines.size() - 1 > MAX_ROWS) {
            throw new ImportFailures.UnreadableFile(
                    "has more than " + MAX_ROWS + " rows; split it into several imports");
        }
        Map<String, Integer> columns = columns(lines.get(0));
        List<Row> rows = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i);
            int line = i + 1;
            if (cells.length == 1 && cells[0].isBlank()) {
                continue;
            }
            try {
                rows.add(row(line, cells, columns));
            } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException bad) {
                rejected.add(new Rejected(line, bad.getMessage()));
            }
        }
        return new Parsed(rows, rejected);
    }

    private static Map<String, Integer> columns(String[] header) {
        Map<String, Integer> found = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            String name = header[i].strip().toLowerCase(Locale.ROOT);
            int column = i;
            ALIASES.forEach((field, names) -> {
                if (names.contains(name)) {
                    found.putIfAbsent(field, column);
                }
            });
        }
        List<String> missing = new ArrayList<>();
        for (String required : List.of("date", "symbol", "type", "quantity", "unitPrice")) {
            if (!found.containsKey(required)) {
                missing.add(required + " (" + String.join("/", ALIASES.get(required)) + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new ImportFailures.UnreadableFile("lacks the columns " + String.join(", ", missing));
        }
        return found;
    }

    private static Row row(int line, String[] cells, Map<String, Integer> columns) {
        Map<String, String> value = new HashMap<>();
        columns.forEach((field, column) -> {
            String cell = column < cells.length ? cells[column].strip() : "";
            if (looksLikeFormula(cell)) {
                throw new IllegalArgumentException(field + " looks like a spreadsheet formula (" + abbreviated(cell)
                        + "); such cells are refused so a re-export cannot run them");
            }
            value.put(field, cell);
        });
        ActivityType type = type(value.get("type"));
        BigDecimal quantity = decimal("quantity", value.get("quantity"), 10).abs();
        String symbol = required("symbol", value.get("symbol"));
        if (!symbol.matches(SYMBOL)) {
            throw new IllegalArgumentException(
                    "symbol " + abbreviated(symbol) + " must be 1 to 32 letters, digits or . _ ^ = -");
        }
        String note = value.get("note");
        if (note != null && note.length() > 1000) {
            throw new IllegalArgumentException("note is longer than 1000 characters");
        }
        String currency = value.get("currency");
        if (!blank(currency) && !currency.matches("[A-Za-z]{3}")) {
            throw new IllegalArgumentException("currency " + abbreviated(currency) + " is not a three-letter code");
        }
        return new Row(
                line,
                date(value.get("date")),
                symbol,
                type,
                quantity,
                decimal("unitPrice", value.get("unitPrice"), 10),
                blank(value.get("fee")) ? BigDecimal.ZERO : decimal("fee", value.get("fee"), 4),
                blank(value.get("currency")) ? null : value.get("currency").toUpperCase(Locale.ROOT),
                blank(value.get("account")) ? null : value.get("account"),
                dataSource(value.get("dataSource")),
                blank(value.get("note")) ? null : value.get("note"));
    }

    /** A cell a spreadsheet would run: = + @ or a tab/CR first; a minus only when no number follows. */
    private static boolean looksLikeFormula(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        return first == '='
                || first == '+'
                || first == '@'
                || first == '\t'
                || first == '\r'
                || (first == '-' && !cell.matches("-\\d+(\\.\\d+)?([eE][-+]?\\d+)?"));
    }

    private static ActivityType type(String text) {
        String type = required("type", text).toUpperCase(Locale.ROOT).replace(' ', '_');
        return switch (type) {
            case "BUY", "SELL", "DIVIDEND", "INTEREST", "FEE", "TAX", "TRANSFER_IN", "TRANSFER_OUT" ->
                ActivityType.valueOf(type);
            default ->
                throw new IllegalArgumentException("type " + abbreviated(text) + " is not one of BUY, SELL, "
                        + "DIVIDEND, INTEREST, FEE, TAX, TRANSFER_IN, TRANSFER_OUT");
        };
    }

    /** Ghostfolio's YAHOO symbols are plain exchange tickers, which Alpha Vantage prices too. */
    private static DataSource dataSource(String text) {
        if (blank(text)) {
            return DataSource.ALPHA_VANTAGE;
        }
        return switch (text.toUpperCase(Locale.ROOT)) {
            case "YAHOO", "ALPHA_VANTAGE", "ALPHAVANTAGE" -> DataSource.ALPHA_VANTAGE;
            case "STOOQ" -> DataSource.STOOQ;
            case "COINGECKO" -> DataSource.COINGECKO;
            case "MANUAL" -> DataSource.MANUAL;
            default ->
                throw new IllegalArgumentException("dataSource " + abbreviated(text)
                        + " is not one of STOOQ, COINGECKO, ALPHA_VANTAGE (or YAHOO), MANUAL");
        };
    }

    private static LocalDate date(String text) {
        String date = required("date", text);
        if (date.length() > 10 && date.charAt(4) == '-') {
            try {
                return OffsetDateTime.parse(date).toLocalDate();
            } catch (DateTimeParseException notAnInstant) {
                return LocalDate.parse(date.substring(0, 10));
            }
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(date, format);
            } catch (DateTimeParseException tryNext) {
                // the next format may read it
            }
        }
        throw new IllegalArgumentException(
                "date " + abbreviated(date) + " is not a date (2024-01-31, 31-01-2024 or 31/01/2024)");
    }

    private static BigDecimal decimal(String field, String text, int maxScale) {
        String number = required(field, text);
        if (number.length() > 40) {
            throw new IllegalArgumentException(field + " is too long to be an amount");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(number);
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(field + " " + abbreviated(number) + " is not a number");
        }
        if (value.stripTrailingZeros().scale() > maxScale || value.precision() - value.scale() > 18) {
            throw new IllegalArgumentException(
                    field + " must have at most 18 digits before and " + maxScale + " after the decimal point");
        }
        if (!field.equals("quantity") && value.signum() < 0) {
            throw new IllegalArgumentException(field + " must not be negative");
        }
        return value;
    }

    private static String required(String field, String text) {
        if (blank(text)) {
            throw new IllegalArgumentException(field + " is empty");
        }
        return text;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String abbreviated(String text) {
        return "'" + (text.length() > 20 ? text.substring(0, 20) + "…" : text) + "'";
    }
}
