package dev.finsuite.finance.support;

import java.util.ArrayList;
import java.util.List;

import dev.finsuite.common.web.ApiException.FieldError;
import dev.finsuite.common.web.ApiException.ValidationException;

/**
 * The fields a create needs. Request records are shared by POST and PATCH (where null means "unchanged"), so
 * what a create requires is checked here, and every missing field is named in one 400.
 */
public final class Required {

    private final List<FieldError> missing = new ArrayList<>();

    public static Required fields() {
        return new Required();
    }

    public Required field(String name, Object value) {
        if (value == null) {
            missing.add(new FieldError(name, "is required"));
        }
        return this;
    }

    public void check() {
        if (!missing.isEmpty()) {
            throw new ValidationException(missing);
        }
    }
}
