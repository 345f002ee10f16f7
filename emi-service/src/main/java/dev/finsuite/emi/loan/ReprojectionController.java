package dev.finsuite.emi.loan;

import dev.finsuite.common.idempotency.IdempotentRequests;
import dev.finsuite.common.money.Currency;
import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.common.web.PageResponse;
import dev.finsuite.common.web.Paging;
import dev.finsuite.emi.schedule.Adjustment;
import dev.finsuite.emi.schedule.InstalmentView;
import dev.finsuite.emi.schedule.Strategy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/emis/{loanId}")
@Tag(name = "Prepayments and rate changes", description = "Re-projections of a loan's schedule, recorded or imagined")
class ReprojectionController {

    private final Reprojections reprojections;
    private final IdempotentRequests idempotency;

    ReprojectionController(Reprojections reprojections, IdempotentRequests idempotency) {
        this.reprojections = reprojections;
        this.idempotency = idempotency;
    }

    @PostMapping("/prepayments")
    @Operation(
            summary = "Prepay part of the principal",
            description = "REDUCE_TENURE keeps the EMI and shortens the "
                    + "loan; REDUCE_EMI keeps the end date and lowers the EMI. It applies from the first instalment due after "
                    + "its date. Prepaying the whole balance closes the loan; more than the balance is a 422.")
    ResponseEntity<?> prepay(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID loanId,
            @RequestHeader(value = IdempotentRequests.HEADER, required = false) String key,
            @Valid @RequestBody NewPrepayment request) {
        return idempotency.once(key, "POST /api/v1/emis/" + loanId + "/prepayments", request, () -> {
            var recorded = reprojections.prepay(
                    caller.tenantId(),
                    loanId,
                    new Adjustment.Prepayment(request.date(), request.amount(), request.strategy()));
            PrepaymentRecord saved = recorded.record();
            return ResponseEntity.created(URI.create("/api/v1/emis/" + loanId + "/prepayments/" + saved.getId()))
                    .body(new PrepaymentView(
                            saved.getId(),
                            saved.amount(recorded.outcome().after().currency()).shownAmount(),
                            saved.getPrepaidOn(),
                            saved.getStrategy(),
                            saved.getCreatedAt(),
                            Effect.of(recorded.outcome(), recorded.loanStatus())));
        });
    }

    @GetMapping("/prepayments")
    @Operation(summary = "The loan's prepayments, oldest first, paged")
    PageResponse<PrepaymentView> prepayments(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID loanId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        var history = reprojections.prepayments(caller.tenantId(), loanId);
        return PageResponse.of(history.records(), pageable(page, size), p -> PrepaymentView.of(p, history.currency()));
    }

    @GetMapping("/prepayments/{prepaymentId}")
    PrepaymentView prepayment(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID loanId,
            @PathVariable UUID prepaymentId) {
        var found = reprojections.prepayment(caller.tenantId(), loanId, prepaymentId);
        return PrepaymentView.of(found.records().get(0), found.currency());
    }

    @PostMapping("/rate-changes")
    @Operation(
            summary = "Change a floating rate",
            description = "The new rate prices every instalment due on or "
                    + "after effectiveFrom; the strategy says whether the EMI or the tenure absorbs it.")
    ResponseEntity<RateChangeView> changeRate(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID loanId,
            @Valid @RequestBody NewRateChange request) {
        var recorded = reprojections.changeRate(
                caller.tenantId(),
                loanId,
                new Adjustment.RateChange(request.effectiveFrom(), request.annualRate(), request.strategy()));
        RateChangeRecord saved = recorded.record();
        return ResponseEntity.created(URI.create("/api/v1/emis/" + loanId + "/rate-changes/" + saved.getId()))
                .body(new RateChangeView(
                        saved.getId(),
                        saved.getAnnualRate().stripTrailingZeros(),
                        saved.getEffectiveFrom(),
                        saved.getStrategy(),
                        saved.getCreatedAt(),
                        Effect.of(recorded.outcome(), recorded.loanStatus())));
    }

    @GetMapping("/rate-changes")
    @Operation(summary = "The loan's rate changes, oldest first, paged")
    PageResponse<RateChangeView> rateChanges(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID loanId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(
                reprojections.rateChanges(caller.tenantId(), loanId), pageable(page, size), RateChangeView::of);
    }

    @GetMapping("/rate-changes/{rateChangeId}")
    RateChangeView rateChange(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID loanId,
            @PathVariable UUID rateChangeId) {
        return RateChangeView.of(reprojections.rateChange(caller.tenantId(), loanId, rateChangeId));
    }

