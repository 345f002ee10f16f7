package dev.finsuite.finance.debt;

import dev.finsuite.common.idempotency.IdempotentRequests;
import dev.finsuite.common.money.Money;
import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.common.web.ApiException.NotFoundException;
import dev.finsuite.common.web.ETags;
import dev.finsuite.common.web.IfMatch;
import dev.finsuite.common.web.PageQuery;
import dev.finsuite.common.web.PageResponse;
import dev.finsuite.common.web.Text;
import dev.finsuite.finance.debt.DebtRequests.DebtPatch;
import dev.finsuite.finance.debt.DebtRequests.NewDebt;
import dev.finsuite.finance.debt.DebtRequests.PaymentRequest;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The endpoints borrowings and lendings share. Their money movements are repayments (of what you borrowed)
 * and collections (of what you lent); {@code movements} is that word in the path.
 */
abstract class DebtController {

    private static final Map<String, String> SORTABLE = Map.of(
            "date",
            "startDate",
            "dueDate",
            "dueDate",
            "principal",
            "principal",
            "counterpartyName",
            "counterpartyName",
            "createdAt",
            "createdAt");
    private static final Map<String, String> PAYMENT_SORTABLE =
            Map.of("date", "paidOn", "amount", "amount", "createdAt", "createdAt");

    private final Direction direction;
    private final String path;
    private final String movements;
    private final Debts debts;
    private final IdempotentRequests idempotent;

    DebtController(Direction direction, String path, String movements, Debts debts, IdempotentRequests idempotent) {
        this.direction = direction;
        this.path = path;
        this.movements = movements;
        this.debts = debts;
        this.idempotent = idempotent;
    }

    @PostMapping
    @Operation(
            summary = "Record one",
            description =
                    "Optional simple interest (annual %) runs from date to dueDate " + "and is added to what is due.")
    ResponseEntity<DebtView> create(
            @AuthenticationPrincipal AuthenticatedUser caller, @Valid @RequestBody NewDebt request) {
        Debt debt = debts.create(caller.tenantId(), direction, request);
        return ETags.created(path + "/" + debt.getId(), debt.getVersion(), view(debt));
    }

    @GetMapping
    @Operation(
            summary = "List",
            description = "Filter by status (OPEN, SETTLED, OVERDUE) and counterparty (exact "
                    + "name, any case). Sort by date, dueDate, principal, counterpartyName or createdAt.")
    PageResponse<DebtView> list(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @RequestParam(required = false) DebtStatus status,
            @RequestParam(required = false) String counterparty,
            PageQuery paging) {
        var pageable = paging.pageable(
                SORTABLE, Sort.by(Sort.Direction.DESC, "startDate").and(Sort.by("id")));
        return PageResponse.of(
                debts.search(caller.tenantId(), direction, status, Text.clean(counterparty), pageable), this::view);
    }

    @GetMapping("/{id}")
    ResponseEntity<DebtView> get(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id) {
        Debt debt = debts.get(caller.tenantId(), direction, id);
        return ETags.ok(debt.getVersion(), view(debt));
    }

