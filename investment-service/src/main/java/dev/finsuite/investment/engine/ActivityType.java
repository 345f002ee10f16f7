package dev.finsuite.investment.engine;

public enum ActivityType { BUY, SELL, DIVIDEND, INTEREST, FEE, TAX, TRANSFER_IN, TRANSFER_OUT }
