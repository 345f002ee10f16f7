package dev.finsuite.finance.entry;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

import dev.finsuite.finance.entry.EntryRequests.IncomeRequest;
import dev.finsuite.finance.entry.EntryViews.IncomeView;
import dev.finsuite.finance.support.Kind;

@RestController
@RequestMapping(IncomeController.PATH)
@Tag(name = "Income", description = "Money received, in any currency, with its amount in your base currency")
class IncomeController extends EntryController<IncomeRequest, IncomeView> {

    static final String PATH = "/api/v1/incomes";

    IncomeController(EntryServices services) {
        super(Kind.INCOME, PATH, services);
    }

    @Override
    IncomeView view(Entry e) {
        return new IncomeView(e.getId(), currencies.shown(e.getAmount(), e.getCurrency()), e.getCurrency(),
                e.getEntryDate(), e.getCategoryId(), e.getDescription(), e.getCounterparty(), e.getPaymentMethod(),
                e.getTags(), metadata.read(e.getMetadata()), e.getRecurringRuleId(), e.getOccurrenceDate(),
                conversion(e), e.getCreatedAt(), e.getUpdatedAt(), e.getVersion());
    }
}
