package dev.finsuite.common.money;

/**
 * A row of the suite's currency table. {@code minorUnits}: the decimals it is paid in; {@code iso}: an ISO 4217
 * currency, not a unit the table also lists for prices (a crypto-asset, a metal).
 */
public record Currency(String code, int minorUnits, boolean active, boolean iso) {}
