package dev.finsuite.emi.loan;

import dev.finsuite.common.idempotency.IdempotentRequests;
import dev.finsuite.common.money.Currency;
import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.common.web.PageResponse;
import dev.finsuite.common.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/emis/{loanId}/payments")
@Tag(name = "Payments", description = "Instalment payments, partial or whole, and their reversal")
class PaymentController {

    private final Payments payments;
    private final IdempotentRequests idempotency;

    PaymentController(Payments payments, IdempotentRequests idempotency) {
        this.payments = payments;
        this.idempotency = idempotency;
    }

    @PostMapping
    @Operation(
            summary = "Pay an instalment",
            description = "Applies to the oldest unpaid instalment unless one is "
                    + "named. Partial payments add up; more than is due is a 422 (send the rest as a prepayment). Send an "
                    + "Idempotency-Key so a retry cannot pay twice.")
    ResponseEntity<?> pay(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID loanId,
            @RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
            @Valid @RequestBody NewPayment request) {
        return idempotency.once(key, "POST /api/v1/emis/" + loanId + "/payments", request, () -> {
            Payments.Applied applied = payments.pay(
                    caller.tenantId(), loanId, request.amount(), request.paidOn(), request.instalmentNumber());
            return ResponseEntity.created(URI.create("/api/v1/emis/" + loanId + "/payments/"
                            + applied.payment().getId()))
                    .body(PaymentView.of(applied));
        });
    }

    @GetMapping
    @Operation(summary = "The loan's payments, by instalment then time, paged")
    PageResponse<PaymentView> list(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID loanId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        var pageable = Paging.pageable(page, size, null, Map.of(), Sort.unsorted());
        Payments.Listed listed = payments.list(caller.tenantId(), loanId);
        return PageResponse.of(listed.payments(), pageable, p -> PaymentView.of(p, listed.currency()));
    }

    @GetMapping("/{paymentId}")
    PaymentView get(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID loanId,
            @PathVariable UUID paymentId) {
        Payments.Listed found = payments.get(caller.tenantId(), loanId, paymentId);
        return PaymentView.of(found.payments().get(0), found.currency());
    }

    @DeleteMapping("/{paymentId}")
    @Operation(
            summary = "Reverse a payment",
            description = "The instalment is owed again; a loan the payment had " + "closed is reopened.")
    ResponseEntity<Void> reverse(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID loanId,
            @PathVariable UUID paymentId) {
        payments.reverse(caller.tenantId(), loanId, paymentId);
        return ResponseEntity.noContent().build();
    }

    @Schema(example = """
            {"amount": "8678.23", "paidOn": "2026-02-05"}""")
    record NewPayment(
            @NotNull
            @DecimalMin(value = "0", inclusive = false)
            @DecimalMax("999999999999999")
            @Digits(integer = 15, fraction = 4)
            BigDecimal amount,

            @NotNull LocalDate paidOn,
            @Min(1) Integer instalmentNumber) {}

    record PaymentView(
            UUID id,
            @Schema(example = "1") int instalmentNumber,
            @Schema(example = "8678.23") BigDecimal amount,
            @Schema(example = "2026-02-07") LocalDate paidOn,
            @Schema(example = "2") int daysLate,

            @Schema(example = "0.00", description = "Still owed on the instalment after this payment")
            BigDecimal instalmentRemaining,

            InstalmentStatus instalmentStatus,
            LoanStatus loanStatus,
            Instant createdAt) {

        static PaymentView of(Payments.Applied applied) {
            Payment p = applied.payment();
            LoanLedger.Line line = applied.instalment();
            return new PaymentView(
                    p.getId(),
                    p.getInstalmentNumber(),
                    p.amount(line.paid().currency()).shownAmount(),
                    p.getPaidOn(),
                    p.getDaysLate(),
                    line.due().shownAmount(),
                    line.status(),
                    applied.loanStatus(),
                    p.getCreatedAt());
        }

        static PaymentView of(Payment p, Currency loanCurrency) {
            return new PaymentView(
                    p.getId(),
                    p.getInstalmentNumber(),
                    p.amount(loanCurrency).shownAmount(),
                    p.getPaidOn(),
                    p.getDaysLate(),
                    null,
                    null,
                    null,
                    p.getCreatedAt());
        }
    }
}
