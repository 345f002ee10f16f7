package dev.finsuite.common.money;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A currency column read as the suite's {@link Currency}, so an entity can hand out its money as {@code Money}
 * (amount and currency together, rounding to the right minor units). The column keeps its code; Hibernate builds
 * this converter through Spring, and the currency table is looked up only when the first row is read.
 */
@Converter
public class CurrencyColumn implements AttributeConverter<Currency, String> {

    private final ObjectProvider<Currencies> currencies;

    public CurrencyColumn(ObjectProvider<Currencies> currencies) {
        this.currencies = currencies;
    }

    @Override
    public String convertToDatabaseColumn(Currency currency) {
        return currency == null ? null : currency.code();
    }

    @Override
    public Currency convertToEntityAttribute(String code) {
        return code == null ? null : currencies.getObject().requireStored(code);
    }
}
