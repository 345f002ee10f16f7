package dev.finsuite.finance.entry;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

import dev.finsuite.finance.entry.EntryRequests.ExpenseRequest;
import dev.finsuite.finance.entry.EntryViews.ExpenseView;
import dev.finsuite.finance.support.Kind;

@RestController
@RequestMapping(ExpenseController.PATH)
@Tag(name = "Expenses", description = "Money spent, in any currency, with its amount in your base currency")
class ExpenseController extends EntryController<ExpenseRequest, ExpenseView> {

    static final String PATH = "/api/v1/expenses";

    ExpenseController(EntryServices services) {
        super(Kind.EXPENSE, PATH, services);
    }

    @Override
    ExpenseView view(Entry e) {
        return new ExpenseView(e.getId(), currencies.shown(e.getAmount(), e.getCurrency()), e.getCurrency(),
                e.getEntryDate(), e.getCategoryId(), e.getDescription(), e.getCounterparty(), e.getPaymentMethod(),
                e.getTags(), metadata.read(e.getMetadata()), e.getRecurringRuleId(), e.getOccurrenceDate(),
                conversion(e), e.getCreatedAt(), e.getUpdatedAt(), e.getVersion());
    }
}
