package dev.finsuite.market.quote;

/** The calling tenant has used its share of the operator's key for now; more calls may go after {@code retryAfterSeconds}. */
class OperatorShareUsed extends RuntimeException {

    private final String provider;
    private final long retryAfterSeconds;

    OperatorShareUsed(String provider, String window, long retryAfterSeconds) {
        super("This household's share of the operator's " + provider + " key for this " + window + " is used up");
        this.provider = provider;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    String provider() {
        return provider;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
