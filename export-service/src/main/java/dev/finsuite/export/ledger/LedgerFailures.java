package dev.finsuite.export.ledger;

import dev.finsuite.common.domain.DomainFailure;

/** The ways a read of a tenant's ledger can be refused, each named as the fact it is. */
final class LedgerFailures {

    private LedgerFailures() {}

    /** A token for a tenant deleted since it was issued. */
    static class TenantNotFound extends DomainFailure.NotFound {
        TenantNotFound() {
            super("The tenant of this token does not exist");
        }
    }
}
