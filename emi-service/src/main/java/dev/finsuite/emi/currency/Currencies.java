package dev.finsuite.emi.currency;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dev.finsuite.common.web.ApiException.ValidationException;

/**
 * The suite's currency list (market-service's table, changed only by migration), read once at start: loans
 * need each currency's minor units to round exactly as the lender does.
 */
@Component
public class Currencies {

    private final Map<String, Currency> byCode;

    Currencies(JdbcTemplate jdbc) {
        this.byCode = jdbc.query("select code, minor_units, active from currencies",
                (rs, row) -> new Currency(rs.getString("code"), rs.getInt("minor_units"), rs.getBoolean("active")))
                .stream().collect(Collectors.toUnmodifiableMap(Currency::code, c -> c));
    }

    /** A currency a new loan may be in: known and still in use. */
    public Currency requireActive(String field, String code) {
        Currency currency = code == null ? null : byCode.get(code.trim().toUpperCase(Locale.ROOT));
        if (currency == null) {
            throw new ValidationException(field, "is not a known ISO 4217 currency code");
        }
        if (!currency.active()) {
            throw new ValidationException(field, code + " is no longer in use");
        }
        return currency;
    }

    /** The minor units of a currency a stored loan already uses (kept even if it was withdrawn since). */
    public int minorUnits(String code) {
        Currency currency = byCode.get(code);
        if (currency == null) {
            throw new IllegalStateException("A stored loan uses " + code + ", which the currency table lacks");
        }
        return currency.minorUnits();
    }

    /** An amount in {@code code} with more decimals than the currency pays in is a 400 on {@code field}. */
    public void requireFits(String field, java.math.BigDecimal amount, String code) {
        int minorUnits = minorUnits(code);
        if (amount.stripTrailingZeros().scale() > minorUnits) {
            throw new ValidationException(field, code + " has " + minorUnits + " decimal places");
        }
    }

    public record Currency(String code, int minorUnits, boolean active) {
    }
}
