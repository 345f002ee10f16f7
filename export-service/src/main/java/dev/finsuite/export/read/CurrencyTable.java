package dev.finsuite.export.read;

import dev.finsuite.common.money.Currency;
import dev.finsuite.common.money.Money;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * The currencies and their minor units, read afresh for each export (a few hundred rows), so a currency a
 * later migration adds is exported correctly without restarting export-service.
 */
public record CurrencyTable(Map<String, Currency> byCode) {

    /** Minor units when a stored currency is somehow missing from the table: the common case, never a failure. */
    public static final int FALLBACK_MINOR_UNITS = 2;

    static CurrencyTable read(JdbcOperations jdbc) {
        return new CurrencyTable(jdbc
                .query(
                        "select code, minor_units, active, iso from currencies",
                        (rs, row) -> new Currency(rs.getString(1), rs.getInt(2), rs.getBoolean(3), rs.getBoolean(4)))
                .stream()
                .collect(Collectors.toUnmodifiableMap(Currency::code, currency -> currency)));
    }

    /** The upper-case code when {@code code} names a known currency. */
    public Optional<String> known(String code) {
        String normalised = code.strip().toUpperCase(Locale.ROOT);
        return byCode.containsKey(normalised) ? Optional.of(normalised) : Optional.empty();
    }

    public int minorUnitsOf(String code) {
        Currency currency = code == null ? null : byCode.get(code);
        return currency == null ? FALLBACK_MINOR_UNITS : currency.minorUnits();
    }

    /**
     * An amount in {@code code} as money. A code the table lacks (another service's data, somehow) is still shown,
     * with {@link #FALLBACK_MINOR_UNITS}, rather than failing an export.
     */
    public Money money(BigDecimal amount, String code) {
        Currency currency = byCode.get(code);
        return new Money(amount, currency != null ? currency : new Currency(code, FALLBACK_MINOR_UNITS, false, false));
    }
}
