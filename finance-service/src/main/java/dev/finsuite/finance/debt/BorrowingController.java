package dev.finsuite.finance.debt;

import dev.finsuite.common.idempotency.IdempotentRequests;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/borrowings")
@Tag(name = "Borrowings", description = "Money you borrowed from people, and your repayments")
class BorrowingController extends DebtController {

    BorrowingController(Debts debts, IdempotentRequests idempotent) {
        super(Direction.BORROWED, "/api/v1/borrowings", "repayments", debts, idempotent);
    }
}
