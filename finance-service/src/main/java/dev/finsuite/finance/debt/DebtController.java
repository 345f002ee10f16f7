package dev.finsuite.finance.debt;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;

import dev.finsuite.common.idempotency.IdempotentRequests;
import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.common.web.ApiException.NotFoundException;
import dev.finsuite.common.web.ApiException.ValidationException;
import dev.finsuite.common.web.ETags;
import dev.finsuite.common.web.PageResponse;
import dev.finsuite.common.web.Paging;
import dev.finsuite.common.web.Text;
import dev.finsuite.finance.support.Required;
import dev.finsuite.finance.support.SensibleDates;

/**
 * The endpoints borrowings and lendings share. Their money movements are repayments (of what you borrowed)
 * and collections (of what you lent); {@code movements} is that word in the path.
 */
abstract class DebtController {

    private static final Map<String, String> SORTABLE = Map.of("date", "startDate", "dueDate", "dueDate",
            "principal", "principal", "counterpartyName", "counterpartyName", "createdAt", "createdAt");
    private static final Map<String, String> PAYMENT_SORTABLE = Map.of("date", "paidOn", "amount", "amount",
            "createdAt", "createdAt");

    private final Direction direction;
    private final String path;
    private final String movements;
    private final Debts debts;
    private final Currencies currencies;
    private final IdempotentRequests idempotent;

    DebtController(Direction direction, String path, String movements, Debts debts, Currencies currencies,
            IdempotentRequests idempotent) {
        this.direction = direction;
        this.path = path;
        this.movements = movements;
        this.debts = debts;
        this.currencies = currencies;
        this.idempotent = idempotent;
    }

    @PostMapping
    @Operation(summary = "Record one", description = "Optional simple interest (annual %) runs from date to dueDate "
            + "and is added to what is due.")
    ResponseEntity<DebtView> create(@AuthenticationPrincipal AuthenticatedUser caller,
            @Valid @RequestBody DebtRequest request) {
        request.requireComplete();
        Debt debt = debts.create(caller.tenantId(), direction, terms(request, null));
        return ResponseEntity.created(URI.create(path + "/" + debt.getId())).eTag(ETags.of(debt.getVersion()))
                .body(view(debt));
    }

    @GetMapping
    @Operation(summary = "List", description = "Filter by status (OPEN, SETTLED, OVERDUE) and counterparty (exact "
            + "name, any case). Sort by date, dueDate, principal, counterpartyName or createdAt.")
    PageResponse<DebtView> list(@AuthenticationPrincipal AuthenticatedUser caller,
            @RequestParam(required = false) DebtStatus status, @RequestParam(required = false) String counterparty,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        var pageable = Paging.pageable(page, size, sort, SORTABLE,
                Sort.by(Sort.Direction.DESC, "startDate").and(Sort.by("id")));
        return PageResponse.of(debts.search(caller.tenantId(), direction, status, Text.clean(counterparty), pageable),
                this::view);
    }