    @PostMapping("/what-if")
    @Operation(
            summary = "Imagine a prepayment",
            description = "The re-projected schedule, interest saved and months "
                    + "saved, for any date from disbursal on. Nothing is saved.")
    WhatIfView whatIf(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID loanId,
            @Valid @RequestBody WhatIf request) {
        Reprojections.Outcome outcome = reprojections.whatIf(
                caller.tenantId(),
                loanId,
                new Adjustment.Prepayment(request.date(), request.prepaymentAmount(), request.strategy()));
        return new WhatIfView(
                request.strategy(),
                outcome.after().money(request.prepaymentAmount()).shownAmount(),
                request.date(),
                Effect.of(outcome, null),
                outcome.after().schedule().instalments().stream()
                        .map(InstalmentView::of)
                        .toList());
    }

    private static org.springframework.data.domain.Pageable pageable(Integer page, Integer size) {
        return Paging.pageable(page, size, null, java.util.Map.of(), org.springframework.data.domain.Sort.unsorted());
    }

    @Schema(example = """
            {"amount": "200000", "date": "2027-03-10", "strategy": "REDUCE_TENURE"}""")
    record NewPrepayment(
            @NotNull
            @DecimalMin(value = "0", inclusive = false)
            @DecimalMax("999999999999999")
            @Digits(integer = 15, fraction = 4)
            BigDecimal amount,

            @NotNull LocalDate date,
            @NotNull Strategy strategy) {}

    @Schema(example = """
            {"annualRate": "9.25", "effectiveFrom": "2027-04-01", "strategy": "REDUCE_EMI"}""")
    record NewRateChange(
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4)
            BigDecimal annualRate,

            @NotNull LocalDate effectiveFrom,
            @NotNull Strategy strategy) {}

    @Schema(example = """
            {"prepaymentAmount": "100000", "date": "2027-01-15", "strategy": "REDUCE_TENURE"}""")
    record WhatIf(
            @NotNull
            @DecimalMin(value = "0", inclusive = false)
            @DecimalMax("999999999999999")
            @Digits(integer = 15, fraction = 4)
            BigDecimal prepaymentAmount,

            @NotNull LocalDate date,
            @NotNull Strategy strategy) {}

    /** What a re-projection did to the loan. */
    record Effect(
            @Schema(example = "14") int firstAffectedInstalment,
            @Schema(example = "8678.23") BigDecimal previousEmi,
            @Schema(example = "8678.23") BigDecimal newEmi,
            @Schema(example = "240") int previousInstalments,
            @Schema(example = "187") int newInstalments,
            @Schema(example = "2046-01-05") LocalDate previousEndDate,
            @Schema(example = "2041-08-05") LocalDate newEndDate,
            @Schema(example = "312455.10") BigDecimal interestSaved,
            @Schema(example = "53") int monthsSaved,
            LoanStatus loanStatus) {

        static Effect of(Reprojections.Outcome outcome, LoanStatus loanStatus) {
            var before = outcome.before().schedule();
            var after = outcome.after().schedule();
            int first = outcome.firstAffected();
            BigDecimal previousEmi = first <= before.length()
                    ? before.instalments().get(first - 1).amount()
                    : BigDecimal.ZERO;
            return new Effect(
                    first,
                    previousEmi,
                    outcome.newEmi(),
                    before.length(),
                    after.length(),
                    before.endDate(),
                    after.endDate(),
                    outcome.interestSaved(),
                    outcome.monthsSaved(),
                    loanStatus);
        }
    }

    record PrepaymentView(
            UUID id,
            @Schema(example = "200000.00") BigDecimal amount,
            @Schema(example = "2027-03-10") LocalDate date,
            Strategy strategy,
            Instant createdAt,
            Effect effect) {

        static PrepaymentView of(PrepaymentRecord p, Currency loanCurrency) {
            return new PrepaymentView(
                    p.getId(),
                    p.amount(loanCurrency).shownAmount(),
                    p.getPrepaidOn(),
                    p.getStrategy(),
                    p.getCreatedAt(),
                    null);
        }
    }

    record RateChangeView(
            UUID id,
            @Schema(example = "9.25") BigDecimal annualRate,
            @Schema(example = "2027-04-01") LocalDate effectiveFrom,
            Strategy strategy,
            Instant createdAt,
            Effect effect) {

        static RateChangeView of(RateChangeRecord c) {
            return new RateChangeView(
                    c.getId(),
                    c.getAnnualRate().stripTrailingZeros(),
                    c.getEffectiveFrom(),
                    c.getStrategy(),
                    c.getCreatedAt(),
                    null);
        }
    }

    record WhatIfView(
            Strategy strategy,
            @Schema(example = "100000.00") BigDecimal prepaymentAmount,
            @Schema(example = "2027-01-15") LocalDate date,
            Effect effect,
            List<InstalmentView> instalments) {}
}
