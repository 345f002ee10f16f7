package dev.finsuite.market.rate;

import dev.finsuite.common.domain.DomainFailure;
import java.time.LocalDate;

/** The ways a tenant's own rates refuse a change, each named as the fact it is. */
final class TenantRateFailures {

    private TenantRateFailures() {}

    static final class TenantRateNotFound extends DomainFailure.NotFound {
        TenantRateNotFound() {
            super("No such rate");
        }
    }

    /** One rate per pair and day: a second one would make conversions ambiguous. */
    static final class TenantRateAlreadyRecorded extends DomainFailure.Conflict {
        TenantRateAlreadyRecorded(String base, String quote, LocalDate day) {
            super("You already recorded a " + base + "/" + quote + " rate for " + day
                    + "; delete it to record another");
        }
    }
}