    @GetMapping("/{id}")
    ResponseEntity<DebtView> get(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id) {
        Debt debt = debts.get(caller.tenantId(), direction, id);
        return ResponseEntity.ok().eTag(ETags.of(debt.getVersion())).body(view(debt));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change one", description = "Send only what changes, with If-Match. Terms that would make "
            + "less due than was already paid are a 409.")
    ResponseEntity<DebtView> update(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody DebtRequest patch) {
        Debt debt = debts.update(caller.tenantId(), direction, id, ifMatch, was -> terms(patch, was));
        return ResponseEntity.ok().eTag(ETags.of(debt.getVersion())).body(view(debt));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete one, with its repayments or collections")
    ResponseEntity<Void> delete(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        debts.delete(caller.tenantId(), direction, id, ifMatch);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/{movements:repayments|collections}")
    @Operation(summary = "Record a repayment (borrowings) or collection (lendings)", description = "Partial amounts "
            + "add up; at zero outstanding the parent is SETTLED. More than is outstanding is a 422 overpayment. "
            + "Send an Idempotency-Key to make retries safe. The response is the movement with the parent after it.")
    ResponseEntity<?> pay(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id,
            @PathVariable String movements,
            @RequestHeader(value = IdempotentRequests.HEADER, required = false) String idempotencyKey,
            @Valid @RequestBody PaymentRequest request) {
        requireOwnWord(movements);
        return idempotent.once(idempotencyKey, "POST " + path + "/" + id + "/" + movements, request, () -> {
            Debts.Movement movement = debts.pay(caller.tenantId(), direction, id, request.amount(), request.date(),
                    Text.clean(request.note()));
            return ResponseEntity.created(URI.create(path + "/" + id + "/" + movements + "/" + movement.payment().getId()))
                    .body(new MovementView(paymentView(movement.payment(), movement.debt()), view(movement.debt())));
        });
    }

    @GetMapping("/{id}/{movements:repayments|collections}")
    PageResponse<PaymentView> payments(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id,
            @PathVariable String movements, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        requireOwnWord(movements);
        Debt debt = debts.get(caller.tenantId(), direction, id);
        var pageable = Paging.pageable(page, size, sort, PAYMENT_SORTABLE, Sort.by("paidOn").and(Sort.by("createdAt")));
        return PageResponse.of(debts.payments(caller.tenantId(), direction, id, pageable), p -> paymentView(p, debt));
    }

    @GetMapping("/{id}/{movements:repayments|collections}/{paymentId}")
    PaymentView payment(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id,
            @PathVariable String movements, @PathVariable UUID paymentId) {
        requireOwnWord(movements);
        Debt debt = debts.get(caller.tenantId(), direction, id);
        return paymentView(debts.payment(caller.tenantId(), direction, id, paymentId), debt);
    }

    @DeleteMapping("/{id}/{movements:repayments|collections}/{paymentId}")
    @Operation(summary = "Take a repayment or collection back", description = "The outstanding amount grows by it "
            + "and a settled parent re-opens.")
    ResponseEntity<Void> reverse(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id,
            @PathVariable String movements, @PathVariable UUID paymentId) {
        requireOwnWord(movements);
        debts.reverse(caller.tenantId(), direction, id, paymentId);
        return ResponseEntity.noContent().build();
    }

    /** Borrowings have repayments and lendings collections; the other word is a path that does not exist. */
    private void requireOwnWord(String word) {
        if (!movements.equals(word)) {
            throw new NotFoundException("No such resource; " + path + " has /" + movements);
        }
    }

    private Debt.Terms terms(DebtRequest request, Debt.Terms was) {
        String currency = request.currency() == null ? was.currency()
                : currencies.requireActive("currency", request.currency()).code();
        BigDecimal principal = request.principal() == null ? was.principal() : request.principal();
        currencies.requireFits("principal", principal, currency);
        // Tomorrow at the latest: "today" is UTC here, and may already be tomorrow for the household.
        LocalDate date = request.date() == null ? was.startDate()
                : SensibleDates.require("date", request.date(), debts.today().plusDays(1));
        LocalDate dueDate = request.dueDate() == null ? (was == null ? null : was.dueDate()) : request.dueDate();
        if (dueDate != null && dueDate.isBefore(date)) {
            throw new ValidationException("dueDate", "must not be before date");
        }
        BigDecimal rate = request.interestRate() == null ? (was == null ? null : was.interestRate())
                : request.interestRate().signum() == 0 ? null : request.interestRate();
        if (rate != null && dueDate == null) {
            throw new ValidationException("dueDate", "is needed with an interest rate: interest runs until it");
        }
        return new Debt.Terms(
                request.counterpartyName() == null ? was.counterpartyName() : requireName(request.counterpartyName()),
                request.counterpartyContact() == null ? (was == null ? null : was.counterpartyContact())
                        : Text.clean(request.counterpartyContact()),
                principal, currency, date, dueDate, rate,
                request.notes() == null ? (was == null ? null : was.notes()) : Text.clean(request.notes()));
    }

    private static String requireName(String name) {
        String clean = Text.clean(name);
        if (clean == null) {
            throw new ValidationException("counterpartyName", "must not be blank");
        }
        return clean;
    }

    private DebtView view(Debt debt) {
        Debt.Terms terms = debt.terms();
        String currency = terms.currency();
        return new DebtView(debt.getId(), terms.counterpartyName(), terms.counterpartyContact(),
                currencies.shown(terms.principal(), currency), currency, terms.startDate(), terms.dueDate(),
                terms.interestRate(), currencies.shown(debt.getTotalDue().subtract(terms.principal()), currency),
                currencies.shown(debt.getTotalDue(), currency), currencies.shown(debt.getPaid(), currency),
                currencies.shown(debt.outstanding(), currency), debt.status(debts.today()), terms.notes(),
                debt.getCreatedAt(), debt.getUpdatedAt(), debt.getVersion());
    }

    private PaymentView paymentView(DebtPayment payment, Debt debt) {
        String currency = debt.terms().currency();
        return new PaymentView(payment.getId(), payment.getDebtId(), currencies.shown(payment.getAmount(), currency),
                currency, payment.getPaidOn(), payment.getNote(), payment.getCreatedAt());
    }

    @Schema(description = "On create, counterpartyName, principal, currency and date are required. On PATCH, send "
            + "only what changes; an interestRate of 0 removes interest.",
            example = """
                    {"counterpartyName": "Ravi", "counterpartyContact": "+91 98450 00000", "principal": "20000",
                     "currency": "INR", "date": "2026-10-01", "dueDate": "2027-03-31", "interestRate": "6",
                     "notes": "For the car repair"}""")
    record DebtRequest(@Size(max = 120) String counterpartyName, @Size(max = 200) String counterpartyContact,
            @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0") @Digits(integer = 15, fraction = 4) BigDecimal principal,
            String currency, LocalDate date, LocalDate dueDate,
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal interestRate,
            @Size(max = 2000) String notes) {

        void requireComplete() {
            Required.fields().field("counterpartyName", counterpartyName).field("principal", principal)
                    .field("currency", currency).field("date", date).check();
        }
    }

    @Schema(example = "{\"amount\": \"5000\", \"date\": \"2026-11-20\", \"note\": \"First instalment\"}")
    record PaymentRequest(
            @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0") @Digits(integer = 15, fraction = 4) BigDecimal amount,
            @NotNull LocalDate date, @Size(max = 500) String note) {
    }

    record DebtView(UUID id, String counterpartyName, String counterpartyContact, BigDecimal principal,
            String currency, LocalDate date, LocalDate dueDate, BigDecimal interestRate, BigDecimal interest,
            BigDecimal totalDue, BigDecimal paid, BigDecimal outstanding, DebtStatus status, String notes,
            Instant createdAt, Instant updatedAt, long version) {
    }

    record PaymentView(UUID id, UUID parentId, BigDecimal amount, String currency, LocalDate date, String note,
            Instant createdAt) {
    }

    record MovementView(PaymentView payment, DebtView parent) {
    }
}
