package dev.finsuite.finance.entry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.data.Metadata;
import dev.finsuite.finance.support.Required;
import dev.finsuite.finance.support.SensibleDates;
import dev.finsuite.finance.support.Tags;
import dev.finsuite.common.web.Text;

/** Turns request bodies into clean {@link EntryDetails}: required fields, currency, dates, tags, metadata. */
@Component
class EntryDrafts {

    private final Currencies currencies;
    private final Metadata metadata;
    private final Clock clock;

    EntryDrafts(Currencies currencies, Metadata metadata, Clock clock) {
        this.currencies = currencies;
        this.metadata = metadata;
        this.clock = clock;
    }

    EntryDetails complete(EntryInput input) {
        Required.fields().field("amount", input.amount()).field("currency", input.currency())
                .field("date", input.date()).field("categoryId", input.categoryId()).check();
        return merge(null, input);
    }

    /** {@code was} with what {@code input} changes; {@code was} null means a new entry. */
    EntryDetails merge(EntryDetails was, EntryInput input) {
        String currency = input.currency() == null ? was.currency()
                : currencies.requireActive("currency", input.currency()).code();
        var amount = input.amount() == null ? was.amount() : input.amount();
        currencies.requireFits("amount", amount, currency);
        // Up to a year ahead: planned spending.
        LocalDate date = input.date() == null ? was.date()
                : SensibleDates.require("date", input.date(), LocalDate.now(clock).plusYears(1));
        return new EntryDetails(amount, currency, date,
                input.categoryId() == null ? was.categoryId() : input.categoryId(),
                input.description() == null ? (was == null ? null : was.description()) : Text.clean(input.description()),
                input.counterparty() == null ? (was == null ? null : was.counterparty()) : Text.clean(input.counterparty()),
                input.paymentMethod() == null ? (was == null ? null : was.paymentMethod()) : input.paymentMethod(),
                input.tags() == null ? (was == null ? List.of() : was.tags()) : Tags.normalise(input.tags()),
                input.metadata() == null ? (was == null ? "{}" : was.metadataJson()) : metadata.write(input.metadata()),
                input.recurringRuleId() == null ? (was == null ? null : was.recurringRuleId()) : input.recurringRuleId());
    }
}
