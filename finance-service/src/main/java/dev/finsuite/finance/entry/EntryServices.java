package dev.finsuite.finance.entry;

import org.springframework.stereotype.Component;

import dev.finsuite.common.idempotency.IdempotentRequests;
import dev.finsuite.common.money.Currencies;
import dev.finsuite.finance.category.Categories;
import dev.finsuite.common.conversion.Converter;
import dev.finsuite.common.data.Metadata;

/** What both entry controllers need, in one constructor argument. */
@Component
record EntryServices(Entries entries, Categories categories, EntryDrafts drafts, Converter converter, IdempotentRequests idempotent,
        Currencies currencies, Metadata metadata) {
}
