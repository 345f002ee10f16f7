package dev.finsuite.market.currency;

import dev.finsuite.common.domain.DomainFailure;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The currencies the suite knows. They change only by migration, so they are read once and kept in memory:
 * every conversion needs a currency's minor units, and a database round trip for that would be waste. A code is
 * read as every service reads one (common-lib's {@code Currencies}): trimmed, in any case.
 */
@Service
public class Currencies {

    private final Map<String, Currency> byCode;

    Currencies(CurrencyRepository repository) {
        this.byCode = repository.findAll().stream()
                .collect(Collectors.toUnmodifiableMap(Currency::getCode, Function.identity()));
    }

    public Currency get(String code) {
        Currency currency = find(code);
        if (currency == null) {
            throw new CurrencyNotFound(code);
        }
        return currency;
    }

    /** A currency a request names as a parameter: unknown or retired is the caller's mistake (400). */
    public Currency requireActive(String field, String code) {
        Currency currency = requireKnown(field, code);
        if (!currency.isActive()) {
            throw new CurrencyRetired(field, currency.getCode());
        }
        return currency;
    }

    /** Any currency the suite has known, retired ones included: old amounts must still convert. */
    public Currency requireKnown(String field, String code) {
        Currency currency = find(code);
        if (currency == null) {
            throw new UnknownCurrency(field);
        }
        return currency;
    }

    public int minorUnits(String code) {
        return get(code).getMinorUnits();
    }

    private Currency find(String code) {
        return code == null ? null : byCode.get(code.trim().toUpperCase(Locale.ROOT));
    }

    static final class CurrencyNotFound extends DomainFailure.NotFound {
        CurrencyNotFound(String code) {
            super("No currency with code " + code);
        }
    }

    public static final class UnknownCurrency extends DomainFailure.Invalid {
        UnknownCurrency(String field) {
            super(field, "is not a currency code the suite knows (e.g. USD, EUR, INR)");
        }
    }

    public static final class CurrencyRetired extends DomainFailure.Invalid {
        CurrencyRetired(String field, String code) {
            super(field, code + " is no longer in use");
        }
    }
}
