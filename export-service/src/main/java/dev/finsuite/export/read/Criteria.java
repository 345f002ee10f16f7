package dev.finsuite.export.read;

import java.time.LocalDate;
import java.util.UUID;

/** The filters of one export request, already validated; null where not asked for. */
public record Criteria(LocalDate from, LocalDate to, UUID categoryId, String tag, String currency, UUID accountId) {

    public static final Criteria NONE = new Criteria(null, null, null, null, null, null);
}
