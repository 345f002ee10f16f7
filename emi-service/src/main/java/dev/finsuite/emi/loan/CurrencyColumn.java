package dev.finsuite.emi.loan;

import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.money.Currency;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.springframework.stereotype.Component;

/**
 * A loan's currency column read back as the suite's {@link Currency}, so the loan can hand out its money as
 * {@code Money} with the minor units it is paid in. Hibernate takes converters from Spring, which gives this one
 * the currency table.
 */
@Component
@Converter
class CurrencyColumn implements AttributeConverter<Currency, String> {

    private final Currencies currencies;

    CurrencyColumn(Currencies currencies) {
        this.currencies = currencies;
    }

    @Override
    public String convertToDatabaseColumn(Currency currency) {
        return currency == null ? null : currency.code();
    }

    @Override
    public Currency convertToEntityAttribute(String code) {
        return code == null ? null : currencies.requireStored(code);
    }
}
