package dev.finsuite.market.quote;

import dev.finsuite.common.domain.DomainFailure;

/**
 * Why a price cannot be given, each named as the fact it is. The first three are facts of the domain; the last two
 * are about providers (down, or the household's share of the operator's key spent), which only the web edge turns
 * into their problems (503, 429 with Retry-After): see {@link QuoteController#answered}.
 */
final class QuoteFailures {

    private QuoteFailures() {}

    static final class NoProviderForType extends DomainFailure.NotFound {
        NoProviderForType(AssetType type, String symbol) {
            super("No provider prices " + type + " assets; set a manual price for " + symbol);
        }
    }

    static final class UnknownSymbol extends DomainFailure.NotFound {
        UnknownSymbol(AssetType type, String symbol) {
            super("The provider knows no " + type + " with symbol " + symbol);
        }
    }

    static final class NoManualPrice extends DomainFailure.NotFound {
        NoManualPrice(String symbol) {
            super("No manual price for " + symbol);
        }
    }

    /** The provider failed and nothing usable is stored. */
    static final class PriceUnavailable extends RuntimeException {
        PriceUnavailable(String message) {
            super(message);
        }
    }

    /** The household's share of the operator's key is used up and no earlier price is stored. */
    static final class ShareUsedUp extends RuntimeException {
        private final long retryAfterSeconds;

        ShareUsedUp(String message, long retryAfterSeconds) {
            super(message);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