    @PatchMapping("/{id}")
    @Operation(
            summary = "Change one",
            description = "Send only what changes, with If-Match. Terms that would make "
                    + "less due than was already paid are a 409.")
    ResponseEntity<DebtView> update(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID id,
            IfMatch ifMatch,
            @Valid @RequestBody DebtPatch patch) {
        Debt debt = debts.update(caller.tenantId(), direction, id, ifMatch, patch);
        return ETags.ok(debt.getVersion(), view(debt));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete one, with its repayments or collections")
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id, IfMatch ifMatch) {
        debts.delete(caller.tenantId(), direction, id, ifMatch);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/{movements:repayments|collections}")
    @Operation(
            summary = "Record a repayment (borrowings) or collection (lendings)",
            description =
                    "Partial amounts "
                            + "add up; at zero outstanding the parent is SETTLED. More than is outstanding is a 422 overpayment. "
                            + "Send an Idempotency-Key to make retries safe. The response is the movement with the parent after it.")
    ResponseEntity<?> pay(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID id,
            @PathVariable String movements,
            @RequestHeader(value = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody PaymentRequest request) {
        requireOwnWord(movements);
        return idempotent.once(idempotencyKey, "POST " + path + "/" + id + "/" + movements, request, () -> {
            Debts.Movement movement = debts.pay(
                    caller.tenantId(), direction, id, request.amount(), request.date(), Text.clean(request.note()));
            return ResponseEntity.created(URI.create(path + "/" + id + "/" + movements + "/"
                            + movement.payment().getId()))
                    .body(new MovementView(paymentView(movement.payment(), movement.debt()), view(movement.debt())));
        });
    }

    @GetMapping("/{id}/{movements:repayments|collections}")
    PageResponse<PaymentView> payments(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID id,
            @PathVariable String movements,
            PageQuery paging) {
        requireOwnWord(movements);
        Debt debt = debts.get(caller.tenantId(), direction, id);
        var pageable = paging.pageable(PAYMENT_SORTABLE, Sort.by("paidOn").and(Sort.by("createdAt")));
        return PageResponse.of(debts.payments(caller.tenantId(), direction, id, pageable), p -> paymentView(p, debt));
    }

    @GetMapping("/{id}/{movements:repayments|collections}/{paymentId}")
    PaymentView payment(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID id,
            @PathVariable String movements,
            @PathVariable UUID paymentId) {
        requireOwnWord(movements);
        Debt debt = debts.get(caller.tenantId(), direction, id);
        return paymentView(debts.payment(caller.tenantId(), direction, id, paymentId), debt);
    }

    @DeleteMapping("/{id}/{movements:repayments|collections}/{paymentId}")
    @Operation(
            summary = "Take a repayment or collection back",
            description = "The outstanding amount grows by it " + "and a settled parent re-opens.")
    ResponseEntity<Void> reverse(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID id,
            @PathVariable String movements,
            @PathVariable UUID paymentId) {
        requireOwnWord(movements);
        debts.reverse(caller.tenantId(), direction, id, paymentId);
        return ResponseEntity.noContent().build();
    }

    /** Borrowings have repayments and lendings collections; the other word is a path that does not exist. */
    private void requireOwnWord(String word) {
        if (!movements.equals(word)) {
            throw new OtherMovementsWord(path, movements);
        }
    }

    private DebtView view(Debt debt) {
        Debt.Terms terms = debt.terms();
        return new DebtView(
                debt.getId(),
                terms.counterpartyName(),
                terms.counterpartyContact(),
                terms.principal().shownAmount(),
                terms.principal().currencyCode(),
                terms.startDate(),
                terms.dueDate(),
                terms.interestRate(),
                debt.interest().shownAmount(),
                debt.totalDue().shownAmount(),
                debt.paid().shownAmount(),
                debt.outstanding().shownAmount(),
                debt.status(debts.today()),
                terms.notes(),
                debt.getCreatedAt(),
                debt.getUpdatedAt(),
                debt.getVersion());
    }

    private static PaymentView paymentView(DebtPayment payment, Debt debt) {
        Money amount = payment.amount(debt);
        return new PaymentView(
                payment.getId(),
                payment.getDebtId(),
                amount.shownAmount(),
                amount.currencyCode(),
                payment.getPaidOn(),
                payment.getNote(),
                payment.getCreatedAt());
    }

    record DebtView(
            UUID id,
            String counterpartyName,
            String counterpartyContact,
            BigDecimal principal,
            String currency,
            LocalDate date,
            LocalDate dueDate,
            BigDecimal interestRate,
            BigDecimal interest,
            BigDecimal totalDue,
            BigDecimal paid,
            BigDecimal outstanding,
            DebtStatus status,
            String notes,
            Instant createdAt,
            Instant updatedAt,
            long version) {}

    record PaymentView(
            UUID id,
            UUID parentId,
            BigDecimal amount,
            String currency,
            LocalDate date,
            String note,
            Instant createdAt) {}

    /** A path with the other kind of debt's word for its payments: a resource that does not exist. */
    static final class OtherMovementsWord extends NotFoundException {
        OtherMovementsWord(String path, String movements) {
            super("No such resource; " + path + " has /" + movements);
        }
    }

    record MovementView(PaymentView payment, DebtView parent) {}
}
