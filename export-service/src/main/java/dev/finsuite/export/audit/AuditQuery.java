package dev.finsuite.export.audit;

import dev.finsuite.common.audit.AuditAction;
import dev.finsuite.common.web.ApiException.FieldError;
import dev.finsuite.common.web.ApiException.ValidationException;
import dev.finsuite.common.web.DateBounds;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a caller asks of the trail; null filters match everything. {@code from} is inclusive and {@code to} exclusive,
 * each an instant ({@code 2026-11-24T10:15:30Z}) or a date (UTC days: {@code to=2026-11-24} includes that whole day).
 */
record AuditQuery(String entityType, UUID entityId, AuditAction action, UUID actor, Instant from, Instant to) {

    private static final Pattern ENTITY_TYPE = Pattern.compile("[a-z][a-z_]{0,39}");

    /** Reads the raw query parameters, naming every bad one at once. */
    static AuditQuery parse(String entityType, UUID entityId, String action, UUID actor, String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        String type = null;
        if (entityType != null && !entityType.isBlank()) {
            type = entityType.strip();
            if (!ENTITY_TYPE.matcher(type).matches()) {
                errors.add(new FieldError("entityType", "must be an entity type such as expense or loan_payment"));
            }
        }
        AuditAction wanted = null;
        if (action != null && !action.isBlank()) {
            try {
                wanted = AuditAction.valueOf(action.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                errors.add(new FieldError("action", "must be one of " + List.of(AuditAction.values())));
            }
        }
        Instant start = instant("from", from, false, errors);
        Instant end = instant("to", to, true, errors);
        if (start != null && end != null && !start.isBefore(end)) {
            errors.add(new FieldError("from", "must be before to"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new AuditQuery(type, entityId, wanted, actor, start, end);
    }

    /** A date is a whole UTC day: as {@code from} its start, as {@code to} the start of the next day. */
    private static Instant instant(String field, String text, boolean end, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            if (value.length() == 10) {
                LocalDate day = DateBounds.parse(value);
                return (end ? day.plusDays(1) : day)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
            }
            Instant instant = Instant.parse(value);
            DateBounds.require(LocalDate.ofInstant(instant, ZoneOffset.UTC));
            return instant;
        } catch (DateTimeParseException | IllegalArgumentException invalid) {
            errors.add(new FieldError(
                    field,
                    "must be an instant such as 2026-11-24T10:15:30Z or a date such as 2026-11-24," + " from "
                            + DateBounds.EARLIEST + " to " + DateBounds.LATEST));
            return null;
        }
    }
}
