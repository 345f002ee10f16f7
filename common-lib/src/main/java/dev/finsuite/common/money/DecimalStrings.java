package dev.finsuite.common.money;

import dev.finsuite.common.web.DecimalBounds;
import java.math.BigDecimal;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every {@link BigDecimal} leaves the suite as a plain decimal string ({@code "1250.50"}, never
 * {@code 1.2505E+3} nor a JSON number a client would read into a float). Reading accepts both a string and a
 * JSON number, within {@link DecimalBounds}.
 */
public final class DecimalStrings {

    private DecimalStrings() {}

    public static SimpleModule module() {
        return new SimpleModule("finsuite-decimal-strings")
                .addSerializer(BigDecimal.class, new ValueSerializer<>() {
                    @Override
                    public void serialize(BigDecimal value, JsonGenerator generator, SerializationContext context) {
                        generator.writeString(value.toPlainString());
                    }
                })
                .addDeserializer(BigDecimal.class, new BoundedDecimals())
                .addSerializer(Money.class, new ValueSerializer<>() {
                    // A Money nested in a response reads as the conventions' pair: the exact amount beside its
                    // currency.
                    @Override
                    public void serialize(Money value, JsonGenerator generator, SerializationContext context) {
                        generator.writeStartObject();
                        generator.writeStringProperty("amount", value.amount().toPlainString());
                        generator.writeStringProperty("currency", value.currencyCode());
                        generator.writeEndObject();
                    }
                });
    }

    private static final class BoundedDecimals extends ValueDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
            JsonToken token = parser.currentToken();
            if (token != JsonToken.VALUE_NUMBER_INT
                    && token != JsonToken.VALUE_NUMBER_FLOAT
                    && token != JsonToken.VALUE_STRING) {
                return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
            }
            String text = parser.getString();
            try {
                return DecimalBounds.parse(text);
            } catch (IllegalArgumentException refused) {
                throw InvalidFormatException.from(parser, refused.getMessage(), text, BigDecimal.class);
            }
        }
    }
}
