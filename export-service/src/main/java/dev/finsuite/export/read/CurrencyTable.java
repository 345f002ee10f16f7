package dev.finsuite.export.read;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcOperations;

/**
 * The currencies and their minor units, read afresh for each export (a few hundred rows), so a currency a
 * later migration adds is exported correctly without restarting export-service.
 */
public record CurrencyTable(Map<String, Integer> minorUnits) {

    /** Minor units when a stored currency is somehow missing from the table: the common case, never a failure. */
    public static final int FALLBACK_MINOR_UNITS = 2;

    static CurrencyTable read(JdbcOperations jdbc) {
        return new CurrencyTable(jdbc.query("select code, minor_units from currencies",
                (rs, row) -> Map.entry(rs.getString(1), rs.getInt(2))).stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** The upper-case code when {@code code} names a known currency. */
    public Optional<String> known(String code) {
        String normalised = code.strip().toUpperCase(Locale.ROOT);
        return minorUnits.containsKey(normalised) ? Optional.of(normalised) : Optional.empty();
    }

    public int minorUnitsOf(String code) {
        return code == null ? FALLBACK_MINOR_UNITS : minorUnits.getOrDefault(code, FALLBACK_MINOR_UNITS);
    }
}
