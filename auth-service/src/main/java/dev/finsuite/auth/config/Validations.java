package dev.finsuite.auth.config;

import dev.finsuite.common.domain.DomainFailure;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;

/** Checks of values a bean-validation annotation cannot express: real zones and locales (currencies: common-lib's Currencies). */
public final class Validations {

    private Validations() {}

    public static String timezone(String field, String zone) {
        try {
            return ZoneId.of(zone).getId();
        } catch (DateTimeException e) {
            throw new UnknownTimezone(field);
        }
    }

    public static String locale(String field, String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        if (locale.getLanguage().isEmpty()) {
            throw new UnknownLocale(field);
        }
        return locale.toLanguageTag();
    }

    public static final class UnknownTimezone extends DomainFailure.Invalid {
        UnknownTimezone(String field) {
            super(field, "must be an IANA time zone such as Europe/Berlin or Asia/Kolkata");
        }
    }

    public static final class UnknownLocale extends DomainFailure.Invalid {
        UnknownLocale(String field) {
            super(field, "must be a language tag such as en-IN or de-DE");
        }
    }
}
