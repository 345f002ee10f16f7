package dev.finsuite.export.tabular;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.util.MultiValueMap;

import dev.finsuite.common.web.ApiException.FieldError;
import dev.finsuite.common.web.ApiException.ValidationException;
import dev.finsuite.export.format.CsvDialect;
import dev.finsuite.export.format.Format;
import dev.finsuite.export.ledger.MonthRange;

/**
 * The query of one report or analysis, every parameter checked before anything is read: an unknown, repeated
 * or malformed parameter is a 400 naming each field (all of them at once, from {@link #validated}).
 * {@code format}, {@code dialect} and {@code locale} mean what they mean for exports.
 */
public final class ReportParameters {

    /** The longest range a report covers: ten years of months. */
    public static final int MAX_MONTHS = 120;

    private static final Set<String> OUTPUT = Set.of("format", "dialect", "locale");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("([a-zA-Z]{2,3})(?:[-_]([a-zA-Z]{2}|[0-9]{3}))?");
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

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
        String formatName = get("format");
        String dialectName = get("dialect");
        String localeTag = get("locale");
        Format format = null;
        if (formatName != null && !formatName.equalsIgnoreCase("json")) {
            format = Format.named(formatName).filter(f -> f != Format.JSONL).orElse(null);
            if (format == null) {
                errors.add(new FieldError("format", "must be one of json, csv, xlsx"));
                return Output.JSON;
            }
        }
        if (format != Format.CSV) {
            if (dialectName != null) {
                errors.add(new FieldError("dialect", "applies to format csv only"));
            }
            if (localeTag != null) {
                errors.add(new FieldError("locale", "applies to the csv dialect excel only"));
            }
            return format == null ? Output.JSON : new Output(format, null);
        }
        if (dialectName == null || dialectName.equals("data")) {
            if (localeTag != null) {
                errors.add(new FieldError("locale", "applies to the csv dialect excel only"));
            }
            return new Output(format, CsvDialect.DATA);
        }
        if (!dialectName.equals("excel")) {
            errors.add(new FieldError("dialect", "must be data or excel"));
            return Output.JSON;
        }
        if (localeTag == null) {
            return new Output(format, CsvDialect.excel(Locale.US));
        }
        Locale locale = locale(localeTag);
        if (locale == null) {
            errors.add(new FieldError("locale", "must be a language tag such as de-DE or en-US"));
            return Output.JSON;
        }
        return new Output(format, CsvDialect.excel(locale));
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

    private static Locale locale(String tag) {
        var match = LANGUAGE_TAG.matcher(tag);
        if (!match.matches() || !LANGUAGES.contains(match.group(1).toLowerCase(Locale.ROOT))) {
            return null;
        }
        String region = match.group(2);
        if (region != null && Character.isLetter(region.charAt(0))
                && !COUNTRIES.contains(region.toUpperCase(Locale.ROOT))) {
            return null;
        }
        return Locale.forLanguageTag(tag.replace('_', '-'));
    }
}
