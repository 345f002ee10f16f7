package dev.finsuite.common.money;

import dev.finsuite.common.domain.DomainFailure;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The suite's currency list (market-service's table, changed only by migration), read once at start: money
 * must round to each currency's minor units. A service that handles money imports it as a bean.
 */
public class Currencies {

    private final Map<String, Currency> byCode;

    public Currencies(JdbcTemplate jdbc) {
        this.byCode = jdbc
                .query(
                        "select code, minor_units, active, iso from currencies",
                        (rs, row) -> new Currency(
                                rs.getString("code"),
                                rs.getInt("minor_units"),
                                rs.getBoolean("active"),
                                rs.getBoolean("iso")))
                .stream()
                .collect(Collectors.toUnmodifiableMap(Currency::code, c -> c));
    }

    /** A currency new money may be recorded in: known and still in use. */
    public Currency requireActive(String field, String code) {
        Currency currency = requireKnown(field, code);
        if (!currency.active()) {
            throw new InvalidCurrency(field, code + " is no longer in use");
        }
        return currency;
    }

    /**
     * A currency a household may keep its books in: an ISO 4217 currency of the table, still in use. Codes the JDK
     * knows but the suite does not (XTS, XXX, XDR) and the table's non-ISO units (crypto, metals), which no
     * exchange-rate import covers, are refused: every summary would otherwise be pending or fail.
     */
    public Currency requireBase(String field, String code) {
        Currency currency = requireActive(field, code);
        if (!currency.iso()) {
            throw new InvalidCurrency(
                    field, currency.code() + " is not an ISO 4217 currency a household can keep its books in");
        }
        return currency;
    }

    /** Whether new money may be recorded in {@code code}: known and still in use. */
    public boolean isActive(String code) {
        Currency currency = find(code);
        return currency != null && currency.active();
    }

    /** A currency stored money may be in (searching, say), including one withdrawn since. */
    public Currency requireKnown(String field, String code) {
        Currency currency = find(code);
        if (currency == null) {
            throw new InvalidCurrency(field, "is not a known ISO 4217 currency code");
        }
        return currency;
    }

    /** The minor units of a currency stored money already uses (kept even if it was withdrawn since). */
    public int minorUnits(String code) {
        return requireStored(code).minorUnits();
    }

    /** An amount in {@code code} with more decimals than the currency pays in is a 400 on {@code field}. */
    public void requireFits(String field, BigDecimal amount, String code) {
        int minorUnits = minorUnits(code);
        if (amount.stripTrailingZeros().scale() > minorUnits) {
            throw new InvalidCurrency(field, code + " has " + minorUnits + " decimal places");
        }
    }

    /** An amount as shown or paid: half-up to the currency's minor units. */
    public BigDecimal shown(BigDecimal amount, String code) {
        return amount == null ? null : amount.setScale(minorUnits(code), java.math.RoundingMode.HALF_UP);
    }

    /** A code as every service reads one: trimmed, in any case. */
    private Currency find(String code) {
        return code == null ? null : byCode.get(code.trim().toUpperCase(Locale.ROOT));
    }

    /** New money from a request's {@code amount} and {@code currency} fields. */
    public Money money(BigDecimal amount, String code) {
        return money("amount", amount, "currency", code);
    }

    /**
     * New money from a request: a currency still in use (else a 400 on {@code currencyField}) and an amount it can
     * be paid in (else a 400 on {@code amountField}).
     */
    public Money money(String amountField, BigDecimal amount, String currencyField, String code) {
        Money money = new Money(amount, requireActive(currencyField, code));
        if (!money.fitsMinorUnits()) {
            throw new InvalidCurrency(
                    amountField,
                    money.currencyCode() + " has " + money.currency().minorUnits() + " decimal places");
        }
        return money;
    }

    /** Money read back from storage, in a currency the table holds (kept even if withdrawn since). */
    public Money stored(BigDecimal amount, String code) {
        return amount == null ? null : new Money(amount, requireStored(code));
    }

    /** The currency of money already stored: a missing one is a fault of the data, not of the caller. */
    public Currency requireStored(String code) {
        Currency currency = find(code);
        if (currency == null) {
            throw new IllegalStateException("Stored money uses " + code + ", which the currency table lacks");
        }
        return currency;
    }

    /** A currency or amount a request may not use, named by its field. */
    public static final class InvalidCurrency extends DomainFailure.Invalid {
        InvalidCurrency(String field, String message) {
            super(field, message);
        }
    }
}
