package dev.finsuite.common.money;

import java.math.BigDecimal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every {@link BigDecimal} leaves the suite as a plain decimal string ({@code "1250.50"}, never
 * {@code 1.2505E+3} nor a JSON number a client would read into a float). Reading accepts both a string and a
 * JSON number.
 */
public final class DecimalStrings {

    private DecimalStrings() {
    }

    public static SimpleModule module() {
        return new SimpleModule("finsuite-decimal-strings").addSerializer(BigDecimal.class, new ValueSerializer<>() {
            @Override
            public void serialize(BigDecimal value, JsonGenerator generator, SerializationContext context) {
                generator.writeString(value.toPlainString());
            }
        });
    }
}
