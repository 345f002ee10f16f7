package dev.finsuite.finance.entry;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import dev.finsuite.common.data.Metadata;
import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.money.Money;
import dev.finsuite.common.web.Text;
import dev.finsuite.finance.support.Amounts;
import dev.finsuite.finance.support.SensibleDates;
import dev.finsuite.finance.support.Tags;

/** Each field of an expense or income as it is kept: checked against the currency table and the calendar, cleaned. */
@Component
class EntryFields {

    private final Currencies currencies;
    private final Metadata metadata;
    private final Clock clock;

    EntryFields(Currencies currencies, Metadata metadata, Clock clock) {
        this.currencies = currencies;
        this.metadata = metadata;
        this.clock = clock;
    }

    /** A new entry's details; Bean Validation has seen that the required fields are there. */
    EntryDetails create(EntryInput input) {
        return new EntryDetails(currencies.money(input.amount(), input.currency()), date(input.date()),
                input.categoryId(), Text.clean(input.description()), Text.clean(input.counterparty()),
                input.paymentMethod(), tags(input.tags()), input.metadata() == null ? "{}" : metadata(input.metadata()),
                input.recurringRuleId());
    }

    /** The money after a change of amount, currency or both (null: unchanged). */
    Money money(Money current, BigDecimal amount, String currency) {
        return Amounts.revised(currencies, current, "amount", amount, currency);
    }

    /** Up to a year ahead: planned spending. */
    LocalDate date(LocalDate date) {
        return SensibleDates.require("date", date, LocalDate.now(clock).plusYears(1));
    }

    List<String> tags(List<String> tags) {
        return Tags.normalise(tags);
    }

    String metadata(JsonNode json) {
        return metadata.write(json);
    }
}
