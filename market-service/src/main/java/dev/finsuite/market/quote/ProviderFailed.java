package dev.finsuite.market.quote;

/** The provider answered, but with an error, a throttling notice or something unreadable. */
class ProviderFailed extends RuntimeException {
    ProviderFailed(String message) {
        super(message);
    }
}
