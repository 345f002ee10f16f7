package dev.finsuite.export.format;

/** The number of minor units of a currency (2 for INR, 0 for JPY, 3 for KWD). */
@FunctionalInterface
public interface MinorUnits {

    int of(String currency);
}
