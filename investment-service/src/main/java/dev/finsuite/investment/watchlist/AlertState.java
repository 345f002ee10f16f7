package dev.finsuite.investment.watchlist;

/** ARMED waits for its condition; TRIGGERED has fired and waits to be re-armed; PAUSED waits for nothing. */
public enum AlertState {
    ARMED,
    TRIGGERED,
    PAUSED
}
