package dev.finsuite.emi.schedule;

/** What a prepayment or a rate change does to the rest of the loan. */
public enum Strategy {
    /** Keep the instalment; the loan ends sooner (or later, when a rate rises). */
    REDUCE_TENURE,
    /** Keep the end date; the instalment is recomputed over the remaining months. */
    REDUCE_EMI
}
