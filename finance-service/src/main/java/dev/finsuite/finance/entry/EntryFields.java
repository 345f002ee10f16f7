package dev.finsuite.finance.entry;

import dev.finsuite.common.data.Metadata;
import dev.finsuite.common.money.Money;
import dev.finsuite.common.web.Text;
import dev.finsuite.finance.support.Inputs;
import dev.finsuite.finance.support.SensibleDates;
import dev.finsuite.finance.support.Tags;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Each field of an expense or income as it is kept: checked and cleaned. */
@Component
class EntryFields {

    private final Inputs inputs;
    private final Metadata metadata;

    EntryFields(Inputs inputs, Metadata metadata) {
        this.inputs = inputs;
        this.metadata = metadata;
    }

    /** A new entry's details; Bean Validation has seen that the required fields are there. */
    EntryDetails create(EntryInput input) {
        return new EntryDetails(
                inputs.money("amount", input.amount(), input.currency()),
                date(input.date()),
                input.categoryId(),
                Text.clean(input.description()),
                Text.clean(input.counterparty()),
                input.paymentMethod(),
                tags(input.tags()),
                input.metadata() == null ? "{}" : metadata(input.metadata()),
                input.recurringRuleId());
    }

    /** The money after a change of amount, currency or both (null: unchanged). */
    Money money(Money current, BigDecimal amount, String currency) {
        return inputs.revised(current, "amount", amount, currency);
    }

    /** Up to a year ahead: planned spending. */
    LocalDate date(LocalDate date) {
        return SensibleDates.require("date", date, inputs.today().plusYears(1));
    }

    List<String> tags(List<String> tags) {
        return Tags.normalise(tags);
    }

    String metadata(JsonNode json) {
        return metadata.write(json);
    }
}
