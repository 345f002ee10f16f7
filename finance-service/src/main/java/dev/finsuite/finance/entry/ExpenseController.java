package dev.finsuite.finance.entry;

import dev.finsuite.common.idempotency.IdempotentRequests;
import dev.finsuite.finance.entry.EntryRequests.ExpensePatch;
import dev.finsuite.finance.entry.EntryRequests.NewExpense;
import dev.finsuite.finance.entry.EntryViews.ExpenseView;
import dev.finsuite.finance.support.Kind;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ExpenseController.PATH)
@Tag(name = "Expenses", description = "Money spent, in any currency, with its amount in your base currency")
class ExpenseController extends EntryController<NewExpense, ExpensePatch, ExpenseView> {

    static final String PATH = "/api/v1/expenses";

    private final EntryViews views;

    ExpenseController(Entries entries, IdempotentRequests idempotent, EntryViews views) {
        super(Kind.EXPENSE, PATH, entries, idempotent);
        this.views = views;
    }

    @Override
    ExpenseView view(Entry entry) {
        return views.expense(entry);
    }
}
