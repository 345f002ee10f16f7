package dev.finsuite.common.web;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every {@link LocalDate} the suite reads at its edge is within {@link DateBounds}: query and path values through
 * a binder editor (consulted before any conversion service, so {@code @DateTimeFormat} cannot let
 * {@code -999999999-01-01} through), JSON fields through {@link #module()}. Either way a date out of range is a
 * 400 naming its field, before any handler runs.
 */
@ControllerAdvice
public class BoundedDates {

    @InitBinder
    void boundDates(WebDataBinder binder) {
        binder.registerCustomEditor(LocalDate.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(text == null || text.isBlank() ? null : DateBounds.parse(text));
            }
        });
    }

    /** JSON dates: an ISO date string within the bounds; anything else (a number, an empty string) is refused. */
    public static SimpleModule module() {
        return new SimpleModule("finsuite-bounded-dates").addDeserializer(LocalDate.class, new BoundedLocalDates());
    }

    private static final class BoundedLocalDates extends ValueDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getString();
            try {
                return DateBounds.parse(text);
            } catch (IllegalArgumentException refused) {
                throw InvalidFormatException.from(parser, refused.getMessage(), text, LocalDate.class);
            }
        }
    }
}
