package dev.finsuite.market.currency;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import dev.finsuite.common.web.ApiException.NotFoundException;
import dev.finsuite.common.web.ApiException.ValidationException;

/**
 * The currencies the suite knows. They change only by migration, so they are read once and kept in memory:
 * every conversion needs a currency's minor units, and a database round trip for that would be waste.
 */
@Service
public class Currencies {

    private final Map<String, Currency> byCode;

    Currencies(CurrencyRepository repository) {
        this.byCode = repository.findAll().stream().collect(Collectors.toUnmodifiableMap(Currency::getCode, Function.identity()));
    }

    public Currency get(String code) {
        Currency currency = code == null ? null : byCode.get(code);
        if (currency == null) {
            throw new NotFoundException("No currency with code " + code);
        }
        return currency;
    }

    /** A currency a request names as a parameter: unknown or retired is the caller's mistake (400). */
    public Currency requireActive(String field, String code) {
        Currency currency = code == null ? null : byCode.get(code);
        if (currency == null) {
            throw new ValidationException(field, "is not a currency code the suite knows (e.g. USD, EUR, INR)");
        }
        if (!currency.isActive()) {
            throw new ValidationException(field, code + " is no longer in use");
        }
        return currency;
    }

    /** Any currency the suite has known, retired ones included: old amounts must still convert. */
    public Currency requireKnown(String field, String code) {
        Currency currency = code == null ? null : byCode.get(code);
        if (currency == null) {
            throw new ValidationException(field, "is not a currency code the suite knows (e.g. USD, EUR, INR)");
        }
        return currency;
    }

    public int minorUnits(String code) {
        return get(code).getMinorUnits();
    }

}
