package dev.finsuite.export.web;

import dev.finsuite.common.web.ApiException.FieldError;
import dev.finsuite.common.web.ApiException.ValidationException;
import dev.finsuite.export.format.CsvDialect;
import dev.finsuite.export.format.Format;
import dev.finsuite.export.tabular.FileParameters;
import dev.finsuite.export.tabular.Output;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.util.MultiValueMap;

/**
 * The parameters every report takes (format json, csv or xlsx; the CSV dialect and locale exports take; for a
 * report of several tables, which one a file holds) and its own ones, each validated, all errors reported at once.
 */
final class ReportRequest {

    private static final Set<String> COMMON = Set.of("format", "dialect", "locale", "table");

    private final List<FieldError> errors = new ArrayList<>();
    private final ExportRequest.Parameters parameters;
    /** null for JSON. */
    private final Format format;

    private final CsvDialect dialect;
    private final String table;

    ReportRequest(MultiValueMap<String, String> query, Set<String> own, List<String> tables) {
        Set<String> accepted = new TreeSet<>(COMMON);
        accepted.addAll(own);
        if (tables.isEmpty()) {
            accepted.remove("table");
        }
        query.forEach((name, values) -> {
            if (!accepted.contains(name)) {
                errors.add(new FieldError(name, "is not a parameter of this report"));
            } else if (values.size() > 1) {
                errors.add(new FieldError(name, "is given more than once"));
            }
        });
        parameters = new ExportRequest.Parameters(query, errors);
        Output output = FileParameters.output(
                parameters.get("format"), parameters.get("dialect"), parameters.get("locale"), errors);
        format = output.format();
        dialect = output.dialect();
        String tableName = parameters.get("table");
        if (tableName != null && !tables.contains(tableName)) {
            errors.add(new FieldError("table", "must be one of " + String.join(", ", tables)));
        } else if (tableName != null && format == null) {
            errors.add(new FieldError("table", "applies to formats csv and xlsx (JSON holds every table)"));
        }
        table = tableName != null ? tableName : tables.isEmpty() ? null : tables.get(0);
    }

    /** A required date range of at most {@code maxMonths} months. */
    LocalDate[] dateRange(int maxMonths) {
        LocalDate from = required("from", parameters.date("from"));
        LocalDate to = required("to", parameters.date("to"));
        if (from != null && to != null) {
            if (from.isAfter(to)) {
                errors.add(new FieldError("to", "must not be before from"));
            } else if (from.plusMonths(maxMonths).isBefore(to)) {
                errors.add(new FieldError("to", "must be at most " + maxMonths + " months after from"));
            }
        }
        return new LocalDate[] {from, to};
    }

    /** A month range (YYYY-MM) of at most {@code maxMonths} months, ending no later than this month. */
    YearMonth[] monthRange(int maxMonths, Clock clock) {
        YearMonth now = YearMonth.now(clock);
        YearMonth to = month("to", now);
        YearMonth from = month("from", to == null ? null : to.minusMonths(11));
        if (to != null && to.isAfter(now)) {
            errors.add(new FieldError("to", "must not be after this month (" + now + ")"));
        }
        if (from != null && to != null) {
            if (from.isAfter(to)) {
                errors.add(new FieldError("to", "must not be before from"));
            } else if (from.plusMonths(maxMonths - 1L).isBefore(to)) {
                errors.add(new FieldError("to", "must be at most " + maxMonths + " months from from, inclusive"));
            }
        }
        return new YearMonth[] {from, to};
    }

    private YearMonth month(String name, YearMonth fallback) {
        String value = parameters.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be a month such as 2026-11"));
            return null;
        }
    }

    private <T> T required(String name, T value) {
        if (value == null && parameters.get(name) == null) {
            errors.add(new FieldError(name, "is required"));
        }
        return value;
    }

    /** Throws the 400 naming every bad field; call once every parameter was read. */
    ReportRequest validated() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors.stream().distinct().toList());
        }
        return this;
    }

    Format format() {
        return format;
    }

    CsvDialect dialect() {
        return dialect;
    }

    String table() {
        return table;
    }
}
