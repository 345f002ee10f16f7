package dev.finsuite.export.tabular;

import dev.finsuite.export.ledger.BaseCurrency;

/** A report's answer and the base currency all its money is in (whose minor units its files show). */
public record Reported<T>(T body, BaseCurrency base) {}
