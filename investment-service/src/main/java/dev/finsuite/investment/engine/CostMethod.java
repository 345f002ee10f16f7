package dev.finsuite.investment.engine;

public enum CostMethod { AVERAGE, FIFO }
