package dev.finsuite.export.web;

import dev.finsuite.common.web.ApiException.FieldError;
import dev.finsuite.common.web.ApiException.ValidationException;
import dev.finsuite.export.format.CsvDialect;
import dev.finsuite.export.format.Format;
import dev.finsuite.export.read.Criteria;
import dev.finsuite.export.read.CurrencyTable;
import dev.finsuite.export.read.Exportable;
import dev.finsuite.export.read.Filter;
import dev.finsuite.export.tabular.FileParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.util.MultiValueMap;

/**
 * One export request, every parameter validated before a byte is written: an unknown entity is a 404; an
 * unknown, repeated or malformed parameter, or a filter the entity does not take, is a 400 naming each field.
 * Export jobs parse the same parameters with it, when created and again when they run.
 */
public record ExportRequest(Exportable entity, Format format, CsvDialect dialect, Criteria criteria) {

    private static final Set<String> PARAMETERS =
            Set.of("format", "dialect", "locale", "from", "to", "categoryId", "tag", "currency", "accountId");

    public static ExportRequest parse(
            String entityName, MultiValueMap<String, String> query, CurrencyTable currencies, ExportCatalog catalog) {
        Exportable entity =
                catalog.named(entityName).orElseThrow(() -> new UnknownExportEntity(entityName, catalog.names()));
        List<FieldError> errors = new ArrayList<>();
        query.forEach((name, values) -> {
            if (!PARAMETERS.contains(name)) {
                errors.add(new FieldError(name, "is not a parameter of exports"));
            } else if (values.size() > 1) {
                errors.add(new FieldError(name, "is given more than once"));
            }
        });
        Parameters parameters = new Parameters(query, errors);

        Format format = Format.CSV;
        String formatName = parameters.get("format");
        if (formatName != null) {
            format = Format.named(formatName).orElse(null);
            if (format == null) {
                errors.add(new FieldError("format", "must be one of csv, xlsx, jsonl"));
            }
        }
        CsvDialect dialect = dialect(format, parameters, errors);

        LocalDate from = parameters.date("from");
        LocalDate to = parameters.date("to");
        if (from != null && to != null && from.isAfter(to)) {
            errors.add(new FieldError("to", "must not be before from"));
        }
        UUID categoryId = parameters.uuid("categoryId");
        UUID accountId = parameters.uuid("accountId");
        String tag = parameters.get("tag");
        if (tag != null && (tag.isBlank() || tag.length() > 100)) {
            errors.add(new FieldError("tag", "must be 1 to 100 characters"));
        }
        String currency = parameters.get("currency");
        if (currency != null) {
            currency = currencies.known(currency).orElse(null);
            if (currency == null) {
                errors.add(new FieldError("currency", "is not a known ISO 4217 currency code"));
            }
        }
        requireAccepted(entity, Filter.DATES, from != null, "from", parameters, errors);
        requireAccepted(entity, Filter.DATES, to != null, "to", parameters, errors);
        requireAccepted(entity, Filter.CATEGORY, categoryId != null, "categoryId", parameters, errors);
        requireAccepted(entity, Filter.TAG, tag != null, "tag", parameters, errors);
        requireAccepted(entity, Filter.CURRENCY, currency != null, "currency", parameters, errors);
        requireAccepted(entity, Filter.ACCOUNT, accountId != null, "accountId", parameters, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors.stream().distinct().toList());
        }
        return new ExportRequest(
                entity,
                format,
                dialect,
                new Criteria(from, to, categoryId, tag == null ? null : tag.strip(), currency, accountId));
    }

    public String filename(LocalDate today) {
        return "finsuite-" + entity.name() + "-" + today + "." + format.extension();
    }

    static CsvDialect dialect(Format format, Parameters parameters, List<FieldError> errors) {
        return FileParameters.dialect(format, parameters.get("dialect"), parameters.get("locale"), errors);
    }

    private static void requireAccepted(
            Exportable entity,
            Filter filter,
            boolean given,
            String name,
            Parameters parameters,
            List<FieldError> errors) {
        if ((given || parameters.get(name) != null) && !entity.acceptedFilters().contains(filter)) {
            errors.add(new FieldError(name, "is not a filter of " + entity.name()));
        }
    }

    /** The query's single values, recording a field error for each malformed one. */
    record Parameters(MultiValueMap<String, String> query, List<FieldError> errors) {

        String get(String name) {
            String value = query.getFirst(name);
            return value == null ? null : value.strip();
        }

        LocalDate date(String name) {
            String value = get(name);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(name, "must be a date such as 2026-11-24"));
                return null;
            }
        }

        UUID uuid(String name) {
            String value = get(name);
            if (value == null) {
                return null;
            }
            try {
                UUID id = UUID.fromString(value);
                if (!id.toString().equalsIgnoreCase(value)) {
                    throw new IllegalArgumentException(value);
                }
                return id;
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(name, "must be a UUID"));
                return null;
            }
        }
    }
}
