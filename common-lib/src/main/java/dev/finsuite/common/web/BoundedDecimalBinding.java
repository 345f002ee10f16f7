package dev.finsuite.common.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every {@link BigDecimal} a controller takes from a query or path is parsed within {@link DecimalBounds}, as
 * JSON decimals are. A binder's own editor is consulted before any conversion service, so no default
 * number conversion can let {@code 1E-300000000} through to the arithmetic or the database driver.
 */
@ControllerAdvice
public class BoundedDecimalBinding {

    @InitBinder
    void boundDecimals(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(text == null || text.isBlank() ? null : DecimalBounds.parse(text));
            }
        });
    }
}
