package dev.finsuite.finance.debt;

import dev.finsuite.common.idempotency.IdempotentRequests;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/lendings")
@Tag(name = "Lendings", description = "Money you lent to people, and what they paid back (collections)")
class LendingController extends DebtController {

    LendingController(Debts debts, IdempotentRequests idempotent) {
        super(Direction.LENT, "/api/v1/lendings", "collections", debts, idempotent);
    }
}
