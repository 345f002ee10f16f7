package dev.finsuite.emi.loan;

import dev.finsuite.common.metrics.AfterCommit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counts loan payments as they are committed ({@code finsuite_emi_payments_recorded_total}): instalment payments and
 * prepayments, told apart by {@code kind}. A replayed idempotent request records nothing and counts nothing.
 */
@Component
class RecordedPayments {

    private final Counter instalments;
    private final Counter prepayments;

    RecordedPayments(MeterRegistry meters) {
        this.instalments = counter(meters, "instalment");
        this.prepayments = counter(meters, "prepayment");
    }

    private static Counter counter(MeterRegistry meters, String kind) {
        return Counter.builder("finsuite.emi.payments.recorded")
                .description("Loan payments recorded (committed)")
                .tag("kind", kind)
                .register(meters);
    }

    void instalmentPaid() {
        AfterCommit.run(instalments::increment);
    }

    void prepaid() {
        AfterCommit.run(prepayments::increment);
    }
}
