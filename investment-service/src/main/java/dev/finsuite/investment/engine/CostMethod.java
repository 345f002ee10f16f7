package dev.finsuite.investment.engine;

/** How a sale's cost basis is chosen: the pooled average of what is held, or the oldest lots first. */
public enum CostMethod {
    AVERAGE,
    FIFO
}
