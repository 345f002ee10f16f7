package dev.finsuite.investment.portfolio;

/** A figure left out (null) and why: a missing price, a missing rate, a pending conversion. Never a zero. */
record Unknown(String field, String reason) {}
