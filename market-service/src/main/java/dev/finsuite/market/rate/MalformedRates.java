package dev.finsuite.market.rate;

/** A provider answered, but not with rates we can trust; nothing of it is stored. */
class MalformedRates extends RuntimeException {
    MalformedRates(String message) {
        super(message);
    }
}
