package dev.finsuite.finance.support;

import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.money.Currency;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.springframework.stereotype.Component;

/**
 * A currency column as the entities hold it: the stored code read back as the suite's {@link Currency}, so an
 * entity can hand out its amount and currency together as {@code Money}. The column keeps its code; Hibernate
 * takes this converter from Spring, which is how it gets the currency table.
 */
@Component
@Converter
public class CurrencyColumn implements AttributeConverter<Currency, String> {

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
