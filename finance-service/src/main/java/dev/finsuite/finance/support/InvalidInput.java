package dev.finsuite.finance.support;

import dev.finsuite.common.domain.DomainFailure;

/**
 * The ways a value every feature takes (a date, tags) can be refused, each named as the fact it is; the field is
 * the request's.
 */
public final class InvalidInput {

    private InvalidInput() {}

    /** A date outside the range its use allows. */
    public static final class DateOutOfRange extends DomainFailure.Invalid {
        DateOutOfRange(String field, java.time.LocalDate from, java.time.LocalDate latest) {
            super(field, "must be between " + from + " and " + latest);
        }
    }

    /** Too many tags, or one that is empty or too long. */
    public static final class TagsRefused extends DomainFailure.Invalid {
        TagsRefused(String message) {
            super("tags", message);
        }
    }
}
