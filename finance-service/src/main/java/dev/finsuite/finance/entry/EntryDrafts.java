package dev.finsuite.finance.entry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.web.ApiException.ValidationException;
import dev.finsuite.finance.support.Metadata;
import dev.finsuite.finance.support.Tags;
import dev.finsuite.finance.support.Text;

/** Turns request bodies into clean {@link EntryDetails}: required fields, currency, dates, tags, metadata. */
@Component
class EntryDrafts {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final Currencies currencies;
    private final Metadata metadata;
    private final Clock clock;

    EntryDrafts(Currencies currencies, Metadata metadata, Clock clock) {
        this.currencies = currencies;
        this.metadata = metadata;
        this.clock = clock;
    }

    EntryDetails complete(EntryInput input) {
        List<String> missing = new ArrayList<>();
        if (input.amount() == null) {
            missing.add("amount");
        }
        if (input.currency() == null) {
            missing.add("currency");
        }
        if (input.date() == null) {
            missing.add("date");
        }
        if (input.categoryId() == null) {
            missing.add("categoryId");
        }
        if (!missing.isEmpty()) {
            throw new ValidationException(missing.get(0), "is required (missing: " + String.join(", ", missing) + ")");
        }
        return merge(null, input);
    }

    /** {@code was} with what {@code input} changes; {@code was} null means a new entry. */
    EntryDetails merge(EntryDetails was, EntryInput input) {
        String currency = input.currency() == null ? was.currency()
                : currencies.requireActive("currency", input.currency()).code();
        var amount = input.amount() == null ? was.amount() : input.amount();
        currencies.requireFits("amount", amount, currency);
        LocalDate date = input.date() == null ? was.date() : requireSensible(input.date());
        return new EntryDetails(amount, currency, date,
                input.categoryId() == null ? was.categoryId() : input.categoryId(),
                input.description() == null ? (was == null ? null : was.description()) : Text.clean(input.description()),
                input.counterparty() == null ? (was == null ? null : was.counterparty()) : Text.clean(input.counterparty()),
                input.paymentMethod() == null ? (was == null ? null : was.paymentMethod()) : input.paymentMethod(),
                input.tags() == null ? (was == null ? List.of() : was.tags()) : Tags.normalise(input.tags()),
                input.metadata() == null ? (was == null ? "{}" : was.metadataJson()) : metadata.write(input.metadata()),
                input.recurringRuleId() == null ? (was == null ? null : was.recurringRuleId()) : input.recurringRuleId());
    }

    /** Money is recorded up to a year ahead (planned spending), and not before 1900. */
    private LocalDate requireSensible(LocalDate date) {
        if (date.isBefore(EARLIEST) || date.isAfter(LocalDate.now(clock).plusYears(1))) {
            throw new ValidationException("date", "must be between 1900-01-01 and a year from today");
        }
        return date;
    }
}
