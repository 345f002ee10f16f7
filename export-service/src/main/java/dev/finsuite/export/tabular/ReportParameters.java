package dev.finsuite.export.tabular;

import dev.finsuite.common.web.ApiException.FieldError;
import dev.finsuite.common.web.ApiException.ValidationException;
import dev.finsuite.export.ledger.MonthRange;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.util.MultiValueMap;

/**
 * The query of one report or analysis, every parameter checked before anything is read: an unknown, repeated
 * or malformed parameter is a 400 naming each field (all of them at once, from {@link #validated}).
 * {@code format}, {@code dialect} and {@code locale} mean what they mean for exports.
 */
public final class ReportParameters {

    /** The longest range a report covers: ten years of months. */
    public static final int MAX_MONTHS = 120;

    private static final Set<String> OUTPUT = Set.of("format", "dialect", "locale");

    private final MultiValueMap<String, String> query;
    private final List<FieldError> errors = new ArrayList<>();

    private ReportParameters(MultiValueMap<String, String> query, Set<String> accepted) {
        this.query = query;
        Set<String> known = new HashSet<>(accepted);
        known.addAll(OUTPUT);
        query.forEach((name, values) -> {
            if (!known.contains(name)) {
                errors.add(new FieldError(name, "is not a parameter of this report"));
            } else if (values.size() > 1) {
                errors.add(new FieldError(name, "is given more than once"));
            }
        });
    }

    /** Reads {@code query}, which may hold the output parameters and {@code accepted} ones. */
    public static ReportParameters of(MultiValueMap<String, String> query, String... accepted) {
        return new ReportParameters(query, Set.of(accepted));
    }

    /** A required month {@code YYYY-MM} (years 1900 to 9999). */
    public YearMonth month(String name) {
        String value = get(name);
        if (value == null) {
            errors.add(new FieldError(name, "is required: a month such as 2026-11"));
            return null;
        }
        try {
            YearMonth month = YearMonth.parse(value);
            if (month.getYear() < 1900 || month.getYear() > 9999) {
                throw new DateTimeException("out of range");
            }
            return month;
        } catch (DateTimeException e) {
            errors.add(new FieldError(name, "must be a month such as 2026-11"));
            return null;
        }
    }

    /** Required {@code from} and {@code to} months, from not after to, at most {@link #MAX_MONTHS} months. */
    public MonthRange range() {
        YearMonth from = month("from");
        YearMonth to = month("to");
        if (from == null || to == null) {
            return null;
        }
        if (from.isAfter(to)) {
            errors.add(new FieldError("to", "must not be before from"));
            return null;
        }
        if (from.plusMonths(MAX_MONTHS - 1L).isBefore(to)) {
            errors.add(new FieldError("to", "must be at most " + MAX_MONTHS + " months from from, both included"));
            return null;
        }
        return new MonthRange(from, to);
    }

    /** An optional whole number from 1 to {@code max}. */
    public int limit(String name, int fallback, int max) {
        String value = get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(name, "must be a whole number from 1 to " + max));
        return fallback;
    }

    /** json (the default), csv (with dialect and locale as for exports) or xlsx. */
    public Output output() {
        return FileParameters.output(get("format"), get("dialect"), get("locale"), errors);
    }

    /** Throws one validation problem naming every bad field, when there is one. */
    public void validated() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors.stream().distinct().toList());
        }
    }

    private String get(String name) {
        String value = query.getFirst(name);
        return value == null ? null : value.strip();
    }
}
