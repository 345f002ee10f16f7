package dev.finsuite.finance.entry;

import dev.finsuite.common.web.Text;

/** A PATCH of an expense or income: a null field means "unchanged"; an empty string clears a text field. */
interface EntryPatch extends EntryInput {

    /** {@code current} with what this changes, each changed field checked and cleaned as on create. */
    default EntryDetails mergeOnto(EntryDetails current, EntryFields fields) {
        return new EntryDetails(
                fields.money(current.money(), amount(), currency()),
                date() == null ? current.date() : fields.date(date()),
                categoryId() == null ? current.categoryId() : categoryId(),
                description() == null ? current.description() : Text.clean(description()),
                counterparty() == null ? current.counterparty() : Text.clean(counterparty()),
                paymentMethod() == null ? current.paymentMethod() : paymentMethod(),
                tags() == null ? current.tags() : fields.tags(tags()),
                metadata() == null ? current.metadataJson() : fields.metadata(metadata()),
                recurringRuleId() == null ? current.recurringRuleId() : recurringRuleId());
    }
}
