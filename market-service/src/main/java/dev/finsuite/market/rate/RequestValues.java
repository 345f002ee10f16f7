package dev.finsuite.market.rate;

import dev.finsuite.common.web.ApiException.ValidationException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

/** Query values that must be checked by hand to say precisely what is wrong with them. */
final class RequestValues {

    /** NUMERIC(19,4) money: 15 digits before the point. */
    private static final int MAX_INTEGER_DIGITS = 15;

    private RequestValues() {}

    static BigDecimal amount(String field, String text) {
        BigDecimal amount;
        try {
            amount = new BigDecimal(text.trim());
        } catch (RuntimeException e) {
            throw new ValidationException(field, "must be a decimal number such as 100.00");
        }
        if (amount.signum() < 0) {
            throw new ValidationException(field, "must not be negative");
        }
        if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS || amount.scale() > 10) {
            throw new ValidationException(field, "has too many digits");
        }
        return amount;
    }

    static LocalDate notInFuture(String field, LocalDate date, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (date == null) {
            return today;
        }
        if (date.isAfter(today)) {
            throw new ValidationException(field, "must not be in the future");
        }
        return date;
    }

    static String code(String field, String text) {
        if (text == null || !text.matches("[A-Za-z0-9]{3,8}")) {
            throw new ValidationException(field, "must be a currency code such as USD");
        }
        return text.toUpperCase(java.util.Locale.ROOT);
    }
}
