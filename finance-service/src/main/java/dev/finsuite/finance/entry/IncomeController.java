package dev.finsuite.finance.entry;

import dev.finsuite.common.idempotency.IdempotentRequests;
import dev.finsuite.finance.entry.EntryRequests.IncomePatch;
import dev.finsuite.finance.entry.EntryRequests.NewIncome;
import dev.finsuite.finance.entry.EntryViews.IncomeView;
import dev.finsuite.finance.support.Kind;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(IncomeController.PATH)
@Tag(name = "Income", description = "Money received, in any currency, with its amount in your base currency")
class IncomeController extends EntryController<NewIncome, IncomePatch, IncomeView> {

    static final String PATH = "/api/v1/incomes";

    private final EntryViews views;

    IncomeController(Entries entries, IdempotentRequests idempotent, EntryViews views) {
        super(Kind.INCOME, PATH, entries, idempotent);
        this.views = views;
    }

    @Override
    IncomeView view(Entry entry) {
        return views.income(entry);
    }
}
