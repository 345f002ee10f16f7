package dev.finsuite.market.providerkey;

import dev.finsuite.common.domain.DomainFailure;

/** The ways a tenant's provider keys refuse a change, each named as the fact it is. */
final class ProviderKeyFailures {

    private ProviderKeyFailures() {}

    static final class ProviderKeyNotFound extends DomainFailure.NotFound {
        ProviderKeyNotFound() {
            super("No such key");
        }
    }

    static final class ProviderTakesNoKey extends DomainFailure.Invalid {
        ProviderTakesNoKey() {
            super("provider", "must be one of " + ProviderKeys.KEYED);
        }
    }
}
